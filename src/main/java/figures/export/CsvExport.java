package figures.export;

import figures.source.SpreadsheetText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a Tablesaw table as CSV a spreadsheet opens correctly: UTF-8, RFC 4180 quoting, '.' decimals,
 * no thousands separators, integers without ".0", empty cells for missing values, '\n' line ends.
 */
public final class CsvExport {
    /** Four decimals keep 1/3 as 33.3333 without printing binary noise like 33.333333333333336. */
    static final int DECIMALS = 4;
    /**
     * Text quoted, numbers bare (like pandas' QUOTE_NONNUMERIC): a spreadsheet that honours quotes
     * ("quoted field as text") then keeps "1/3" and "3,024,000" as the text they are.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private CsvExport() {
    }

    public static String write(Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.columnNames().stream().map(SpreadsheetText::neutralised).toList());
            for (int row = 0; row < table.rowCount(); row++) {
                List<Object> cells = new ArrayList<>(table.columnCount());
                for (Column<?> column : table.columns()) {
                    cells.add(cell(column, row));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** A number as a {@link BigDecimal} (printed bare), text as a String (quoted), missing as null (empty). */
    static Object cell(Column<?> column, int row) {
        if (column.isMissing(row) || column.getString(row).isEmpty()) {
            return null;
        }
        if (column instanceof NumericColumn<?> numbers) {
            return new BigDecimal(number(numbers.getDouble(row)));
        }
        // Numbers are never text cells here, so -5 stays -5.
        return SpreadsheetText.neutralised(column.getString(row));
    }

    /** The Excel variant of a CSV written here: UTF-8 with a byte order mark, CRLF line ends. */
    public static byte[] excel(String csv) {
        return ("\uFEFF" + csv.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    /** 3024000, 33.3333, 19.3642: plain decimal notation, never exponents. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
