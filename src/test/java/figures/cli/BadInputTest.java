package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Breaks one input of a built project and runs the build again: the user gets the file, line and
 * column, exit code 1, no stack trace, and the outputs of the last good build are left as they were.
 */
class BadInputTest {
    @TempDir
    Path root;
    Map<String, byte[]> before;

    @BeforeEach
    void buildAGoodProject() throws IOException {
        TestProjects.copyOfInputs(root);
        assertThat(run("build").code()).isZero();
        before = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ragged row        | data/raw/brest_litovsk.csv      | Industry,1/2,         | Industry,1/2,extra,   | data/raw/brest_litovsk.csv:4:1: expected 3 cells (series,value,quote), found 4 cells
            unparseable value | data/raw/brest_litovsk.csv      | Industry,1/2,         | Industry,one half-ish, | data/raw/brest_litovsk.csv:4:10: expected a number as an article writes it
            unknown series    | data/raw/brest_litovsk.csv      | Industry,1/2,         | Industri,1/2,         | data/raw/brest_litovsk.csv:4:1: expected one of the series in data/raw/brest_litovsk.meta.yml
            quote not in seed | data/raw/war_communism.csv      | absorbed 50%          | absorbed 55%          | data/raw/war_communism.csv:2:32: expected a passage found verbatim in seeds/
            value not in quote| data/raw/war_communism.csv      | Sugar,1920,60%        | Sugar,1920,65%        | data/raw/war_communism.csv:3:12: expected the value exactly as its quote writes it, found '65%'
            missing column    | data/raw/industrial_index.meta.yml | x: period          | x: year               | data/raw/industrial_index.meta.yml:15:8: expected a column of the clean table [series, period, group], found 'year'
            unknown chart type| data/raw/brest_litovsk.meta.yml | type: hbar            | type: donut           | data/raw/brest_litovsk.meta.yml:16:11: expected one of hbar, column, stacked_hbar, stacked_column, small_multiples, line, found 'donut'
            """)
    void reportsWhereAndLeavesOutputsIntact(String name, String file, String from, String to, String message)
            throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the test's own setup").contains(from);
        Files.writeString(path, text.replaceFirst(Pattern.quote(from), to));

        Result result = run("build");

        assertThat(result.code()).isEqualTo(Main.INVALID);
        assertThat(result.err()).contains(message).contains("nothing was written").doesNotContain("\tat ");
        Map<String, byte[]> after = snapshot();
        assertThat(after).as("outputs after a failed build").containsOnlyKeys(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    }

    @ParameterizedTest
    @CsvSource({"--no-such-option", "frobnicate"})
    void aUsageErrorExitsWithTwo(String arg) {
        assertThat(run(arg).code()).isEqualTo(Main.USAGE);
    }

    record Result(int code, String out, String err) {
    }

    private Result run(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {command, "--root", root.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String dir : new String[] {"data/clean", "charts"}) {
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
