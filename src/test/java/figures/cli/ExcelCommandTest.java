package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code excel --to DIR}: the clean CSVs for Excel, written anywhere but over the build's own outputs. */
class ExcelCommandTest {
    @TempDir
    Path root;

    @BeforeEach
    void build() throws Exception {
        CliRun.builtCopyOfInputs(root);
    }

    @Test
    void writesEveryCleanCsvWithAByteOrderMarkAndCrlf() throws Exception {
        Path to = root.resolveSibling(root.getFileName() + "-excel");
        CliRun r = CliRun.of("excel", "--root", root.toString(), "--to", to.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> clean = names(root.resolve("data/clean"));
        assertThat(names(to)).isEqualTo(clean);
        for (String name : clean) {
            byte[] excel = Files.readAllBytes(to.resolve(name));
            assertThat(excel).as(name).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(excel, StandardCharsets.UTF_8)).as(name).contains("\r\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/clean", "charts/excel", "data/clean/../clean"})
    void refusesToWriteOverTheOutputsTheBuildOwns(String dir) throws Exception {
        byte[] before = Files.readAllBytes(root.resolve("data/clean/brest_litovsk.csv"));
        CliRun r = CliRun.of("excel", "--root", root.toString(), "--to", root.resolve(dir).toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("--to: expected a directory outside ");
        assertThat(Files.readAllBytes(root.resolve("data/clean/brest_litovsk.csv"))).isEqualTo(before);
        assertThat(root.resolve("charts/excel")).doesNotExist();
    }

    @Test
    void refusesAFileForADirectory() throws Exception {
        Path file = Files.writeString(root.resolve("notes.txt"), "");
        CliRun r = CliRun.of("excel", "--root", root.toString(), "--to", file.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("--to: expected a directory, found a file: " + file);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }
}
