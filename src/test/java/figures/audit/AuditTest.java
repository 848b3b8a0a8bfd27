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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
                seed,kind,text,before,after,lines,reason
                a.txt,footnote,,,,,a note marker
                a.txt,number,60,,\\s*years,,a duration
                *,year,,,,3,a date
                """, Set.of("a.txt"));
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
                seed,kind,text,before,after,lines,reason
                a.txt,footnote,,,,,a note marker
                a.txt,number,99,,,,a number the text does not have
                a.txt,year,,,,,a date
                a.txt,year,1923,,,,the same date again
                """, Set.of("a.txt"));
        Audit.Report report = Audit.report(Map.of("a.txt", SEED), List.of(), waivers);
        assertThat(report.unusedWaivers()).extracting(w -> w.at().line() + " " + w.reason())
                .containsExactly("3 a number the text does not have", "5 the same date again");
        assertThat(report.rows()).filteredOn(r -> r.mention().text().equals("7"))
                .singleElement().satisfies(r -> assertThat(r.waiver()).containsSame(waivers.get(0)));
    }

    @Test
    void aRuleForOneSeedNeverWaivesAMentionOfAnother() throws InvalidInputException {
        Seed other = new Seed("b.txt", "Two barrels of porter and two-thirds of the malt.\n");
        List<Waiver> waivers = WaiverReader.parse("w.csv", """
                seed,kind,text,before,after,lines,reason
                a.txt,words,two-thirds,,,,a share the first text gives in passing
                *,words,(?i)two,,,,a small count anywhere
                """, Set.of("a.txt", "b.txt"));

        Map<String, AuditRow.Status> status = new HashMap<>();
        Audit.run(Map.of("a.txt", SEED, "b.txt", other), List.of(), waivers)
                .forEach(r -> status.put(r.seed() + " " + r.mention().text(), r.status()));

        assertThat(status).containsEntry("a.txt two-thirds", AuditRow.Status.WAIVED)
                .containsEntry("b.txt two-thirds", AuditRow.Status.UNACCOUNTED)
                .containsEntry("b.txt Two", AuditRow.Status.WAIVED);
    }

    @Test
    void theSummaryCountsEachSeedOnItsOwnThenAll() throws InvalidInputException {
        Seed other = new Seed("b.txt", "Two barrels in 1774.\n");
        String summary = AuditTable.summary(Audit.run(Map.of("a.txt", SEED, "b.txt", other), List.of(), List.of()));

        assertThat(summary).contains("seeds/a.txt\nkind ", "seeds/b.txt\nkind ")
                .containsPattern("seeds/b.txt\\n(.*\\n)*all +0 +0 +2\\n")
                .endsWith("(2 seeds)\n").containsPattern("in total +0 +0 +" + (MentionScanner.scan(SEED).size() + 2));
    }

    /** A rule whose pattern backtracks without end is named, quickly, instead of running for minutes. */
    @Test
    @Timeout(60)
    void aRuleThatBacktracksWithoutEndIsNamedWithItsLine() throws InvalidInputException {
        Seed seed = new Seed("a.txt", "aaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaa 7 barrels\n");
        List<Waiver> waivers = WaiverReader.parse("w.csv", """
                seed,kind,text,before,after,lines,reason
                *,number,,(\\w+\\s?)*\\1X,,,a rule that never decides
                """, Set.of("a.txt"));

        assertThatThrownBy(() -> Audit.run(Map.of("a.txt", seed), List.of(), waivers))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("w.csv:2:1: expected a rule whose patterns decide within 1000000 steps (no nested repetition "
                        + "such as (\\w+\\s?)*), found one that did not, on '7' at seeds/a.txt:1:42");
    }

    @Test
    void aRuleNamingASeedThatIsNotThereIsALocatedError() {
        assertThatThrownBy(() -> WaiverReader.parse("w.csv", "seed,kind,text,before,after,lines,reason\n"
                + "*,footnote,,,,,a marker\nc.txt,year,,,,,a date\n,year,,,,,a date\n", Set.of("a.txt", "b.txt")))
                .hasMessageContaining("w.csv:3:1: expected the name of a file in seeds/ [a.txt, b.txt], or * for every"
                        + " seed, found 'c.txt'")
                .hasMessageContaining("w.csv:4:1: expected the name of a file in seeds/ [a.txt, b.txt], or * for every"
                        + " seed, found none");
    }

    @ParameterizedTest(name = "a row whose value is {1} captures {2} in ''{0}'': {3}")
    @CsvSource({
            "'The additional 356,776 7 9 3/4', '356,776', '356,776', true",
            "'The additional 356,776 7 9 3/4', '356,776', 7, false",
            "'In 1774, 17 brewers paid', 17, 17, true",
            "'In 1774, 17 brewers paid', 1774, 17, false",
            "'nearly 8 million people', nearly 8 million, 8 million, true",
            "'in 250,000 copies, 250 of them', 250, '250,000', false"})
    void aRowCapturesOnlyTheMentionsInsideItsValueWhereItStands(String sentence, String value, String mention,
                                                                boolean captured) throws InvalidInputException {
        Seed seed = new Seed("a.txt", sentence + "\n");
        Dataset d = new Dataset(new DatasetSpec("d", "D", "", "a.txt", List.of(), List.of(new SeriesSpec("S", "u", "")),
                null, List.of()), "d.meta.yml", "d.csv", RawCsv.parse("d.csv",
                "series,value,quote\nS,\"" + value + "\",\"" + sentence + "\"\n"), "");

        List<AuditRow> rows = Audit.run(Map.of("a.txt", seed), List.of(d), List.of());

        assertThat(rows).filteredOn(r -> r.mention().text().equals(mention)).first()
                .satisfies(r -> assertThat(r.status() == AuditRow.Status.CAPTURED).isEqualTo(captured));
    }

    @Test
    void refusesAWaiverWithoutAReasonOrWithABadPattern() {
        assertThatThrownBy(() -> WaiverReader.parse("w.csv",
                "seed,kind,text,before,after,lines,reason\na.txt,year,,,,,\na.txt,number,(,,,,x\n", Set.of("a.txt")))
                .hasMessageContaining("w.csv:2:1: expected a waiver with a known kind")
                .hasMessageContaining("found no reason")
                .hasMessageContaining("w.csv:3:1:")
                .hasMessageContaining("found the regular expression '('");
    }
}
