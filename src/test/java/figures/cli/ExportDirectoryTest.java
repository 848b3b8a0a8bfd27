package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The exports that write elsewhere ({@code excel --to}, {@code print --to}) never write over the build's outputs. */
class ExportDirectoryTest {
    @TempDir
    Path root;

    @BeforeEach
    void build() throws Exception {
        CliRun.builtCopyOfInputs(root);
    }

    @ParameterizedTest(name = "{0} --to {1}")
    @CsvSource({"excel, data/clean", "excel, charts/export", "excel, data/clean/../clean",
            "print, charts", "print, charts/export", "print, data/clean"})
    void refusesToWriteOverTheOutputsTheBuildOwns(String command, String dir) throws Exception {
        byte[] before = Files.readAllBytes(root.resolve("data/clean/brest_litovsk.csv"));
        byte[] chart = Files.readAllBytes(root.resolve("charts/brest_litovsk.pdf"));
        CliRun r = CliRun.of(command, "--root", root.toString(), "--to", root.resolve(dir).toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("--to: expected a directory outside ");
        assertThat(Files.readAllBytes(root.resolve("data/clean/brest_litovsk.csv"))).isEqualTo(before);
        assertThat(Files.readAllBytes(root.resolve("charts/brest_litovsk.pdf"))).isEqualTo(chart);
        assertThat(root.resolve("charts/export")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"excel", "print"})
    void refusesAFileForADirectory(String command) throws Exception {
        Path file = Files.writeString(root.resolve("notes.txt"), "");
        CliRun r = CliRun.of(command, "--root", root.toString(), "--to", file.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("--to: expected a directory, found a file: " + file);
    }
}
