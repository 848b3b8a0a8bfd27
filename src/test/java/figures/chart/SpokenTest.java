package figures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels as a screen reader should say them: no mark, letter or sign it skips or misreads. */
class SpokenTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≈8M        | about 8 million
            ≥92.9%     | at least 92.9 per cent
            2M?        | 2 million, an ambiguous reading
            <2%        | less than 2 per cent
            >7.5M      | more than 7.5 million
            ≤1.2M      | at most 1.2 million
            350K       | 350 thousand
            46         | 46
            26–30      | 26 to 30
            ≈1.5B      | about 1.5 billion
            24 or 25   | 24 or 25
            £1.4M      | £1.4 million
            30s.       | 30s.
            4,766      | 4,766
            """)
    void saysEveryMarkAndScaleInWords(String label, String spoken) {
        assertThat(Spoken.of(label)).isEqualTo(spoken);
    }
}
