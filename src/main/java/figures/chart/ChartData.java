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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        ValueFormat format = new ValueFormat(spec.axis());
        // One precision per chart, or per panel where each panel has its own scale.
        Function<CleanRow, String> scale = spec.type().panels() ? by : r -> "";
        Map<String, List<CleanRow>> byScale = rows.stream().collect(Collectors.groupingBy(scale, LinkedHashMap::new,
                Collectors.toList()));
        Map<CleanRow, String> labels = new IdentityHashMap<>();
        for (List<CleanRow> same : byScale.values()) {
            List<String> aligned = ValueFormat.samePrecision(same.stream().map(r -> label(spec, r, format)).toList());
            for (int i = 0; i < same.size(); i++) {
                labels.put(same.get(i), aligned.get(i));
            }
        }
        List<Point> points = rows.stream()
                .map(r -> new Point(x.apply(r), by.apply(r), measure(spec, r), labels.get(r), r, low(spec, r)))
                .toList();
        return new ChartData(points, impliedNotes(spec, points));
    }

    /**
     * The index of {@code point} among {@link #points()}, found by identity: each point is its own mark,
     * and a record's deep {@code equals} would cost, cold, a method-handle bootstrap for each record type
     * it compares (about 60 classes spun in a build) and, for a chart of n marks, n² deep comparisons.
     */
    public int indexOf(Point point) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i) == point) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a point of this chart: " + point.x() + ", " + point.by());
    }

    /**
     * The first mark the chart would draw twice, as "x, by": a bar or point holds one value, and a second
     * row for it would silently replace the first (or, on a line, stop the drawing). Empty when none is.
     */
    public Optional<String> markDrawnTwice() {
        Set<List<String>> seen = new HashSet<>();
        for (Point p : points) {
            if (!seen.add(List.of(p.x(), p.by()))) {
                return Optional.of("'" + p.x() + "'" + (p.by().isEmpty() ? "" : " and '" + p.by() + "'"));
            }
        }
        return Optional.empty();
    }

    public static OptionalDouble measure(ChartSpec spec, CleanRow row) {
        if (row.number().isEmpty()) {
            return OptionalDouble.empty();
        }
        Magnitude m = row.number().get().magnitude();
        if (m instanceof Magnitude.Range r) {
            // Only bars can draw a range (from its low end to its high); elsewhere it is left out, and said.
            return drawsBars(spec) && spec.measure() == ChartSpec.Measure.VALUE ? OptionalDouble.of(r.high().value())
                    : OptionalDouble.empty();
        }
        return spec.measure() == ChartSpec.Measure.SHARE_PERCENT ? m.sharePercent() : OptionalDouble.of(m.value());
    }

    /** The low end of a range a bar chart draws; empty for anything else. */
    private static OptionalDouble low(ChartSpec spec, CleanRow row) {
        return row.number().map(WrittenNumber::magnitude).orElse(null) instanceof Magnitude.Range r && measure(spec, row).isPresent()
                ? OptionalDouble.of(r.low().value()) : OptionalDouble.empty();
    }

    /** Horizontal bars and columns: they draw a range from end to end, and say "no value" where a bar is missing. */
    static boolean drawsBars(ChartSpec spec) {
        return Bars.KINDS.contains(spec.type());
    }

    /** "≈8M", "≥93%", "19.4%", "2M?", "26–30": the value with its qualifier's mark, and '?' where ambiguous. */
    static String label(ChartSpec spec, CleanRow row, ValueFormat format) {
        OptionalDouble value = measure(spec, row);
        if (value.isEmpty()) {
            return "";
        }
        WrittenNumber n = row.number().get();
        if (n.magnitude() instanceof Magnitude.Range r) {
            String ends = format.format(r.low().value(), false, RoundingMode.HALF_EVEN)
                    + (r.alternative() ? " or " : "–") + format.format(r.high().value(), false, RoundingMode.HALF_EVEN);
            return n.mark() + ends + (row.certainty() == Certainty.AMBIGUOUS ? "?" : "");
        }
        RoundingMode rounding = switch (n.bound()) {
            case LOWER -> RoundingMode.FLOOR;
            case UPPER -> RoundingMode.CEILING;
            default -> RoundingMode.HALF_EVEN;
        };
        String text = n.mark() + format.format(value.getAsDouble(), false, rounding);
        return row.certainty() == Certainty.AMBIGUOUS ? text + "?" : text;
    }

    private static List<String> impliedNotes(ChartSpec spec, List<Point> points) {
        List<String> notes = new ArrayList<>();
        List<String> undrawn = points.stream().filter(p -> p.value().isEmpty() && p.row().number().isPresent()
                && p.row().number().get().magnitude() instanceof Magnitude.Range)
                .map(p -> p.row().series() + " " + p.row().number().get().written()).toList();
        if (!undrawn.isEmpty()) {
            notes.add("Not drawn, a range where this chart draws one number: " + String.join(", ", undrawn) + ".");
        }
        if (points.stream().anyMatch(Point::isRange)) {
            notes.add("A bar from one value to another is a range the text gives (\"between 26 and 30\"), or two "
                    + "alternatives (\"26 or 30\").");
        }
        Map<String, Set<String>> marks = new TreeMap<>();
        for (Point p : points) {
            p.row().number().filter(n -> !n.mark().isEmpty())
                    .ifPresent(n -> marks.computeIfAbsent(n.mark(), m -> new TreeSet<>()).add(n.markWords()));
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
        } else if (gaps && drawsBars(spec)) {
            notes.add("No value: " + points.stream().filter(p -> p.value().isEmpty() && p.row().number().isEmpty())
                    .map(p -> p.x() + (p.row().note().isEmpty() ? "" : " (" + p.row().note() + ")"))
                    .collect(Collectors.joining("; ")) + ".");
        }
        return notes;
    }

    /** Distinct values in first-seen order. */
    public static List<String> distinct(List<Point> points, Function<Point, String> key) {
        return List.copyOf(points.stream().map(key).collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
