package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.source.InvalidInputException;
import figures.source.SeedLoader;
import figures.spec.ChartSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of datasets and charts must not drift from the specs. */
class ReadmeTest {
    @Test
    void listsEveryDatasetAndChart() throws IOException, InvalidInputException {
        String readme = Files.readString(Path.of("README.md"));
        for (Dataset d : DatasetLoader.load(Path.of(""), SeedLoader.load(Path.of("")).keySet())) {
            assertThat(readme).as("README's dataset table").contains("| `" + d.id() + "` |");
            for (ChartSpec c : d.spec().charts()) {
                assertThat(readme).as("README's chart column").contains("`" + c.id() + "` (");
            }
        }
    }

    @Test
    void givesTheTwoCommandsCiRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String ci = Files.readString(Path.of(".ci/run"));
        assertThat(readme).contains("mvn -B -q package -DskipTests && target/figures build",
                "mvn -B test");
        assertThat(ci).contains("mvn -B -ntp test", "target/figures check");
    }
}
