package figures.clean;

import figures.parse.Magnitude;
import figures.parse.Period;
import figures.parse.Qualifier;
import figures.parse.WrittenNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The long form of a dataset: one row per observation, typed columns, provenance on every row.
 * Column names are the contract with spreadsheet users and the data package; see the README.
 */
public final class TidyTable {
    public static final List<String> COLUMNS = List.of(
            "series", "period", "period_start", "period_end", "group", "value", "low", "high", "unit", "qualifier", "bound",
            "share_percent", "part", "whole", "certainty", "written", "note", "seed", "line", "column", "quote");

    /** What each column means: written into the data package and the README. */
    public static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("series", "What is measured; one of the dataset's series"),
            Map.entry("period", "When, as the text writes it: a year (1917) or a span (1920-21); empty if the text gives none"),
            Map.entry("period_start", "First year of the period"),
            Map.entry("period_end", "Last year of the period"),
            Map.entry("group", "A grouping used by charts (e.g. which war); empty if none"),
            Map.entry("value", "The number, in the series' unit: a share in percent, a ratio's part; empty when the text gives none, never zero, and for a range"),
            Map.entry("low", "For a range or two alternatives the text gives instead of one number ('between 26 and 30', 'nine or ten'): its low end, in the series' unit; empty otherwise"),
            Map.entry("high", "For a range or two alternatives: its high end, in the series' unit; empty otherwise"),
            Map.entry("unit", "The series' unit"),
            Map.entry("qualifier", "The words qualifying the number as written (nearly, not more than, ...); empty if none"),
            Map.entry("bound", "What the qualifier means: exact, approximate, upper or lower bound"),
            Map.entry("share_percent", "The share in percent, given (1/3 = 33.3333) or derived from part and whole (67 of 346)"),
            Map.entry("part", "The part of a ratio"),
            Map.entry("whole", "The whole of a ratio"),
            Map.entry("certainty", "certain, or ambiguous where the text can be read more than one way (see note)"),
            Map.entry("written", "The value exactly as the text writes it"),
            Map.entry("note", "How the text is read, why a value is missing or ambiguous"),
            Map.entry("seed", "The file in seeds/ the quote comes from"),
            Map.entry("line", "Line of the seed where the quote starts"),
            Map.entry("column", "Column of the seed where the quote starts"),
            Map.entry("quote", "The verbatim passage of the seed the value comes from"));

    private TidyTable() {
    }

    /**
     * The columns that identify a row: series, plus period and group where every row has one. Empty if
     * even those do not tell rows apart.
     */
    public static List<String> primaryKey(List<CleanRow> rows) {
        List<String> key = new ArrayList<>(List.of("series"));
        if (rows.stream().allMatch(r -> r.period().isPresent())) {
            key.add("period");
        }
        if (rows.stream().allMatch(r -> !r.group().isEmpty())) {
            key.add("group");
        }
        Set<List<String>> seen = new HashSet<>();
        for (CleanRow r : rows) {
            List<String> k = key.stream().map(c -> CleanRow.layout(c).apply(r)).toList();
            if (!seen.add(k)) {
                return List.of();
            }
        }
        return key;
    }

    public static Table of(String name, List<CleanRow> rows) {
        StringColumn series = StringColumn.create("series");
        StringColumn period = StringColumn.create("period");
        IntColumn start = IntColumn.create("period_start");
        IntColumn end = IntColumn.create("period_end");
        StringColumn group = StringColumn.create("group");
        DoubleColumn value = DoubleColumn.create("value");
        DoubleColumn low = DoubleColumn.create("low");
        DoubleColumn high = DoubleColumn.create("high");
        StringColumn unit = StringColumn.create("unit");
        StringColumn qualifier = StringColumn.create("qualifier");
        StringColumn bound = StringColumn.create("bound");
        DoubleColumn share = DoubleColumn.create("share_percent");
        LongColumn part = LongColumn.create("part");
        LongColumn whole = LongColumn.create("whole");
        StringColumn certainty = StringColumn.create("certainty");
        StringColumn written = StringColumn.create("written");
        StringColumn note = StringColumn.create("note");
        StringColumn seed = StringColumn.create("seed");
        IntColumn line = IntColumn.create("line");
        IntColumn column = IntColumn.create("column");
        StringColumn quote = StringColumn.create("quote");

        for (CleanRow row : rows) {
            series.append(row.series());
            period.append(row.period().map(Period::written).orElse(""));
            row.period().ifPresentOrElse(p -> start.append(p.start()), start::appendMissing);
            row.period().ifPresentOrElse(p -> end.append(p.end()), end::appendMissing);
            group.append(row.group());
            unit.append(row.unit());
            certainty.append(row.certainty().label());
            note.append(row.note());
            seed.append(row.source().file());
            line.append(row.source().line());
            column.append(row.source().column());
            quote.append(row.quote());
            if (row.number().isPresent()) {
                WrittenNumber n = row.number().get();
                if (n.magnitude() instanceof Magnitude.Range r) {
                    value.appendMissing(); // no midpoint is invented
                    low.append(r.low().value());
                    high.append(r.high().value());
                } else {
                    value.append(n.magnitude().value());
                    low.appendMissing();
                    high.appendMissing();
                }
                qualifier.append(n.qualifier().words());
                bound.append(n.bound().label());
                appendOrMissing(share, n.magnitude().sharePercent());
                if (n.magnitude() instanceof Magnitude.Ratio r) {
                    part.append(r.part());
                    whole.append(r.whole());
                } else {
                    part.appendMissing();
                    whole.appendMissing();
                }
                written.append(n.written());
            } else {
                // Missing stays missing: no value, no qualifier, no share. Never zero.
                value.appendMissing();
                low.appendMissing();
                high.appendMissing();
                qualifier.append(Qualifier.NONE.words());
                bound.append("");
                share.appendMissing();
                part.appendMissing();
                whole.appendMissing();
                written.append("");
            }
        }
        return Table.create(name, series, period, start, end, group, value, low, high, unit, qualifier, bound, share, part,
                whole, certainty, written, note, seed, line, column, quote);
    }

    private static void appendOrMissing(DoubleColumn column, OptionalDouble value) {
        if (value.isPresent()) {
            column.append(value.getAsDouble());
        } else {
            column.appendMissing();
        }
    }
}
