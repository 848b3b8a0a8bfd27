package figures.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvExport() {
    }

    public static String write(Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.columnNames());
            for (int row = 0; row < table.rowCount(); row++) {
                List<String> cells = new ArrayList<>(table.columnCount());
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

    static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?> numbers) {
            return number(numbers.getDouble(row));
        }
        return column.getString(row);
    }

    /** 3024000, 33.3333, 19.3642: plain decimal notation, never exponents. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
