package figures.clean;

import figures.parse.Magnitude;
import figures.parse.Period;
import figures.parse.Qualifier;
import figures.parse.WrittenNumber;
import java.util.List;
import java.util.OptionalDouble;
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
            "series", "period", "period_start", "period_end", "group", "value", "unit", "qualifier", "bound",
            "share_percent", "part", "whole", "certainty", "written", "note", "seed", "line", "column", "quote");

    private TidyTable() {
    }

    public static Table of(String name, List<CleanRow> rows) {
        StringColumn series = StringColumn.create("series");
        StringColumn period = StringColumn.create("period");
        IntColumn start = IntColumn.create("period_start");
        IntColumn end = IntColumn.create("period_end");
        StringColumn group = StringColumn.create("group");
        DoubleColumn value = DoubleColumn.create("value");
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
                value.append(n.magnitude().value());
                qualifier.append(n.qualifier().words());
                bound.append(n.qualifier().bound().label());
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
                qualifier.append(Qualifier.NONE.words());
                bound.append("");
                share.appendMissing();
                part.appendMissing();
                whole.appendMissing();
                written.append("");
            }
        }
        return Table.create(name, series, period, start, end, group, value, unit, qualifier, bound, share, part,
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
