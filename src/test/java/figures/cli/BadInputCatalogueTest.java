package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import figures.dataset.DatasetLoader;
import figures.source.InvalidInputException;
import figures.source.SeedLoader;
import figures.source.TextFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs in src/test/resources/bad-inputs/: each case replaces one input file
 * ({@code target}) of a frozen copy of the first article (src/test/resources/first-article/) with {@code content} and says what the build must print ({@code expected}), or "OK"
 * for awkward inputs that are valid (a byte order mark, CRLF, a newline inside a quoted cell).
 */
class BadInputCatalogueTest {
    private static final Path CATALOGUE = Path.of("src/test/resources/bad-inputs");

    @TempDir
    Path root;

    @BeforeEach
    void projectWithPreviousOutputs() throws IOException {
        TestProjects.copyOfInputs(root);
        previousOutputs();
    }

    /** Stands for the outputs of a previous good build: a failed build must leave them as they are. */
    private void previousOutputs() throws IOException {
        for (String dir : new String[] {"data/clean", "charts"}) {
            if (Files.exists(root.resolve(dir))) {
                try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(root.resolve("data/clean"));
        Files.createDirectories(root.resolve("charts"));
        Files.writeString(root.resolve("data/clean/previous.csv"), "a previous good build\n");
        Files.writeString(root.resolve("charts/previous.svg"), "<svg/>\n");
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CATALOGUE)) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesAClearErrorOrBuilds(String name) throws IOException, InvalidInputException {
        Path dir = CATALOGUE.resolve(name);
        Path target = root.resolve(Files.readString(dir.resolve("target")).strip());
        Files.write(target, Files.readAllBytes(dir.resolve("content")));
        // {seeds} stands for the project's seed files as messages list them, whatever articles it holds.
        String expected = Files.readString(dir.resolve("expected"), StandardCharsets.UTF_8)
                .replace("{seeds}", SeedLoader.load(root).keySet().toString());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"build", "--root", root.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));

        if (expected.equals("OK")) {
            assertThat(code).as(err.toString()).isZero();
            assertThat(root.resolve("data/clean/previous.csv")).doesNotExist();
        } else {
            assertThat(code).isEqualTo(Main.INVALID);
            assertThat(err.toString()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
            String firstProblem = err.toString().lines().filter(l -> !l.startsWith("figures: ")).findFirst().orElse("");
            assertThat(firstProblem).matches("[^:]+(:\\d+:\\d+)?: expected .+, found .+");
            assertPreviousOutputsIntact();
        }
    }

    /** A file beyond the size limit is refused before it is read: memory stays bounded whatever its size. */
    @Test
    void refusesAFileLargerThanTheLimit() throws IOException {
        grow(root.resolve("data/checks.yml"), TextFiles.MAX_BYTES + 1);
        assertThat(buildFails()).contains("data/checks.yml: expected a file of at most 16 MiB, found 16.0 MiB");
        assertPreviousOutputsIntact();
    }

    /** The seeds together, and data/raw/ together, have limits of their own, said before anything is read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"seeds/extra.txt, 4, seeds: expected at most 4 MiB of files in all",
            "data/raw/extra.csv, 8, data/raw: expected at most 8 MiB of files in all"})
    void refusesFoldersLargerThanTheirLimits(String file, long mib, String expected) throws IOException {
        grow(root.resolve(file), mib * 1024 * 1024);
        assertThat(buildFails()).contains(expected);
        assertPreviousOutputsIntact();
    }

    /** Datasets and charts are counted before anything is drawn: their number bounds a build's time and heap. */
    @Test
    void refusesMoreDatasetsOrChartsThanTheLimits() throws IOException {
        Path raw = root.resolve("data/raw");
        for (int i = 0; i <= DatasetLoader.MAX_DATASETS; i++) {
            Files.writeString(raw.resolve("extra_" + i + ".meta.yml"), "id: extra_" + i + "\n");
        }
        assertThat(buildFails()).contains("data/raw: expected at most 1000 datasets (see README, 'Limits'), found "
                + countSpecs(raw) + " files named *.meta.yml");
        assertPreviousOutputsIntact();

        try (Stream<Path> extra = Files.list(raw)) {
            for (Path p : extra.filter(p -> p.getFileName().toString().startsWith("extra_")).toList()) {
                Files.delete(p);
            }
        }
        Path spec = raw.resolve("brest_litovsk.meta.yml");
        String text = Files.readString(spec);
        String chart = text.substring(text.indexOf("  - id: brest_litovsk"));
        StringBuilder more = new StringBuilder(text);
        for (int i = 0; i < DatasetLoader.MAX_CHARTS; i++) {
            more.append(chart.replace("id: brest_litovsk", "id: brest_litovsk_" + i));
        }
        Files.writeString(spec, more);
        assertThat(buildFails()).contains("data/raw: expected at most 1000 charts in all (see README, 'Limits'), found ");
        assertPreviousOutputsIntact();

        StringBuilder large = new StringBuilder(text);
        for (int i = 0; i <= DatasetLoader.MAX_CHART_PIXELS / (2000 * 2000); i++) {
            large.append(chart.replace("id: brest_litovsk", "id: brest_litovsk_" + i)).append("    width: 2000\n    height: 2000\n");
        }
        Files.writeString(spec, large);
        assertThat(buildFails()).contains("data/raw: expected charts of at most 2000000000 pixels in all (width times "
                + "height, see README, 'Limits'), found ");
        assertPreviousOutputsIntact();
    }

    /** A chart of more marks than anyone can tell apart is refused before it is drawn. */
    @Test
    void refusesAChartOfMoreMarksThanTheLimit() throws IOException {
        String quote = "\"the loss of 1/3 of the Russian population, 1/3 of cultivated land, 1/2 of industry and 90% of "
                + "the active coal mines\"";
        StringBuilder rows = new StringBuilder("series,period,value,quote\n");
        for (int year = 1000; year <= 3000; year++) {
            rows.append("Population,").append(year).append(",1/3,").append(quote).append('\n');
        }
        Files.writeString(root.resolve("data/raw/many.csv"), rows);
        Files.writeString(root.resolve("data/raw/many.meta.yml"), """
                id: many
                title: Many
                seed: lenin-and-trotsky-confronting-the-bureaucracy.txt
                series:
                  - {name: Population, unit: "%"}
                charts:
                  - id: many
                    type: line
                    title: Many
                    subtitle: Share
                    x: period
                """);
        assertThat(buildFails()).contains("data/raw/many.meta.yml:7:9: expected a chart of at most 2000 marks (bars, "
                + "segments, points; see README, 'Limits'), or a 'select:' of fewer series, found 2001 marks");
        assertPreviousOutputsIntact();
    }

    private static long countSpecs(Path raw) throws IOException {
        try (Stream<Path> files = Files.list(raw)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".meta.yml")).count();
        }
    }

    private static void grow(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    private String buildFails() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"build", "--root", root.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(Main.INVALID);
        return err.toString();
    }

    /** Random byte edits of a raw CSV, through the whole command: a build or a clean error, never a crash. */
    @Test
    void randomByteMutationsGiveABuildOrACleanError() throws IOException {
        Random random = new Random(20261126);
        Path csv = root.resolve("data/raw/civil_war_deaths.csv");
        byte[] original = Files.readAllBytes(csv);
        for (int i = 0; i < 12; i++) {
            previousOutputs();
            byte[] mutated = original.clone();
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            Files.write(csv, mutated);
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[] {"build", "--root", root.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertThat(code).as(err.toString()).isIn(Main.OK, Main.INVALID);
            assertThat(err.toString()).doesNotContain("internal error");
            if (code == Main.INVALID) {
                assertPreviousOutputsIntact();
            }
        }
    }

    private void assertPreviousOutputsIntact() throws IOException {
        assertThat(Files.readString(root.resolve("data/clean/previous.csv"))).isEqualTo("a previous good build\n");
        assertThat(Files.readString(root.resolve("charts/previous.svg"))).isEqualTo("<svg/>\n");
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".figures-tmp-"));
        }
    }
}
