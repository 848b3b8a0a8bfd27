package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.export.PdfTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print --to DIR}: every chart as a CMYK PDF, beside the RGB ones the build keeps in charts/. */
class PrintCommandTest {
    @TempDir
    Path root;

    @Test
    void writesEveryChartAsACmykPdfAndLeavesChartsAsTheyAre() throws Exception {
        CliRun.builtCopyOfInputs(root);
        Path to = root.resolveSibling(root.getFileName() + "-print");
        List<String> rgb = pdfs(root.resolve("charts"));
        byte[] before = Files.readAllBytes(root.resolve("charts").resolve(rgb.get(0)));

        CliRun r = CliRun.of("print", "--root", root.toString(), "--to", to.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("figures: wrote " + rgb.size() + " CMYK PDFs to " + to + "\n");
        assertThat(pdfs(to)).isEqualTo(rgb);
        for (String name : rgb) {
            assertThat(PdfTest.colourSpaces(Files.readAllBytes(to.resolve(name)))).as(name).containsOnly("DeviceCMYK");
        }
        assertThat(Files.readAllBytes(root.resolve("charts").resolve(rgb.get(0)))).isEqualTo(before);
        assertThat(CliRun.of("check", "--root", root.toString()).code()).isZero();
    }

    private static List<String> pdfs(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
    }
}
