package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("build", "--root", root.toString()),
                java.util.Arrays.stream(flags)).toArray(String[]::new);
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void withoutATerminalPrintsAPlainLinePerStage() {
        String[] printed = run();
        assertThat(printed[1].lines().map(l -> l.replaceAll(" \\d+ ms$", ""))).containsExactly(
                "figures: read done in", "figures: clean done in", "figures: tables done in", "figures: charts done in");
        assertThat(printed[1]).doesNotContain("\r");
        assertThat(printed[0]).startsWith("figures: wrote 65 files");
    }

    @Test
    void quietPrintsNothingAndJsonOnlyJson() {
        assertThat(run("--quiet", "--force")).containsOnly("");
        String[] json = run("--json", "--force");
        assertThat(json[0]).startsWith("{\"files\":").endsWith("}\n");
        assertThat(json[1]).isEmpty();
    }

    @Test
    void runningOutOfMemorySaysHowToGiveMoreAndWritesNothing() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--quiet", "--root", root.toString()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(printed).isEqualTo(Main.INVALID);
        assertThat(printed).contains(Main.OUT_OF_MEMORY).doesNotContain("Exception", "\tat ");
        assertThat(root.resolve("charts")).doesNotExist();
    }
}
