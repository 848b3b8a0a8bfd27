package figures.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

    @Test
    void findsNothingWhenAWordDiffers() {
        assertThat(seed.locate("Two-thirds of the cell voted")).isEmpty();
        assertThat(seed.locate("   ")).isEmpty();
    }

    @ParameterizedTest(name = "''{1}'' in ''{0}'' is {2}")
    @CsvSource({
            "'it fell to 18 in 1920', 18, true",
            "'in 1918 it fell', 18, false",
            "'only 6 votes', only 6, true",
            "'only 6 votes', 6 vote, false",
            "'Out of 346 cells, 67 voted', 'Out of 346 cells, 67', true",
            "'a 90%-share', 90%, true"})
    void findsAValueOnlyAsAWholeTokenOfItsQuote(String quote, String value, boolean expected) {
        assertThat(Seed.quoteContains(quote, value)).isEqualTo(expected);
    }
}
