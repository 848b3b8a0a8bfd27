package figures.chart;

import figures.spec.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A text alternative for a chart, written from its data: what kind of chart, and every value it shows,
 * each named as the chart names it and said in words ({@link Spoken}): "Army — 1919: 3.0 million;
 * 1920-21: 5.5 million". A name is set apart from its value by a colon, so "the letter of the 46" and its
 * 46 do not run together.
 */
public final class AltText {
    private AltText() {
    }

    public static String of(ChartSpec spec, ChartData data) {
        String kind = switch (spec.type()) {
            case HBAR -> "Horizontal bar chart";
            case COLUMN -> "Column chart";
            case STACKED_HBAR -> "Stacked horizontal bar chart";
            case STACKED_COLUMN -> "Stacked column chart";
            case SMALL_MULTIPLES -> "Line charts, one panel per " + spec.by();
            case LINE -> "Line chart";
        };
        List<String> parts = new ArrayList<>();
        for (String group : ChartData.distinct(data.points(), p -> spec.by().isEmpty() ? "" : groupKey(spec, p))) {
            String values = data.points().stream()
                    .filter(p -> group.equals(spec.by().isEmpty() ? "" : groupKey(spec, p)))
                    .map(p -> itemKey(spec, p) + ": " + (p.value().isPresent() ? Spoken.of(p.label()) : "no value"))
                    .collect(Collectors.joining("; "));
            parts.add(group.isEmpty() ? values : group + " — " + values);
        }
        String rest = "";
        if (!spec.remainder().isEmpty()) {
            // The chart draws the complement of each share; a reader of the text deserves it too.
            rest = ". " + spec.remainder() + " — " + data.points().stream().filter(p -> p.value().isPresent())
                    .map(p -> p.x() + ": " + Spoken.of(StackedBars.remainderLabel(p, new ValueFormat(spec.axis()))))
                    .collect(Collectors.joining("; "));
        }
        return kind + ". " + spec.title() + ". " + (spec.subtitle().isEmpty() ? "" : spec.subtitle() + ". ")
                + String.join(". ", parts) + rest + ".";
    }

    /** Small multiples and lines read by series; bars read by category. */
    private static String groupKey(ChartSpec spec, Point p) {
        if (spec.type().stacked()) {
            return p.x();
        }
        return spec.type().overTime() ? p.by() : p.x();
    }

    private static String itemKey(ChartSpec spec, Point p) {
        if (spec.type().stacked()) {
            // A stacked bar's part is named as the chart names it: by its segment, not by the bar it is in.
            return StackedBars.segmentName(p);
        }
        if (spec.by().isEmpty()) {
            return p.x();
        }
        return spec.type().overTime() ? p.x() : p.by();
    }
}
