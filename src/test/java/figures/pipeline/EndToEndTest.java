package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import figures.ChildProcess;
import figures.TestProjects;
import figures.clean.TidyTable;
import figures.cli.Main;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.source.InvalidInputException;
import figures.source.SeedLoader;
import figures.spec.ChartSpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Builds the whole project from a copy of its inputs, as a new user would, and checks every output. */
class EndToEndTest {
    @TempDir
    static Path dir;
    static Path root;
    static List<Dataset> datasets;
    static String out;

    @BeforeAll
    static void buildACopy() throws IOException, InvalidInputException {
        root = TestProjects.copyOfInputs(dir.resolve("project"));
        StringWriter stdout = new StringWriter();
        int code = Main.execute(new String[] {"build", "--root", root.toString()},
                new PrintWriter(stdout), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        out = stdout.toString();
        datasets = DatasetLoader.load(root, SeedLoader.load(root).keySet());
    }

    @Test
    void buildsTheDatasetsTheArticleCallsFor() {
        assertThat(datasets).extracting(Dataset::id).contains("social_composition", "social_composition_prose",
                "brest_litovsk", "ukraine_production", "war_communism", "moscow_vote_1923", "industrial_index",
                "civil_war_deaths", "state_apparatus", "tenth_congress", "peasantry");
        assertThat(out).startsWith("figures: wrote ");
    }

    @Test
    void writesExactlyTheFilesTheSpecsDeclare() throws IOException, InvalidInputException {
        List<String> expected = new ArrayList<>(List.of("charts/index.html", "data/clean/audit.csv", "data/clean/checks.csv",
                "data/clean/datapackage.json"));
        SeedLoader.load(root).keySet().forEach(seed -> expected.add("charts/texts/" + seed + ".html"));
        for (Dataset d : datasets) {
            expected.add("data/clean/" + d.id() + ".csv");
            if (d.spec().wide() != null) {
                expected.add("data/clean/" + d.id() + ".wide.csv");
            }
            for (ChartSpec c : d.spec().charts()) {
                expected.addAll(List.of("charts/" + c.id() + ".png", "charts/" + c.id() + ".1x.png",
                        "charts/" + c.id() + ".svg", "charts/" + c.id() + ".pdf", "charts/" + c.id() + ".txt"));
            }
        }
        assertThat(filesUnder(root, "data/clean", "charts")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void auditsEveryNumericMentionOfTheSeed() throws IOException {
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"audit", "--root", root.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("every numeric mention is captured or waived");
        assertThat(Files.readString(root.resolve("data/clean/audit.csv")))
                .startsWith("\"seed\",\"line\",\"column\",\"kind\",\"mention\",\"status\",\"by\"\n")
                .contains(",75,6,\"number\",\"3,024,000\",\"captured\",\"social_composition\"\n")
                .doesNotContain("\"unaccounted\"");
    }

    /** A waiver left over from an older text, which waives nothing, fails the audit and is named by its line. */
    @Test
    void anAuditWithAWaiverThatWaivesNothingFails(@TempDir Path other) throws IOException {
        Path copy = TestProjects.copyOfInputs(other.resolve("project"));
        Path waivers = copy.resolve("data/audit-waivers.csv");
        Files.writeString(waivers, Files.readString(waivers) + "*,number,123456,,,,a number no longer in the text\n");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"audit", "--root", copy.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        int line = (int) Files.readString(waivers).lines().count();
        assertThat(code).isEqualTo(Main.INVALID);
        assertThat(err.toString()).contains("data/audit-waivers.csv:" + line + ":1: expected a waiver that waives at "
                + "least one mention, found one that waives nothing ('a number no longer in the text')");
    }

    @Test
    void everyPngDecodesAtTwiceItsLogicalSize() throws IOException {
        for (Dataset d : datasets) {
            for (ChartSpec c : d.spec().charts()) {
                BufferedImage image = ImageIO.read(root.resolve("charts/" + c.id() + ".png").toFile());
                assertThat(image).as(c.id()).isNotNull();
                assertThat(image.getWidth()).as(c.id()).isEqualTo(c.width() * 2).isGreaterThanOrEqualTo(1600);
                assertThat(image.getHeight()).as(c.id()).isEqualTo(c.height() * 2);
                BufferedImage small = ImageIO.read(root.resolve("charts/" + c.id() + ".1x.png").toFile());
                assertThat(small.getWidth()).as(c.id() + " at 1x").isEqualTo(c.width());
            }
        }
    }

    @Test
    void everySvgIsXmlWithTextTitleAndDescription() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Dataset d : datasets) {
            for (ChartSpec c : d.spec().charts()) {
                Document svg = factory.newDocumentBuilder().parse(root.resolve("charts/" + c.id() + ".svg").toFile());
                assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
                assertThat(svg.getElementsByTagNameNS("*", "text").getLength()).as(c.id()).isGreaterThan(5);
                assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(c.title());
                assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).contains(c.title());
            }
        }
    }

    @Test
    void everyCleanCsvHasTheTidyColumnsAndOneRowPerRawRow() throws IOException {
        for (Dataset d : datasets) {
            String csv = Files.readString(root.resolve("data/clean/" + d.id() + ".csv"));
            try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                assertThat(parser.getHeaderNames()).isEqualTo(TidyTable.COLUMNS);
                assertThat(parser.getRecords()).hasSize(d.rows().size());
            }
            assertThat(csv).doesNotContain("\r").doesNotContain("NaN").doesNotContain("E+").doesNotContain(".0,");
        }
    }

    @Test
    void buildsTheSameBytesTwiceAndUnderOtherLocales() throws InvalidInputException {
        SortedMap<String, byte[]> first = Pipeline.run(root);
        Locale before = Locale.getDefault();
        try {
            // Decimal comma, dotless i, and Arabic-Indic digits.
            for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(locale);
                SortedMap<String, byte[]> again = Pipeline.run(root);
                assertThat(again.keySet()).isEqualTo(first.keySet());
                for (String path : first.keySet()) {
                    assertThat(Arrays.equals(first.get(path), again.get(path))).as(path + " under " + locale).isTrue();
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Hash seeds and Map.of orders differ between JVM runs: a second process must write the same bytes. */
    @Test
    void anotherJvmWritesTheSameBytes() throws Exception {
        Path other = TestProjects.copyOfInputs(dir.resolve("other"));
        ChildProcess.Result r = ChildProcess.java(List.of(), "build", "--root", other.toString());
        assertThat(r.code()).as(r.output()).isZero();
        for (String file : filesUnder(root, "data/clean", "charts")) {
            assertThat(Files.readAllBytes(other.resolve(file))).as(file).isEqualTo(Files.readAllBytes(root.resolve(file)));
        }
    }

    @Test
    void checkPassesOnAFreshBuildAndNamesStaleAndExtraFiles() throws IOException {
        assertThat(run("check")).isZero();
        Path png = root.resolve("charts/brest_litovsk.png");
        byte[] original = Files.readAllBytes(png);
        Path extra = root.resolve("charts/old.png");
        try {
            Files.write(png, new byte[] {1, 2, 3});
            Files.writeString(extra, "left over");
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[] {"check", "--root", root.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(code).isEqualTo(Main.INVALID);
            assertThat(err.toString()).contains("stale:   charts/brest_litovsk.png", "extra:   charts/old.png")
                    .doesNotContain("same pixels");
        } finally {
            Files.write(png, original);
            Files.delete(extra);
        }
    }

    @Test
    void checkSaysWhenAPngHasTheSamePixelsInOtherBytes() throws IOException {
        Path png = root.resolve("charts/brest_litovsk.png");
        byte[] original = Files.readAllBytes(png);
        ByteArrayOutputStream other = new ByteArrayOutputStream(); // ImageIO: another encoder
        ImageIO.write(ImageIO.read(png.toFile()), "png", other);
        byte[] recompressed = other.toByteArray();
        assertThat(recompressed).isNotEqualTo(original);
        try {
            Files.write(png, recompressed);
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[] {"check", "--root", root.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(code).isEqualTo(Main.INVALID);
            assertThat(err.toString()).contains("stale:   charts/brest_litovsk.png (same pixels, other bytes");
        } finally {
            Files.write(png, original);
        }
    }

    private static int run(String command) {
        return Main.execute(new String[] {command, "--root", root.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    static List<String> filesUnder(Path root, String... dirs) throws IOException {
        List<String> files = new ArrayList<>();
        for (String d : dirs) {
            try (Stream<Path> walk = Files.walk(root.resolve(d))) {
                walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString()));
            }
        }
        return files;
    }
}
