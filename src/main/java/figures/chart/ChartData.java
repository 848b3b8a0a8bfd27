package figures.chart;

import figures.clean.Certainty;
import figures.clean.CleanDataset;
import figures.clean.CleanRow;
import figures.parse.Magnitude;
import figures.parse.Period;
import figures.parse.WrittenNumber;
import figures.spec.ChartSpec;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a chart draws, taken from a clean dataset: its points, and the notes the data itself implies
 * (qualifier marks, ambiguous readings, derived shares, gaps). Pure.
 */
public record ChartData(List<Point> points, List<String> notes) {

    public static ChartData of(ChartSpec spec, CleanDataset dataset) {
        Set<String> selected = new LinkedHashSet<>(spec.select());
        List<CleanRow> rows = dataset.rows().stream()
                .filter(r -> selected.isEmpty() || selected.contains(r.series()) || r.series().equals(spec.total()))
                .toList();
        if (!selected.isEmpty()) {
            // The spec's order is the reading order.
            List<String> order = new ArrayList<>(selected);
            rows = rows.stream().sorted(Comparator.comparingInt(r -> {
                int i = order.indexOf(r.series());
                return i < 0 ? order.size() : i;
            })).toList();
        }
        if (spec.x().equals("period") || spec.by().equals("period")) {
            // Time reads left to right and top to bottom, whatever order the raw file lists it in.
            rows = rows.stream().sorted(Comparator.comparingInt((CleanRow r) ->
                    r.period().map(Period::start).orElse(Integer.MAX_VALUE))
                    .thenComparingInt(r -> r.period().map(Period::end).orElse(Integer.MAX_VALUE))).toList();
        }
        Function<CleanRow, String> x = CleanRow.layout(spec.x());
        Function<CleanRow, String> by = spec.by().isEmpty() ? r -> "" : CleanRow.layout(spec.by());
        ValueFormat format = new ValueFormat(spec.axis().format());
        List<Point> points = rows.stream()
                .map(r -> new Point(x.apply(r), by.apply(r), measure(spec, r), label(spec, r, format), r))
                .toList();
        return new ChartData(points, impliedNotes(spec, points));
    }

    public static OptionalDouble measure(ChartSpec spec, CleanRow row) {
        if (row.number().isEmpty()) {
            return OptionalDouble.empty();
        }
        Magnitude m = row.number().get().magnitude();
        return spec.measure() == ChartSpec.Measure.SHARE_PERCENT ? m.sharePercent() : OptionalDouble.of(m.value());
    }

    /** "≈8M", "≥93%", "19.4%", "2M?": the value with its qualifier's mark, and '?' where the reading is ambiguous. */
    static String label(ChartSpec spec, CleanRow row, ValueFormat format) {
        OptionalDouble value = measure(spec, row);
        if (value.isEmpty()) {
            return "";
        }
        WrittenNumber n = row.number().get();
        RoundingMode rounding = switch (n.qualifier().bound()) {
            case LOWER -> RoundingMode.FLOOR;
            case UPPER -> RoundingMode.CEILING;
            default -> RoundingMode.HALF_EVEN;
        };
        String text = n.qualifier().mark() + format.format(value.getAsDouble(), false, rounding);
        return row.certainty() == Certainty.AMBIGUOUS ? text + "?" : text;
    }

    private static List<String> impliedNotes(ChartSpec spec, List<Point> points) {
        List<String> notes = new ArrayList<>();
        Map<String, Set<String>> marks = new TreeMap<>();
        for (Point p : points) {
            p.row().number().map(WrittenNumber::qualifier).filter(q -> !q.mark().isEmpty())
                    .ifPresent(q -> marks.computeIfAbsent(q.mark(), m -> new TreeSet<>()).add(q.words()));
        }
        if (!marks.isEmpty()) {
            notes.add("Marks as the text qualifies the numbers: " + marks.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("; ")) + ".");
        }
        List<String> ambiguous = points.stream()
                .filter(p -> p.row().certainty() == Certainty.AMBIGUOUS && p.value().isPresent())
                .map(p -> p.row().series() + " " + p.row().number().get().written()
                        + p.row().period().map(Period::written).map(w -> " (" + w + ")").orElse(""))
                .toList();
        if (!ambiguous.isEmpty()) {
            String how = spec.type().overTime() ? "Hollow points and '?'" : "'?'";
            notes.add(how + ": the source table is garbled and these values may belong to another column: "
                    + String.join(", ", ambiguous) + ". See the dataset's notes.");
        }
        for (Point p : points) {
            if (spec.measure() == ChartSpec.Measure.SHARE_PERCENT
                    && p.row().number().map(WrittenNumber::magnitude).orElse(null) instanceof Magnitude.Ratio r) {
                notes.add(p.row().series() + ": " + ValueFormat.decimals(r.sharePercent().getAsDouble(), 2)
                        + "% is derived from " + ValueFormat.grouped(r.part()) + " of " + ValueFormat.grouped(r.whole())
                        + ".");
            }
        }
        boolean gaps = points.stream().anyMatch(p -> p.value().isEmpty());
        if (gaps && spec.type().overTime()) {
            notes.add("Breaks in a line: the source gives no value for that period.");
        }
        return notes;
    }

    /** Distinct values in first-seen order. */
    public static List<String> distinct(List<Point> points, Function<Point, String> key) {
        return List.copyOf(points.stream().map(key).collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
