package figures.clean;

import figures.parse.Period;
import figures.parse.WrittenNumber;
import figures.source.SourcePosition;
import java.util.Optional;
import java.util.function.Function;

/**
 * One observation, read and checked: the number (or its absence), what qualifies it, and the sentence
 * it comes from.
 *
 * @param series    what is measured
 * @param period    when, if the text says
 * @param group     a grouping for charts (e.g. which war), or empty
 * @param number    the number read from the text; empty where the text gives none (never zero)
 * @param unit      the series' unit
 * @param certainty how sure the reading is
 * @param note      why a value is missing or ambiguous, or how the text is read
 * @param quote     the verbatim passage
 * @param source    where the passage starts in the seed
 */
public record CleanRow(
        String series,
        Optional<Period> period,
        String group,
        Optional<WrittenNumber> number,
        String unit,
        Certainty certainty,
        String note,
        String quote,
        SourcePosition source) {

    public boolean isMissing() {
        return number.isEmpty();
    }

    /** The row's value in a layout column (series, period or group): what wide tables and charts are laid out by. */
    public static Function<CleanRow, String> layout(String column) {
        return switch (column) {
            case "series" -> CleanRow::series;
            case "period" -> r -> r.period().map(Period::written).orElse("");
            case "group" -> CleanRow::group;
            default -> throw new IllegalArgumentException("not a layout column: " + column);
        };
    }
}
