package figures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import figures.spec.AxisSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers on an axis and its labels, with the unit the spec writes around them. */
class ValueFormatTest {
    @ParameterizedTest(name = "{0}{1}{2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            £ |            | COMPACT | 1400000 | £1.4M
              | s.         | NUMBER  | 30      | 30s.
              | ' shillings' | NUMBER | 24     | 24 shillings
            £ |            | NUMBER  | -5      | -£5
              |            | PERCENT | 36      | 36%
            """)
    void writesTheUnitTheAxisAsksFor(String prefix, String suffix, AxisSpec.Format format, double value, String shown) {
        ValueFormat f = new ValueFormat(new AxisSpec(null, format, null, null, null, prefix, suffix));
        assertThat(f.format(value, true)).isEqualTo(shown);
    }
}
