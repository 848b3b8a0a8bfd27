package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import figures.ChildProcess;
import figures.TestProjects;
import figures.pipeline.Pipeline;
import figures.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build command tells people and scripts. */
class BuildCommandTest {
    @TempDir
    Path root;

    @BeforeEach
    void copy() throws Exception {
        TestProjects.copyOfInputs(root);
    }

    private String[] run(String... flags) {
        String[] args = Stream.concat(Stream.of("build", "--root", root.toString()),
                Arrays.stream(flags)).toArray(String[]::new);
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new String[] {r.out(), r.err()};
    }

    /** How many files a build of this project makes: counted by a build in memory, not known by heart. */
    private int outputs() {
        try {
            return Pipeline.run(root).size();
        } catch (InvalidInputException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withoutATerminalPrintsAPlainLinePerStage() {
        String[] printed = run();
        assertThat(printed[1].lines().map(l -> l.replaceAll(" \\d+ ms$", ""))).containsExactly(
                "figures: read done in", "figures: clean done in", "figures: tables done in", "figures: charts done in");
        assertThat(printed[1]).doesNotContain("\r");
        assertThat(printed[0]).startsWith("figures: wrote " + outputs() + " files");
    }

    @Test
    void saysHowManyOfTheFilesItWroteAreNewOrChanged() throws Exception {
        run("--quiet");
        Files.writeString(root.resolve("data/clean/brest_litovsk.csv"), "edited by hand");
        Files.delete(root.resolve("charts/brest_litovsk.svg"));

        assertThat(run()[0]).startsWith("figures: wrote " + outputs() + " files to data/clean and charts (2 new or changed) in ");
        assertThat(run("--force")[0]).startsWith("figures: nothing changed in " + outputs() + " files to data/clean and charts in ");
    }

    @Test
    void quietPrintsNothingAndJsonOnlyJson() {
        assertThat(run("--quiet", "--force")).containsOnly("");
        String[] json = run("--json", "--force");
        assertThat(json[0]).startsWith("{\"files\":").endsWith("}\n");
        assertThat(json[1]).isEmpty();
    }

    @Test
    void aFileTheBuildDoesNotMakeIsRemovedAndSaidSo() throws Exception {
        run("--quiet");
        Files.writeString(root.resolve("charts/notes.md"), "a person's notes");
        assertThat(run()[1]).contains("figures: removed charts/notes.md, which this build does not make\n");
        assertThat(root.resolve("charts/notes.md")).doesNotExist();
    }

    @Test
    void aHiddenFileInTheOutputsIsNoStaleOutput() throws Exception {
        run("--quiet");
        Files.writeString(root.resolve("charts/.DS_Store"), "a file manager's");
        Files.writeString(root.resolve("charts/notes.md"), "a person's notes");
        CliRun check = CliRun.of("check", "--root", root.toString());
        assertThat(check.code()).isEqualTo(Main.INVALID);
        assertThat(check.err()).contains("extra:   charts/notes.md").doesNotContain(".DS_Store");
    }

    @Test
    void anUnknownIdForOnlyIsAUsageErrorSaidBeforeAnythingIsCleanedAndWritesNothing() {
        CliRun r = CliRun.of("build", "--root", root.toString(), "--only", "war_comunism");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--only: expected dataset ids, chart ids or seed file names among [", "brest_litovsk, ",
                "found unknown [war_comunism]")
                .doesNotContain("clean done");
        assertThat(root.resolve("charts")).doesNotExist();
    }

    @Test
    void printsAsciiDigitsWhateverTheDefaultLocale() throws Exception {
        // Arabic (Egypt) formats numbers with Arabic-Indic digits: a JSON summary "millis":٣٣ is no JSON,
        // and seeds/x.txt:١٢:٣ is no position an editor can jump to.
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        try {
            String[] first = run();
            String[] noOp = run("--json");
            String audit = CliRun.of("audit", "--root", root.toString()).out();
            assertThat(String.join("", first) + String.join("", noOp) + audit).doesNotContainPattern("[\\u0660-\\u0669]");
            assertThat(new ObjectMapper().readTree(noOp[0]).get("millis").isNumber()).isTrue();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aTemporaryDirectoryJavaCannotWriteIsSaidAsSuchAndWritesNothing() throws Exception {
        // Java copies fonts it reads from a stream (the bundled ones) into java.io.tmpdir first; a locked-down
        // container may have none. That is the machine's setup, not an internal error.
        String tmp = root.resolve("no-such-directory").toString();
        ChildProcess.Result r = ChildProcess.java(List.of("-Djava.io.tmpdir=" + tmp), "build", "--quiet", "--root", root.toString());
        assertThat(r.code()).as(r.output()).isEqualTo(Main.INVALID);
        assertThat(r.output()).contains("figures: could not read or write files: could not load the bundled font",
                "java.io.tmpdir = " + tmp).doesNotContain("internal error", "\tat ");
        assertThat(root.resolve("charts")).doesNotExist();
    }

    @Test
    void runningOutOfMemorySaysHowToGiveMoreAndWritesNothing() throws Exception {
        // 32 MiB: start-up (Tablesaw's class-path scan over this test's 60-odd jars included) fits with room
        // to spare, and the largest chart's 60 MB of canvases do not; the usual charts, on one thread, would
        // fit. With 16, the heap sometimes ran out inside that scan, whose own error handling then hung
        // (ClassGraph; see the README's Performance).
        TestProjects.withTheLargestChart(root);
        ChildProcess.Result r = ChildProcess.java(List.of("-Xmx32m"), "build", "--quiet", "--root", root.toString());
        assertThat(r.code()).as(r.output()).isEqualTo(Main.INVALID);
        assertThat(r.output()).contains(Main.OUT_OF_MEMORY).doesNotContain("Exception", "\tat ");
        assertThat(root.resolve("charts")).doesNotExist();
    }
}
