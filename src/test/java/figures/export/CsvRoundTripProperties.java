package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.source.SpreadsheetText;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.Assertions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What {@link CsvExport} writes, an RFC 4180 reader reads back: text (neutralised) and numbers (to 4 places). */
class CsvRoundTripProperties {

    @Property(tries = 300)
    void writeThenReadGivesTheTableBack(@ForAll @Size(min = 1, max = 8) List<@StringLength(max = 20) String> texts,
                                        @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = -1e9, max = 1e9) Double> numbers)
            throws IOException {
        int rows = Math.min(texts.size(), numbers.size());
        StringColumn text = StringColumn.create("text", texts.subList(0, rows));
        DoubleColumn number = DoubleColumn.create("number", numbers.subList(0, rows).stream().mapToDouble(d -> d).toArray());
        String csv = CsvExport.write(Table.create("t", text, number));
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(rows);
            for (int i = 0; i < rows; i++) {
                assertThat(records.get(i).get("text")).isEqualTo(SpreadsheetText.neutralised(text.get(i)));
                assertThat(Double.parseDouble(records.get(i).get("number")))
                        .isCloseTo(number.get(i), Assertions.within(0.00005));
            }
        }
    }
}
