package figures.audit;

import static org.assertj.core.api.Assertions.assertThat;

import figures.dataset.RawCsv;
import figures.dataset.RawRow;
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
    void quotesTheWholeSentence() {
        String text = "Intro. In 1920, the Red Army absorbed 50% of industrial production. E. H. Carr agreed.";
        assertThat(Extract.sentence(text, text.indexOf("50%"), text.indexOf("50%") + 3))
                .isEqualTo("In 1920, the Red Army absorbed 50% of industrial production.");
    }
}
