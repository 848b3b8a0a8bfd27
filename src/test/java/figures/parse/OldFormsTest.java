package figures.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms a second, older text writes: number words of any size, vulgar fractions, money before 1971. */
class OldFormsTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            eighteen                              | 18       | Amount
            twenty-six                            | 26       | Amount
            thirty                                | 30       | Amount
            twentyfour                            | 24       | Amount
            twenty four                           | 24       | Amount
            one hundred and fifty thousand        | 150000   | Amount
            two thousand three hundred and twelve | 2312     | Amount
            two and a half millions               | 2500000  | Amount
            a million and a half                  | 1500000  | Amount
            two dozen                             | 24       | Amount
            ½                                     | 50       | Share
            9¾                                    | 9.75     | Exact
            10 ⅔                                  | 10.6667  | Exact
            90 per cent                           | 90       | Share
            5 percent                             | 5        | Share
            12 p.c.                               | 12       | Share
            """)
    void readsNumbersAsOldTextsWriteThem(String written, double value, String kind) throws NumberParseException {
        WrittenNumber n = NumberParser.parse(written);
        assertThat(n.magnitude().getClass().getSimpleName()).isEqualTo(kind);
        assertThat(n.magnitude().value()).isCloseTo(value, org.assertj.core.data.Offset.offset(0.0001));
    }

    /** Money is read exactly and counted in the unit a series asks for. */
    @ParameterizedTest(name = "{0} = {1} pence")
    @CsvSource(delimiter = '|', textBlock = """
            £722,023                              | 173285520
            £4 10s. 6d.                           | 1086
            3s. 10⅔d.                             | 140/3
            9¾d.                                  | 39/4
            £722,023: 11: 11                      | 173285663
            L.3,341,837 : 9 : 9                   | 802040997
            twenty-three shillings and fourpence  | 280
            twenty-four shillings                 | 288
            sixpence                              | 6
            fourpence and a halfpenny             | 9/2
            two pounds, ten shillings             | 600
            722,023 pounds                        | 173285520
            """)
    void readsSterlingExactly(String written, String pence) throws NumberParseException {
        Magnitude.Money money = (Magnitude.Money) NumberParser.parse(written).magnitude();
        Magnitude.Exact inPence = money.in("pence").orElseThrow();
        String[] fraction = (pence + "/1").split("/");
        // Exactly: a/b = c/d when a*d = c*b, with no rounding of thirds.
        assertThat(inPence.numerator().multiply(new BigDecimal(fraction[1])))
                .isEqualByComparingTo(new BigDecimal(fraction[0]).multiply(inPence.denominator()));
        assertThat(money.in("shillings").orElseThrow().value() * 12).isCloseTo(inPence.value(),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"'$1,000', dollars, 1000", "'€5', €, 5", "'1,000 roubles', roubles, 1000", "'£4 10s. 6d.', £, 4.525"})
    void countsMoneyInItsSeriesUnit(String written, String unit, double value) throws NumberParseException {
        Magnitude.Money money = (Magnitude.Money) NumberParser.parse(written).magnitude();
        assertThat(money.in(unit).orElseThrow().value()).isEqualTo(value);
        assertThat(money.in("people")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            £4 25s.                       | shillings below 20 after pounds
            3s. 14d.                      | pence below 12 after shillings or pounds
            two pounds, twenty shillings  | shillings stay below 20
            five five                     | a number as an article writes it
            """)
    void refusesSumsNobodyWrites(String written, String because) {
        assertThatThrownBy(() -> NumberParser.parse(written)).isInstanceOf(NumberParseException.class)
                .hasMessageContaining(because);
    }

    /** A range or two alternatives is read as its two ends, low first, never as one invented number. */
    @ParameterizedTest(name = "{0} -> {1} to {2}")
    @CsvSource(delimiter = '|', textBlock = """
            between twenty-six and thirty | 26   | 30   | false
            twenty-four or twenty-five    | 24   | 25   | true
            nine or ten                   | 9    | 10   | true
            20 to 30                      | 20   | 30   | false
            from 5 to 7 million           | 5    | 7000000 | false
            1920–30                       | 1920 | 1930 | false
            3,000-4,000                   | 3000 | 4000 | false
            about 20 to 30                | 20   | 30   | false
            """)
    void readsRangesAndAlternatives(String written, double low, double high, boolean alternative) throws NumberParseException {
        Magnitude.Range r = (Magnitude.Range) NumberParser.parse(written).magnitude();
        assertThat(r.low().value()).isEqualTo(low);
        assertThat(r.high().value()).isEqualTo(high);
        assertThat(r.alternative()).isEqualTo(alternative);
        assertThat(Double.isNaN(r.value())).as("no midpoint is invented").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"between 30 and 26", "30 to 26", "ten or nine"})
    void refusesARangeWrittenHighFirst(String written) {
        assertThatThrownBy(() -> NumberParser.parse(written)).isInstanceOf(NumberParseException.class)
                .hasMessageContaining("a range whose low end comes first");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"at least 40, LOWER", "not less than 40, LOWER", "no fewer than 40, LOWER", "upwards of 40, LOWER",
            "under 40, UPPER", "fewer than 40, UPPER", "some 40, APPROXIMATE", "roughly 40, APPROXIMATE",
            "c. 40, APPROXIMATE", "around 40, APPROXIMATE"})
    void readsTheQualifiersOlderTextsUse(String written, Qualifier.Bound bound) throws NumberParseException {
        WrittenNumber n = NumberParser.parse(written);
        assertThat(n.bound()).isEqualTo(bound);
        assertThat(n.magnitude().value()).isEqualTo(40);
    }

    /** Negative amounts, with the hyphen-minus or the typeset minus (U+2212). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"'-5', -5", "'−5', -5", "'-1.5 million', -1500000", "'−3,024', -3024"})
    void readsNegativeAmounts(String written, double value) throws NumberParseException {
        assertThat(NumberParser.parse(written).magnitude().value()).isEqualTo(value);
    }
}
