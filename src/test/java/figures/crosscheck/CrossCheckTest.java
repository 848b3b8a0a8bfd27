package figures.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import figures.TestProjects;
import figures.clean.Certainty;
import figures.clean.CleanRow;
import figures.parse.NumberParseException;
import figures.parse.NumberParser;
import figures.pipeline.Pipeline;
import figures.source.InvalidInputException;
import figures.source.SourcePosition;
import figures.spec.CheckSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of data/checks.yml, run against a copy of the real data with one rule changed at a time. */
class CrossCheckTest {
    @TempDir
    Path root;
    Path checks;

    @BeforeEach
    void copy() throws IOException {
        TestProjects.copyOfInputs(root);
        checks = root.resolve("data/checks.yml");
    }

    private String checksCsv() throws InvalidInputException {
        return new String(Pipeline.run(root).get("data/clean/checks.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void qualifiersSetTheDirection() throws InvalidInputException {
        String csv = checksCsv();
        assertThat(csv).contains("\"workers_1922_table_vs_prose\",").contains(",3.5833,5,\"within_tolerance\",")
                .contains("\"civil_war_parts_vs_total\",").contains(",-1.875,5,\"pass\",")
                .contains("\"army_table_vs_prose\",").doesNotContain("\"contradiction\"");
    }

    @Test
    void anUnexplainedContradictionFailsTheBuildNamingTheRule() throws IOException {
        replace("tolerance: 5\n\n- id: workers_1920_21", "tolerance: 1\n\n- id: workers_1920_21");
        assertThatThrownBy(() -> Pipeline.run(root))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("data/checks.yml:23:7: expected left ≤ right (right is 'not more than'), "
                        + "or an 'explained:' reason, found left 1,243,000 = 1243000 against right "
                        + "not more than 1.2 million = 1200000");
    }

    @Test
    void anExplainedContradictionIsRecordedNotFatal() throws IOException, InvalidInputException {
        replace("tolerance: 5\n\n- id: workers_1920_21",
                "tolerance: 1\n  explained: the prose rounds down\n\n- id: workers_1920_21");
        assertThat(checksCsv()).contains(",\"contradiction\",\"the prose rounds down\"");
    }

    @Test
    void aReferenceToNoRowIsAnError() throws IOException {
        replace("series: Army, period: 1920-21}", "series: Navy, period: 1920-21}");
        assertThatThrownBy(() -> Pipeline.run(root))
                .hasMessageContaining("data/checks.yml:35:7: expected a dataset row with a value for "
                        + "social_composition: Navy 1920-21, found none");
    }

    private void replace(String from, String to) throws IOException {
        String text = Files.readString(checks);
        assertThat(text).contains(from);
        Files.writeString(checks, text.replace(from, to));
    }

    /** A rule may multiply, divide or subtract: "the average of these four years, times four, is their total". */
    @ParameterizedTest(name = "{0} {1} x{2} against {3}")
    @CsvSource(delimiter = '|', textBlock = """
            958,895       | sum        | 4 | 3,835,580 | pass     | 958,895 × 4
            722,023;356,776 | sum      | 1 | 1,078,799 | pass     | 722,023 + 356,776
            1,078,799;722,023 | difference | 1 | 356,776 | pass   | 1,078,799 − 722,023
            12;20         | product    | 1 | 240       | pass     | 12 × 20
            240;12        | quotient   | 1 | 21        | contradiction | 240 ÷ 12
            """)
    void combinesTheLeftAsTheRuleSays(String left, String operation, double factor, String right, String status,
                                      String written) throws NumberParseException {
        List<CleanRow> rows = new ArrayList<>();
        List<CheckSpec.Ref> refs = new ArrayList<>();
        for (String value : left.split(";")) {
            rows.add(row(value));
            refs.add(new CheckSpec.Ref("d", "S", null, null, null));
        }
        CheckSpec spec = new CheckSpec("r", null, refs, CheckSpec.Relation.CONSISTENT, new CheckSpec.Ref("d", "T", null, null, null),
                0.0, null, CheckSpec.Operation.valueOf(operation.toUpperCase(Locale.ROOT)), factor);

        CheckResult result = CrossCheck.evaluate(spec, rows, row(right));

        assertThat(result.status().label()).isEqualTo(status);
        assertThat(result.leftWritten()).isEqualTo(written);
    }

    private static CleanRow row(String written) throws NumberParseException {
        return new CleanRow("S", Optional.empty(), "", Optional.of(NumberParser.parse(written)), "pounds", Certainty.CERTAIN,
                "", written, new SourcePosition("a.txt", 1, 1));
    }
}
