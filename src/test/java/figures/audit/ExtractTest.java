package figures.audit;

import static org.assertj.core.api.Assertions.assertThat;

import figures.dataset.RawCsv;
import figures.dataset.RawRow;
import figures.parse.NumberParser;
import figures.parse.Qualifier;
import figures.source.InvalidInputException;
import figures.source.Seed;
import figures.source.SeedLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractTest {

    @Test
    void everyCandidatePassesTheProvenanceRulesOfTheBuild() throws InvalidInputException {
        Seed seed = SeedLoader.load(Path.of("")).values().iterator().next();
        List<RawRow> rows = RawCsv.parse("candidates.csv", Extract.candidates(seed));
        assertThat(rows).hasSizeGreaterThan(400);
        for (RawRow row : rows) {
            assertThat(seed.locate(row.quote())).as(row.note()).isPresent();
            String written = row.value().isEmpty() ? row.period() : row.value();
            assertThat(Seed.quoteContains(row.quote(), written)).as(row.note() + " in " + row.quote()).isTrue();
        }
    }

    @Test
    void aTableRowIsTheQuoteOfEachOfItsNumbersAndProseKeepsItsSentence() throws Exception {
        Seed seed = new Seed("ledger.txt", """
                The old tax produced these sums, in pounds.

                Year Old tax Additional
                1772 722,023 356,776
                1773 561,627 278,650
                In 1774 it fell to 5 barrels a head.
                """);
        List<RawRow> rows = RawCsv.parse("candidates.csv", Extract.candidates(seed));

        assertThat(rows).filteredOn(r -> r.value().equals("722,023") || r.period().equals("1772"))
                .allSatisfy(r -> assertThat(r.quote()).isEqualTo("1772 722,023 356,776"));
        assertThat(rows).filteredOn(r -> r.value().equals("278,650")).singleElement()
                .satisfies(r -> assertThat(r.quote()).isEqualTo("1773 561,627 278,650"));
        assertThat(rows).filteredOn(r -> r.value().equals("5")).singleElement()
                .satisfies(r -> assertThat(r.quote()).isEqualTo("In 1774 it fell to 5 barrels a head."));
        for (RawRow row : rows) {
            assertThat(seed.locate(row.quote())).as(row.quote()).isPresent();
        }
    }

    /** Money, number words of any size and ranges are drafted whole, as the parser reads them. */
    @Test
    void draftsSumsWordsAndRangesWhole() throws Exception {
        Seed seed = new Seed("ledger.txt", """
                In 1772, the old malt-tax produced £722,023: 11: 11, and the additional £356,776 7s. 9¾d. in all.
                A family seldom brews into less than two barrels; a brewer employs between twenty-six and thirty men.
                Porter sold at 3s. 10⅔d. a barrel, ale at sixpence a gallon, and a hogshead for $5.
                """);
        List<RawRow> rows = RawCsv.parse("candidates.csv", Extract.candidates(seed));

        assertThat(rows).extracting(RawRow::value).contains("£722,023: 11: 11", "£356,776 7s. 9¾d.", "less than two",
                "between twenty-six and thirty", "3s. 10⅔d.", "sixpence", "$5");
        for (RawRow row : rows) {
            if (!row.value().isEmpty()) {
                assertThat(NumberParser.parse(row.value()).written()).isEqualTo(row.value());
            }
            assertThat(seed.locate(row.quote())).as(row.quote()).isPresent();
        }
        assertThat(rows).filteredOn(r -> r.value().equals("sixpence")).singleElement()
                .satisfies(r -> assertThat(r.quote()).startsWith("Porter sold at 3s. 10⅔d. a barrel"));
    }

    /** A sentence that stands twice in the seed is drafted with the occurrence each number is in. */
    @Test
    void aRepeatedSentenceSaysWhichOccurrenceEachNumberIsIn() throws Exception {
        Seed seed = new Seed("twice.txt", "It rose to 40. Then it fell. It rose to 40. Nothing more.\n");
        List<RawRow> rows = RawCsv.parse("candidates.csv", Extract.candidates(seed));

        assertThat(rows).extracting(RawRow::occurrence).containsExactly("1", "2");
        assertThat(rows.get(1).quote()).isEqualTo("It rose to 40.");
        assertThat(seed.locate(rows.get(1).quote(), 2).orElseThrow().column()).isEqualTo(30);
    }

    @Test
    void aQualifierWrittenBeforeTheNumberIsPartOfTheCandidate() throws Exception {
        Seed seed = new Seed("new.txt", "Intro. Nearly 8 million died, and not more\n than 1.2 million workers were left; "
                + "about 25% of them. A roundabout 3 were, and 40 more than that.");
        List<RawRow> rows = RawCsv.parse("candidates.csv", Extract.candidates(seed));
        assertThat(rows).extracting(RawRow::value)
                .containsExactly("Nearly 8 million", "not more than 1.2 million", "about 25%", "3", "40");
        for (RawRow row : rows) {
            assertThat(Seed.quoteContains(row.quote(), row.value())).as(row.value()).isTrue();
        }
        assertThat(NumberParser.parse(rows.get(1).value()).qualifier())
                .isEqualTo(Qualifier.NOT_MORE_THAN);
    }

    @Test
    void leavesOutNoteMarkersAndDatesButKeepsTheNumbersBesideThem() throws Exception {
        Seed seed = new Seed("new.txt", "Intro. The plan gave 25% [7] of it. [Trotsky, 8.10.1923.] Then 1924 came.");
        assertThat(RawCsv.parse("candidates.csv", Extract.candidates(seed)))
                .extracting(row -> row.value() + "|" + row.period())
                .containsExactly("25%|", "|1924");
    }

    @Test
    void quotesTheWholeSentence() {
        String text = "Intro. In 1920, the Red Army absorbed 50% of industrial production. E. H. Carr agreed.";
        assertThat(Extract.sentence(text, text.indexOf("50%"), text.indexOf("50%") + 3))
                .isEqualTo("In 1920, the Red Army absorbed 50% of industrial production.");
    }
}
