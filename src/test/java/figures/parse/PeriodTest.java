package figures.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} is {1} to {2}")
    @CsvSource({"1917, 1917, 1917", "1920-21, 1920, 1921", "1921-1922, 1921, 1922", "1914-18, 1914, 1918"})
    void readsYearsAndSpans(String written, int start, int end) throws NumberParseException {
        Period p = Period.parse(written);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.midpoint()).isEqualTo((start + end) / 2.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "spring 1921", "21", "1921-2", "1922-1921", "1999-01"})
    void refusesWhatIsNotAYearOrSpan(String written) {
        assertThatThrownBy(() -> Period.parse(written)).isInstanceOf(NumberParseException.class)
                .hasMessageContaining("expected a year");
    }
}
