package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README documents the tool and its commands; it may show the data as examples, but the gallery and the
 * data package are what list the data (EndToEndTest, DataPackageTest), so that adding an article needs no
 * README edit to keep the tests green.
 */
class ReadmeTest {
    @Test
    void givesTheTwoCommandsCiRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String ci = Files.readString(Path.of(".ci/run"));
        assertThat(readme).contains("mvn -B -q package -DskipTests && target/figures build",
                "mvn -B test");
        assertThat(ci).contains("mvn -B -ntp test", "target/figures check");
    }
}
