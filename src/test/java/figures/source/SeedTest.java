package figures.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedTest {
    private final Seed seed = new Seed("article.txt", """
            Title

            could muster only 6 votes. Two-thirds of the
            cells voted\u00a0for it, in 1918.
            """);

    @Test
    void findsAQuoteAcrossLineBreaksAndSaysWhereItStarts() {
        assertThat(seed.locate("Two-thirds of the cells voted for it"))
                .contains(new SourcePosition("article.txt", 3, 28));
    }

    /** The first quotes are found by scanning the seed, later ones through its index: the answers agree. */
    @Test
    void findsEveryQuoteAlikeBeforeAndAfterItIndexesItsText() {
        StringBuilder text = new StringBuilder();
        int quotes = 2 * Seed.SCANS_BEFORE_INDEX;
        for (int i = 0; i < quotes; i++) {
            text.append("Line ").append(i).append(" held ").append(i * 7).append(" votes.\n");
        }
        Seed many = new Seed("many.txt", text.toString());
        for (int i = 0; i < quotes; i++) {
            assertThat(many.locate("held " + i * 7 + " votes.")).as("quote %d", i)
                    .contains(new SourcePosition("many.txt", i + 1, 7 + String.valueOf(i).length()));
            assertThat(many.occurrenceCount("held " + i * 7 + " votes")).isEqualTo(1);
        }
        assertThat(many.locate("held 8 votes.")).isEmpty();
        assertThat(many.occurrenceCount("votes.")).isEqualTo(quotes);
    }

    @Test
    void findsNothingWhenAWordDiffers() {
        assertThat(seed.locate("Two-thirds of the cell voted")).isEmpty();
        assertThat(seed.locate("   ")).isEmpty();
    }

    /** A quote with a typo says where it parts from the seed, by its longest start or end the seed holds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            muster only 6 vote. Two-thirds      | 3:25 | …could muster only 6 votes. Two-thirds of the… | muster only 6 vote. Two-thirds
            Three-thirds of the cells voted for | 3:31 | …muster only 6 votes. Two-thirds of the cells… | Three-thirds of the cells…
            the cells voted for it, in 1919.    | 4:27 | …ells voted for it, in 1918.                   | …ells voted for it, in 1919.
            """)
    void saysWhereAQuoteWithATypoPartsFromTheSeed(String quote, String at, String seedHas, String quoteHas) {
        Seed.Miss miss = seed.miss(quote).orElseThrow();
        assertThat(miss.at().line() + ":" + miss.at().column()).isEqualTo(at);
        assertThat(miss.seedHas()).isEqualTo(seedHas);
        assertThat(miss.quoteHas()).isEqualTo(quoteHas);
    }

    @Test
    void saysNothingOfAQuoteItHoldsOrOneWithNoLongRunInCommon() {
        assertThat(seed.miss("Two-thirds of the cells voted for it")).isEmpty();
        assertThat(seed.miss("Nothing of this is in the text at all")).isEmpty();
    }

    @ParameterizedTest(name = "''{1}'' in ''{0}'' is {2}")
    @CsvSource({
            "'it fell to 18 in 1920', 18, true",
            "'in 1918 it fell', 18, false",
            "'only 6 votes', only 6, true",
            "'only 6 votes', 6 vote, false",
            "'Out of 346 cells, 67 voted', 'Out of 346 cells, 67', true",
            "'a 90%-share', 90%, true",
            "'in 250,000 copies', 250, false",
            "'in 250,000 copies', '250,000', true",
            "'in 250,000 copies', 000, false",
            "'1.5 million', 5, false",
            "'about 1,000.', '1,000', true",
            "'in 1920, 18 of them', 18, true"})
    void findsAValueOnlyAsAWholeTokenOfItsQuote(String quote, String value, boolean expected) {
        assertThat(Seed.quoteContains(quote, value)).isEqualTo(expected);
    }

    /** A long quote of repeats in a long seed is found (or not) in linear time: the naive search took minutes. */
    @Test
    @Timeout(60)
    void findsALongQuoteOfRepeatsInALongSeedInLinearTime() {
        String seedText = "a".repeat(8 * 1024 * 1024 - 2) + "b\n";
        Seed seed = new Seed("big.txt", seedText);
        assertThat(seed.locate("a".repeat(200_000) + "b")).isPresent();
        assertThat(seed.locate("a".repeat(200_000) + "c")).isEmpty();
        assertThat(seed.miss("a".repeat(200_000) + "c")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'Knuth-Morris-Pratt agrees with indexOf', 'agrees'", "'abababab abababac', 'abababac'", "'short', 'longer than the text'"})
    void theLinearSearchFindsWhatIndexOfFinds(String text, String needle) {
        String longText = text.repeat(40);
        String longNeedle = needle.repeat(20);
        assertThat(TextSearch.indexOf(longText, longNeedle)).isEqualTo(longText.indexOf(longNeedle));
    }
}
