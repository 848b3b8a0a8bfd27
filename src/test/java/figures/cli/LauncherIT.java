package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.ChildProcess;
import figures.TestProjects;
import figures.dataset.RawCsv;
import figures.dataset.RawRow;
import figures.source.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/figures} and its class-data archive, which exist only after
 * {@code mvn package}: run by failsafe ({@code mvn verify}), not by {@code mvn test}.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherIT {
    private static final Path LAUNCHER = Path.of("target", "figures").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theJvmMapsTheClassDataArchive() throws Exception {
        // -Xshare:on turns "archive unusable, start slower" into a failure.
        ChildProcess.Result r = run(List.of(LAUNCHER.toString(), "--version"), "-Xshare:on");
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).startsWith("figures ");
    }

    @Test
    void aBuildInAPathWithSpacesWritesTheCommittedBytes() throws Exception {
        Path project = TestProjects.copyOfInputs(Files.createDirectories(dir.resolve("a project")));
        ChildProcess.Result r = run(List.of(LAUNCHER.toString(), "build", "--quiet", "--root", project.toString()), "");
        assertThat(r.code()).as(r.output()).isZero();
        assertWritesTheCommittedBytes(project);
    }

    @Test
    void javaOptionsFromTheEnvironmentOverrideTheLaunchersOwn() throws Exception {
        Path project = TestProjects.withTheLargestChart(TestProjects.copyOfInputs(dir));
        // 32 MiB: start-up fits, the largest chart's canvases do not; see BuildCommandTest.
        ChildProcess.Result r = run(List.of(LAUNCHER.toString(), "build", "--quiet", "--root", project.toString()), "-Xmx32m");
        assertThat(r.code()).as(r.output()).isEqualTo(Main.INVALID);
        assertThat(r.output()).contains(Main.OUT_OF_MEMORY).doesNotContain("Exception");
        assertThat(project.resolve("charts")).doesNotExist();
    }

    @Test
    void moreJobsThanTheHeapHoldsCanvasesForDrawOnFewerThreads() throws Exception {
        Path project = TestProjects.copyOfInputs(dir);
        // 12 threads with canvases for the tallest chart (11.5 MB) do not fit in 64 MiB with the build (they
        // ran out of memory before the drawing threads were bounded by the heap); 2 do.
        ChildProcess.Result r = run(List.of(LAUNCHER.toString(), "build", "--json", "--jobs", "12", "--root",
                project.toString()), "-Xmx64m");
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).containsPattern("\"jobs\":12,\"threads\":[1-9],");
        assertWritesTheCommittedBytes(project);
    }

    @Test
    void anArchiveThatDoesNotMatchTheJarIsIgnoredSilently() throws Exception {
        // Copies are newer than the archive recorded, and elsewhere: the JVM refuses the archive.
        for (String name : new String[] {"figures", "figures.jar", "figures.jsa"}) {
            Files.copy(LAUNCHER.resolveSibling(name), dir.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        dir.resolve("figures.jar").toFile().setLastModified(System.currentTimeMillis() + 60_000);
        ChildProcess.Result r = run(List.of(dir.resolve("figures").toString(), "--version"), "");
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).startsWith("figures ").doesNotContain("archive", "warning", "error");
    }

    /**
     * Under LANG=C the JVM cannot open a path with an accent, and writes each non-ASCII letter to standard
     * output as '?': the launcher runs the tool in a UTF-8 locale, and the tool writes UTF-8 whatever the locale.
     */
    @Test
    void underACLocaleAPathWithAnAccentBuildsAndQuotesKeepTheirLetters() throws Exception {
        Path project = TestProjects.copyOfInputs(dir.resolve("projét à Zürich"));
        Map<String, String> cLocale = Map.of("LANG", "C", "LC_ALL", "C", "FIGURES_JAVA_OPTS", "");

        ChildProcess.Result build = ChildProcess.run(List.of(LAUNCHER.toString(), "build", "--quiet", "--root",
                project.toString()), cLocale);
        Path seed;
        try (Stream<Path> seeds = Files.list(project.resolve("seeds"))) {
            seed = seeds.sorted().findFirst().orElseThrow();
        }
        ChildProcess.Result draft = ChildProcess.run(List.of(LAUNCHER.toString(), "extract", seed.toString()), cLocale);

        assertThat(build.code()).as(build.output()).isZero();
        assertWritesTheCommittedBytes(project);
        assertThat(draft.code()).as(draft.output()).isZero();
        Seed text = new Seed(seed.getFileName().toString(), Files.readString(seed));
        List<RawRow> rows = RawCsv.parse("draft.csv", draft.output());
        assertThat(rows).anyMatch(r -> r.quote().chars().anyMatch(c -> c > 127));
        assertThat(rows).allSatisfy(r -> assertThat(text.locate(r.quote())).as(r.quote()).isPresent());
    }

    private static void assertWritesTheCommittedBytes(Path project) throws IOException {
        List<String> written = filesUnder(project);
        assertThat(written).isEqualTo(filesUnder(Path.of("")));
        for (String file : written) {
            assertThat(Files.readAllBytes(project.resolve(file))).as(file).isEqualTo(Files.readAllBytes(Path.of(file)));
        }
    }

    private static ChildProcess.Result run(List<String> command, String javaOpts) throws IOException, InterruptedException {
        return ChildProcess.run(command, Map.of("FIGURES_JAVA_OPTS", javaOpts));
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Stream.of("data/clean", "charts").map(root::resolve).flatMap(LauncherIT::walk)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
