package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.ExternalTools;
import figures.chart.Theme;
import figures.ImageComparison;
import figures.TestProjects;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chart's PDF, read by poppler (the library behind most Linux PDF viewers), which this project did not
 * write: pdffonts finds every font embedded as a subset with a Unicode map, pdftotext finds the title as
 * text, and pdftoppm draws the same chart as the 2x PNG. CI installs poppler-utils and sets
 * FIGURES_REQUIRE_POPPLER so that this cannot be skipped.
 */
class PdfPopplerTest {
    /**
     * Share of pixels that may differ between poppler's drawing and Java 2D's, each pixel matched within one
     * pixel and 48/255 a channel: two rasterisers antialias glyph edges apart (the first article's charts
     * differ in 0.02% to 0.13% of their pixels so), a moved label or a lost title is far more.
     */
    static final double BUDGET = 0.002;
    static final int TOLERANCE = 48;

    @TempDir
    static Path dir;
    static Path charts;

    @BeforeAll
    static void build() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pdffonts"))) {
            ExternalTools.missing("FIGURES_REQUIRE_POPPLER", "poppler-utils (pdffonts, pdftotext, pdftoppm) is required here");
        }
        charts = TestProjects.builtCopy(dir.resolve("project")).resolve("charts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chartIds")
    void everyFontIsEmbeddedAsASubsetWithAUnicodeMap(String id) throws Exception {
        List<String> rows = run("pdffonts", charts.resolve(id + ".pdf").toString()).lines().skip(2).toList();
        assertThat(rows).as("fonts of " + id).isNotEmpty();
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            // name type [type...] encoding emb sub uni object generation
            int n = cells.length;
            assertThat(List.of(cells[n - 5], cells[n - 4], cells[n - 3])).as(row).containsExactly("yes", "yes", "yes");
            assertThat(cells[0]).as(row).contains("+LiberationSans");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chartIds")
    void theTitleIsText(String id) throws Exception {
        String text = run("pdftotext", charts.resolve(id + ".pdf").toString(), "-").replaceAll("\\s+", " ");
        String title = run("pdfinfo", charts.resolve(id + ".pdf").toString()).lines()
                .filter(l -> l.startsWith("Title:")).findFirst().orElseThrow().substring(6).trim();
        assertThat(title).isNotEmpty();
        assertThat(text).contains(title);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chartIds")
    void popplerDrawsThePdfAsThePngIsDrawn(String id) throws Exception {
        Path out = dir.resolve("rendered-" + id);
        run("pdftoppm", "-r", "144", "-png", "-singlefile", charts.resolve(id + ".pdf").toString(), out.toString());
        var rendered = ImageIO.read(out.resolveSibling(out.getFileName() + ".png").toFile());
        var png = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(charts.resolve(id + ".png"))));
        ImageComparison.of(id + ".pdf-as-drawn-by-poppler.png", png, rendered, TOLERANCE, 1)
                .assertAtMost(BUDGET, "the PDF no longer draws what the PNG draws");
    }

    /** The comparison is no formality: a PDF whose chart lost its title does not pass for its PNG. */
    @Test
    void aPdfWithoutItsTitleDoesNotPassForThePng() throws Exception {
        var titled = ImagesTest.chart("A title as long as the titles of the charts in the article, drawn in bold", Color.WHITE);
        titled.getTitle().setFont(Theme.TITLE);
        byte[] png = Images.png(titled, 800, 500);
        titled.setTitle((String) null);
        Path pdf = Files.write(dir.resolve("untitled.pdf"), Pdf.pdf(titled, 800, 500, "c",
                new Images.Described("", "", ""), Pdf.Colours.RGB));
        run("pdftoppm", "-r", "144", "-png", "-singlefile", pdf.toString(), dir.resolve("untitled").toString());
        var comparison = ImageComparison.of("untitled", ImageIO.read(new ByteArrayInputStream(png)),
                ImageIO.read(dir.resolve("untitled.png").toFile()), TOLERANCE, 1);
        assertThat(comparison.share()).isGreaterThan(BUDGET);
    }

    static Stream<String> chartIds() throws IOException {
        return TestProjects.chartIds(charts).stream();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + new String(out, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
