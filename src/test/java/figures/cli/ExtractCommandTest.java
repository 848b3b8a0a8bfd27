package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract SEED --out FILE}: a draft in a new file, never over an existing one. */
class ExtractCommandTest {
    private static final String TEXT = "In 1921 the party had 730,000 members. About 25% were workers.\n";

    @TempDir
    Path dir;

    @Test
    void writesTheDraftToANewFile() throws Exception {
        Path seed = Files.writeString(dir.resolve("new.txt"), TEXT);
        CliRun r = CliRun.of("extract", seed.toString(), "--out", dir.resolve("draft.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("draft.csv"))).startsWith("series,period,value,note,quote,occurrence\n")
                .contains("\"730,000\"", "About 25%");
    }

    @Test
    void neverOverwritesAFileNotEvenTheSeedItself() throws Exception {
        Path seed = Files.writeString(dir.resolve("new.txt"), TEXT);
        CliRun r = CliRun.of("extract", seed.toString(), "--out", seed.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("--out: expected a file that does not exist yet, found " + seed);
        assertThat(Files.readString(seed)).isEqualTo(TEXT);
    }
}
