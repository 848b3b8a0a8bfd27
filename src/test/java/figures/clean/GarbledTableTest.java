package figures.clean;

import static org.assertj.core.api.Assertions.assertThat;

import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.parse.Period;
import figures.source.InvalidInputException;
import figures.source.Seed;
import figures.source.SeedLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * The reconstruction of the garbled table: every cell present once, every doubt explained. Its agreement
 * with the prose is checked by the rules of data/checks.yml on every build.
 */
class GarbledTableTest {
    private static List<CleanRow> table;

    @BeforeAll
    static void cleanTheRealData() throws InvalidInputException {
        Path root = Path.of("");
        Map<String, Seed> seeds = SeedLoader.load(root);
        for (Dataset d : DatasetLoader.load(root, seeds.keySet())) {
            if (d.id().equals("social_composition")) {
                table = Cleaner.clean(d, seeds.get(d.spec().seed())).rows();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void everyCellOfTheTableIsPresentOnceAndAmbiguityIsExplained() {
        assertThat(table).hasSize(25);
        assertThat(table.stream().filter(r -> r.certainty() == Certainty.AMBIGUOUS))
                .extracting(r -> r.series() + " " + r.period().map(Period::written).orElse(""))
                .containsExactlyInAnyOrder("Officials of Soviet Institutions 1917", "Agricultural Workers 1917",
                        "Peasant Families 1919", "Agricultural Workers 1919");
        assertThat(table.stream().filter(r -> r.certainty() == Certainty.AMBIGUOUS || r.isMissing()))
                .allSatisfy(r -> assertThat(r.note()).isNotBlank());
    }
}
