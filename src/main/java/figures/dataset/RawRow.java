package figures.dataset;

import figures.source.SourcePosition;
import java.util.Map;

/**
 * One row of a raw CSV, as typed: every cell is the text as the article writes it.
 *
 * @param start     where the row starts in the CSV file
 * @param cells     column name to cell text; a column the file lacks reads as empty
 * @param positions column name to where that cell starts, for error messages
 */
public record RawRow(SourcePosition start, Map<String, String> cells, Map<String, SourcePosition> positions) {

    public RawRow {
        cells = Map.copyOf(cells);
        positions = Map.copyOf(positions);
    }

    public String cell(String column) {
        return cells.getOrDefault(column, "");
    }

    /** Where a cell starts, or where the row starts if the file has no such column. */
    public SourcePosition at(String column) {
        return positions.getOrDefault(column, start);
    }

    // Names and values are read trimmed: "1920 " is the period 1920, "Army " the series Army.
    public String series() {
        return cell(RawCsv.SERIES).strip();
    }

    public String period() {
        return cell(RawCsv.PERIOD).strip();
    }

    public String group() {
        return cell(RawCsv.GROUP).strip();
    }

    public String value() {
        return cell(RawCsv.VALUE).strip();
    }

    public String quote() {
        return cell(RawCsv.QUOTE);
    }

    /** Which occurrence of the quote the row means, as written: empty, or a whole number from 1. */
    public String occurrence() {
        return cell(RawCsv.OCCURRENCE).strip();
    }

    /** {@link #occurrence()} as a number: 1 when empty, 0 when it is not a whole number from 1 (an error). */
    public int occurrenceNumber() {
        String written = occurrence();
        return written.isEmpty() ? 1 : written.matches("[1-9]\\d{0,5}") ? Integer.parseInt(written) : 0;
    }

    public String reading() {
        return cell(RawCsv.READING).strip();
    }

    public String certainty() {
        return cell(RawCsv.CERTAINTY).strip();
    }

    public String note() {
        return cell(RawCsv.NOTE);
    }
}
