package figures.audit;

import static org.assertj.core.api.Assertions.assertThat;

import figures.dataset.Dataset;
import figures.dataset.RawCsv;
import figures.source.InvalidInputException;
import figures.source.Seed;
import figures.spec.DatasetSpec;
import figures.spec.SeriesSpec;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AuditProperties {
    private static final String SENTENCE = "In 1772 the additional tax produced 356,776 pounds and 7s. more.";

    /**
     * A number put anywhere into a quoted sentence is unaccounted: the row quoting the sentence captures only
     * its own value where it stands, however the new number's digits overlap the value's or the period's.
     */
    @Property(tries = 500)
    void aNumberInsertedIntoAQuoteIsCapturedByNoRowButTheOneWhoseValueItIs(
            @ForAll @IntRange(min = 0, max = 1_000_000) int number, @ForAll @IntRange(min = 0, max = 12) int word)
            throws InvalidInputException {
        Assume.that(number != 1772); // the row's own period, which a second occurrence in its quote may share
        String[] words = SENTENCE.split(" ");
        StringBuilder text = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= words.length; i++) {
            if (i == Math.min(word, words.length)) {
                text.append(text.length() == 0 ? "" : " ");
                start = text.length();
                text.append(number);
            }
            if (i < words.length) {
                text.append(" ").append(words[i]);
            }
        }
        String line = text.toString().strip();
        int inserted = start - (text.length() - text.toString().stripLeading().length());
        Seed seed = new Seed("a.txt", line + "\n");
        Dataset tax = dataset("Tax,1772,\"356,776\",\"" + line + "\"\n");

        List<AuditRow> rows = Audit.run(Map.of("a.txt", seed), List.of(tax), List.of());

        assertThat(rows).filteredOn(r -> r.mention().start() == inserted)
                .singleElement().satisfies(r -> assertThat(r.status()).as(line).isEqualTo(AuditRow.Status.UNACCOUNTED));
        assertThat(rows).filteredOn(r -> r.mention().text().equals("356,776"))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(AuditRow.Status.CAPTURED));
    }

    private static Dataset dataset(String rows) throws InvalidInputException {
        DatasetSpec spec = new DatasetSpec("tax", "T", "", "a.txt", List.of(),
                List.of(new SeriesSpec("Tax", "pounds", "")), null, List.of());
        return new Dataset(spec, "t.meta.yml", "t.csv", RawCsv.parse("t.csv", "series,period,value,quote\n" + rows), "");
    }
}
