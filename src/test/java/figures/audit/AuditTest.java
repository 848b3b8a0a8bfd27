package figures.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import figures.dataset.Dataset;
import figures.dataset.RawCsv;
import figures.source.InvalidInputException;
import figures.source.Seed;
import figures.spec.DatasetSpec;
import figures.spec.SeriesSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditTest {
    private static final Seed SEED = new Seed("a.txt", """
            2. Numbers
            In 1917 there were 3,024,000 workers; two-thirds voted, 90% agreed and 1/3 left.
            On December 5, 1923 the 10th Congress met [7] and hundreds left. It took 60 years.
            """);

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({"1917, YEAR", "'3,024,000', NUMBER", "two-thirds, WORDS", "90%, NUMBER", "1/3, FRACTION",
            "10th, ORDINAL", "7, FOOTNOTE", "hundreds, WORDS", "60, NUMBER", "2, NUMBER", "1923, YEAR", "5, NUMBER"})
    void findsEveryKindOfMention(String text, Mention.Kind kind) {
        assertThat(MentionScanner.scan(SEED)).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.kind()).isEqualTo(kind);
        });
    }

    @Test
    void saysWhereAMentionIs() {
        Mention m = MentionScanner.scan(SEED).stream().filter(x -> x.text().equals("3,024,000")).findFirst().orElseThrow();
        assertThat(m.at().line()).isEqualTo(2);
        assertThat(m.at().column()).isEqualTo(20);
    }

    @Test
    void accountsForEachMentionAsCapturedWaivedOrUnaccounted() throws InvalidInputException {
        DatasetSpec spec = new DatasetSpec("workers", "W", "", "a.txt", List.of(),
                List.of(new SeriesSpec("Workers", "people", "")), null, List.of());
        Dataset workers = new Dataset(spec, "w.meta.yml", "w.csv", RawCsv.parse("w.csv",
                "series,period,value,quote\nWorkers,1917,\"3,024,000\",\"In 1917 there were 3,024,000 workers\"\n"), "");
        List<Waiver> waivers = WaiverReader.parse("w.csv", """
                kind,text,before,after,lines,reason
                footnote,,,,,a note marker
                number,60,,\\s*years,,a duration
                year,,,,3,a date
                """);
        Map<String, AuditRow.Status> status = new HashMap<>();
        Map<String, String> by = new HashMap<>();
        for (AuditRow r : Audit.run(Map.of("a.txt", SEED), List.of(workers), waivers)) {
            status.put(r.mention().text(), r.status());
            by.put(r.mention().text(), r.by());
        }
        assertThat(status).containsEntry("3,024,000", AuditRow.Status.CAPTURED)
                .containsEntry("1917", AuditRow.Status.CAPTURED)
                .containsEntry("7", AuditRow.Status.WAIVED)
                .containsEntry("60", AuditRow.Status.WAIVED)
                .containsEntry("1923", AuditRow.Status.WAIVED)
                .containsEntry("two-thirds", AuditRow.Status.UNACCOUNTED)
                .containsEntry("90%", AuditRow.Status.UNACCOUNTED);
        assertThat(by).containsEntry("3,024,000", "workers").containsEntry("60", "a duration");
    }

    /** A waiver that waives nothing is reported with its line, even when a rule above it waives its mentions. */
    @Test
    void reportsTheWaiversThatWaiveNothing() throws InvalidInputException {
        List<Waiver> waivers = WaiverReader.parse("w.csv", """
                kind,text,before,after,lines,reason
                footnote,,,,,a note marker
                number,99,,,,a number the text does not have
                year,,,,,a date
                year,1923,,,,the same date again
                """);
        Audit.Report report = Audit.report(Map.of("a.txt", SEED), List.of(), waivers);
        assertThat(report.unusedWaivers()).extracting(w -> w.at().line() + " " + w.reason())
                .containsExactly("3 a number the text does not have", "5 the same date again");
        assertThat(report.rows()).filteredOn(r -> r.mention().text().equals("7"))
                .singleElement().satisfies(r -> assertThat(r.waiver()).containsSame(waivers.get(0)));
    }

    @Test
    void refusesAWaiverWithoutAReasonOrWithABadPattern() {
        assertThatThrownBy(() -> WaiverReader.parse("w.csv", "kind,text,before,after,lines,reason\nyear,,,,,\nnumber,(,,,,x\n"))
                .hasMessageContaining("w.csv:2:1: expected a waiver with a known kind")
                .hasMessageContaining("found no reason")
                .hasMessageContaining("w.csv:3:1:")
                .hasMessageContaining("found the regular expression '('");
    }
}
