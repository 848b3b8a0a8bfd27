package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.audit.Extract;
import figures.dataset.RawCsv;
import figures.dataset.RawRow;
import figures.source.InvalidInputException;
import figures.source.Seed;
import figures.source.SpreadsheetText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** No CSV the tool writes holds a cell a spreadsheet would run as a formula: headers, cells, Excel copies, drafts. */
class FormulaCellProperties {

    @Property(tries = 300)
    void noTableWriterLeavesAFormula(@ForAll("texts") String header, @ForAll("columns") List<String> cells) throws IOException {
        Table table = Table.create("t", StringColumn.create(header.isEmpty() ? "x" : header, cells),
                StringColumn.create("other", cells.stream().map(c -> "ok").toList()));
        String csv = CsvExport.write(table);
        assertNoFormula(csv);
        assertNoFormula(new String(CsvExport.excel(csv), StandardCharsets.UTF_8).substring(1));
    }

    /** A draft is safe to open, and once copied into data/raw/ its cells read back as the seed writes them. */
    @Property(tries = 200)
    void extractDraftsHoldNoFormulaAndReadBackVerbatim(@ForAll("sentences") List<String> sentences)
            throws IOException, InvalidInputException {
        Seed seed = new Seed("a.txt", String.join(" ", sentences) + "\n");
        String draft = Extract.candidates(seed);
        assertNoFormula(draft);
        for (RawRow row : RawCsv.parse("draft.csv", draft)) {
            assertThat(seed.locate(row.quote())).as(row.quote()).isPresent();
        }
    }

    private static void assertNoFormula(String csv) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        for (CSVRecord r : records) {
            for (String cell : r) {
                assertThat(SpreadsheetText.startsFormula(cell)).as("cell '%s' of %s", cell, csv).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("=+-@\t\rab1 ,\"").ofMaxLength(8);
    }

    @Provide
    Arbitrary<List<String>> columns() {
        return texts().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        Arbitrary<String> start = Arbitraries.of("=", "+", "-", "@", "", "=HYPERLINK(\"x\")");
        Arbitrary<String> number = Arbitraries.integers().between(1, 99_999).map(String::valueOf);
        return Combinators.combine(start, number).as((s, n) -> s + "In the year there were " + n + " men.")
                .list().ofMinSize(1).ofMaxSize(4).map(ArrayList::new);
    }
}
