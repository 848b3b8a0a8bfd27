package figures.clean;

import figures.parse.Magnitude;
import figures.parse.Period;
import figures.spec.SeriesSpec;
import figures.spec.WideSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The spreadsheet shape of a table-like dataset: e.g. years down, categories across. Empty where the
 * text gives no value; a last column names the cells whose reading is ambiguous.
 */
public final class WideTable {
    public static final String UNCERTAIN = "ambiguous_cells";

    private WideTable() {
    }

    public static Table of(String name, List<CleanRow> rows, WideSpec spec) {
        Function<CleanRow, String> rowKey = CleanRow.layout(spec.rows());
        Function<CleanRow, String> columnKey = CleanRow.layout(spec.columns());
        Set<String> columnNames = new LinkedHashSet<>();
        Map<String, Map<String, CleanRow>> cells = new LinkedHashMap<>();
        Map<String, Optional<Period>> periods = new LinkedHashMap<>();
        for (CleanRow row : rows) {
            columnNames.add(columnKey.apply(row));
            cells.computeIfAbsent(rowKey.apply(row), k -> new LinkedHashMap<>()).put(columnKey.apply(row), row);
            periods.putIfAbsent(rowKey.apply(row), row.period());
        }
        List<Column<?>> columns = new ArrayList<>();
        StringColumn keys = StringColumn.create(spec.rows(), cells.keySet());
        columns.add(keys);
        if (spec.rows().equals("period")) {
            IntColumn start = IntColumn.create("period_start");
            IntColumn end = IntColumn.create("period_end");
            for (Optional<Period> p : periods.values()) {
                p.ifPresentOrElse(x -> start.append(x.start()), start::appendMissing);
                p.ifPresentOrElse(x -> end.append(x.end()), end::appendMissing);
            }
            columns.add(start);
            columns.add(end);
        }
        for (String columnName : columnNames) {
            DoubleColumn values = DoubleColumn.create(columnName);
            for (Map<String, CleanRow> line : cells.values()) {
                CleanRow cell = line.get(columnName);
                if (cell == null || cell.isMissing() || cell.number().get().magnitude() instanceof Magnitude.Range) {
                    values.appendMissing();
                } else {
                    values.append(cell.number().get().magnitude().value());
                }
            }
            columns.add(values);
        }
        StringColumn uncertain = StringColumn.create(UNCERTAIN);
        for (Map<String, CleanRow> line : cells.values()) {
            uncertain.append(String.join("; ", line.values().stream()
                    .filter(c -> c.certainty() == Certainty.AMBIGUOUS)
                    .map(columnKey).toList()));
        }
        columns.add(uncertain);
        return Table.create(name + ".wide", columns.toArray(Column<?>[]::new));
    }

    /**
     * What each column of a wide table means, for the data package: a value column by its series, with
     * the unit, since a wide table has no unit column.
     */
    public static Map<String, String> descriptions(Table wide, WideSpec spec, List<SeriesSpec> series) {
        Map<String, SeriesSpec> byName = new LinkedHashMap<>();
        series.forEach(s -> byName.put(s.name(), s));
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String column : wide.columnNames()) {
            SeriesSpec s = spec.columns().equals("series") ? byName.get(column) : null;
            if (column.equals(UNCERTAIN)) {
                descriptions.put(column, "The cells of this row whose reading is ambiguous, separated by '; ' "
                        + "(see the tidy table's certainty and note); empty if none");
            } else if (column.equals(spec.rows()) || List.of("period_start", "period_end").contains(column)) {
                descriptions.put(column, TidyTable.DESCRIPTIONS.get(column));
            } else {
                String what = s == null ? "The value for " + spec.columns() + " " + column
                        : (s.description().isBlank() ? s.name() : s.description().replaceAll("\\.$", ""))
                        + ", in " + s.unit();
                descriptions.put(column, what + "; empty where the text gives none, never zero");
            }
        }
        return descriptions;
    }
}
