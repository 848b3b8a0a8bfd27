package figures.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    /** Every written form the article uses, with what it must read as. */
    @ParameterizedTest(name = "{0} -> {1} {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            3,024,000                      | 3024000    | NONE               | Amount
            114,539                        | 114539     | NONE               | Amount
            50,000                         | 50000      | NONE               | Amount
            4430                           | 4430       | NONE               | Amount
            12,000                         | 12000      | NONE               | Amount
            100                            | 100        | NONE               | Amount
            18                             | 18         | NONE               | Amount
            Nearly 8 million               | 8000000    | NEARLY             | Amount
            more than 7.5 million          | 7500000    | MORE_THAN          | Amount
            about 7 million                | 7000000    | ABOUT              | Amount
            almost 6 million               | 6000000    | ALMOST             | Amount
            not more than 1.2 million      | 1200000    | NOT_MORE_THAN      | Amount
            only 1.5 million               | 1500000    | ONLY               | Amount
            only 3 million                 | 3000000    | ONLY               | Amount
            25 million                     | 25000000   | NONE               | Amount
            5.5 million                    | 5500000    | NONE               | Amount
            only 6                         | 6          | ONLY               | Amount
            only 30                        | 30         | ONLY               | Amount
            a dozen                        | 12         | NONE               | Amount
            90%                            | 90         | NONE               | Share
            36%                            | 36         | NONE               | Share
            100%                           | 100        | NONE               | Share
            a little less than 2%          | 2          | A_LITTLE_LESS_THAN | Share
            1/3                            | 33.3333333 | NONE               | Share
            2/3                            | 66.6666667 | NONE               | Share
            1/2                            | 50         | NONE               | Share
            Two-thirds                     | 66.6666667 | NONE               | Share
            two thirds                     | 66.6666667 | NONE               | Share
            half                           | 50         | NONE               | Share
            67 out of 346                  | 67         | NONE               | Ratio
            Out of 346 cells, 67           | 67         | NONE               | Ratio
            no less than 4430 out of 4766  | 4430       | NO_LESS_THAN       | Ratio
            """)
    void readsEveryFormTheArticleUses(String written, double value, Qualifier qualifier, String kind)
            throws NumberParseException {
        WrittenNumber n = NumberParser.parse(written);
        assertThat(n.written()).isEqualTo(written);
        assertThat(n.qualifier()).isEqualTo(qualifier);
        assertThat(n.magnitude().value()).isCloseTo(value, within(1e-6));
        assertThat(n.magnitude().getClass().getSimpleName()).isEqualTo(kind);
    }

    @Test
    void parsesTwoThirdsAsFraction() throws NumberParseException {
        Magnitude m = NumberParser.parse("two-thirds").magnitude();
        assertThat(m).isEqualTo(new Magnitude.Share(new BigDecimal(2), new BigDecimal(3)));
    }

    @Test
    void derivesTheShareOfARatio() throws NumberParseException {
        Magnitude m = NumberParser.parse("Out of 346 cells, 67").magnitude();
        assertThat(m).isEqualTo(new Magnitude.Ratio(67, 346));
        assertThat(m.sharePercent().getAsDouble()).isCloseTo(19.3642, within(1e-4));
    }

    @Test
    void keepsNearlyApartFromTheNumber() throws NumberParseException {
        WrittenNumber nearly = NumberParser.parse("nearly 8 million");
        WrittenNumber plain = NumberParser.parse("8 million");
        assertThat(nearly.magnitude()).isEqualTo(plain.magnitude());
        assertThat(nearly).isNotEqualTo(plain);
        assertThat(nearly.qualifier().bound()).isEqualTo(Qualifier.Bound.APPROXIMATE);
        assertThat(NumberParser.parse("not more than 1.2 million").qualifier().bound()).isEqualTo(Qualifier.Bound.UPPER);
        assertThat(NumberParser.parse("more than 7.5 million").qualifier().bound()).isEqualTo(Qualifier.Bound.LOWER);
    }

    @Test
    void readsAmountsExactlyNotThroughBinaryFractions() throws NumberParseException {
        assertThat(NumberParser.parse("1.2 million").magnitude())
                .isEqualTo(new Magnitude.Amount(new BigDecimal("1200000.0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "many", "1,5", "3,02,4000", "1e400", "NaN", "Infinity", "12 apples",
            "1/0", "400 out of 300", "nearly", "- 5", "20 to", "99999999999999999999 out of 99999999999999999999"})
    void refusesWhatIsNotWhollyANumber(String written) {
        assertThatThrownBy(() -> NumberParser.parse(written))
                .isInstanceOf(NumberParseException.class)
                .hasMessageContaining("expected a number as an article writes it")
                .hasMessageContaining("found '" + written + "'");
    }
}
