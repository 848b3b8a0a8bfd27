package figures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import figures.spec.AxisSpec;
import java.util.List;
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2.6M;2.88M           | 2.60M;2.88M
            ≈6M;5.5M;≤1.2M       | ≈6.0M;5.5M;≤1.2M
            3M;350K;1.5K         | 3M;350.0K;1.5K
            36%;19.4%;≥93%       | 36.0%;19.4%;≥93.0%
            26–30;2.5            | 26.0–30.0;2.5
            1,243,000;4.5        | 1,243,000.0;4.5
            £1.4M;£2M?;          | £1.4M;£2.0M?;
            30s.;9.75s.          | 30.00s.;9.75s.
            """)
    void writesEveryLabelOfAChartWithOnePrecisionPerScale(String labels, String aligned) {
        assertThat(ValueFormat.samePrecision(List.of(labels.split(";", -1)))).containsExactly(aligned.split(";", -1));
    }
}
