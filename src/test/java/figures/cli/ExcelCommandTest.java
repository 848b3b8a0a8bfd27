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

/** {@code excel --to DIR}: the clean CSVs for Excel, written anywhere but over the build's own outputs. */
class ExcelCommandTest {
    @TempDir
    Path root;

    @BeforeEach
    void build() throws Exception {
        CliRun.builtCopyOfInputs(root);
    }

    @Test
    void writesEveryCleanCsvWithAByteOrderMarkAndCrlfAndTheWorkbook() throws Exception {
        Path to = root.resolveSibling(root.getFileName() + "-excel");
        CliRun r = CliRun.of("excel", "--root", root.toString(), "--to", to.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> clean = names(root.resolve("data/clean"));
        assertThat(names(to)).isEqualTo(clean);
        assertThat(r.out()).isEqualTo("figures: wrote " + clean.size() + " Excel CSVs and the workbook figures.xlsx to "
                + to + "\n");
        assertThat(to.resolve(ExcelCommand.WORKBOOK)).isNotEmptyFile();
        for (String name : clean) {
            byte[] excel = Files.readAllBytes(to.resolve(name));
            assertThat(excel).as(name).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(excel, StandardCharsets.UTF_8)).as(name).contains("\r\n");
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }
}
