package figures.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class NumberParserProperties {

    @Property(tries = 20000)
    void anyStringGivesANumberOrTheTypedError(@ForAll("textish") String text) {
        try {
            WrittenNumber n = NumberParser.parse(text);
            if (n.magnitude() instanceof Magnitude.Range r) {
                // A range has no one value, but two finite ends, low first.
                assertThat(Double.isFinite(r.low().value()) && Double.isFinite(r.high().value())).isTrue();
                assertThat(r.low().value()).isLessThanOrEqualTo(r.high().value());
            } else {
                assertThat(Double.isFinite(n.magnitude().value())).isTrue();
            }
        } catch (NumberParseException expected) {
            assertThat(expected.found()).isEqualTo(text);
        }
    }

    @Property
    void groupedIntegersReadBackExactly(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n)
            throws NumberParseException {
        String grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
        assertThat(NumberParser.parse(grouped).magnitude().value()).isEqualTo((double) n);
    }

    @Property
    void percentagesReadAsShares(@ForAll @IntRange(min = 0, max = 100) int percent) throws NumberParseException {
        Magnitude m = NumberParser.parse(percent + "%").magnitude();
        assertThat(m).isInstanceOf(Magnitude.Share.class);
        assertThat(m.sharePercent().getAsDouble()).isEqualTo(percent);
    }

    @Property
    void aRatioNeverExceedsItsWhole(@ForAll @IntRange(min = 1, max = 100_000) int whole,
                                    @ForAll @IntRange(min = 0, max = 100_000) int part) {
        try {
            Magnitude m = NumberParser.parse(part + " out of " + whole).magnitude();
            assertThat(part).isLessThanOrEqualTo(whole);
            assertThat(m.sharePercent().getAsDouble()).isBetween(0.0, 100.0);
        } catch (NumberParseException e) {
            assertThat(part).isGreaterThan(whole);
        }
    }

    @Provide
    Arbitrary<String> textish() {
        Arbitrary<String> pieces = Arbitraries.of("1", "0", "9", ",", ".", "/", "%", " ", "-", "out of", "million",
                "nearly", "more than", "two-thirds", "e", "Out of", "cells", "\u00a0", "\t", "é", "1e400",
                " to ", " or ", "between ", " and ", "£", "s.", "d.", ":", "½", "twenty", "-four", "shillings", "$");
        Arbitrary<String> composed = pieces.list().ofMaxSize(8).map(l -> String.join("", l));
        return Arbitraries.oneOf(composed, Arbitraries.strings().ofMaxLength(30));
    }
}
