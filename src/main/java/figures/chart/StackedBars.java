package figures.chart;

import figures.parse.Qualifier;
import figures.parse.WrittenNumber;
import figures.spec.ChartKind;
import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import java.awt.Color;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Part-of-whole bars: each bar's parts stacked, the whole labelled at its end. A single share gets its
 * complement drawn in grey (the spec's {@code remainder}); a whole with no parts is drawn as one grey
 * segment, since the text does not break it down.
 */
final class StackedBars {
    static final String NO_BREAKDOWN = "No breakdown given";
    private static final Map<String, String> COMPLEMENT = Map.of("<", ">", "≤", "≥", ">", "<", "≥", "≤", "≈", "≈");

    private StackedBars() {
    }

    static JFreeChart chart(ChartSpec spec, ChartData data, SourceInfo source) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Labels labels = new Labels();
        ValueFormat format = new ValueFormat(spec.axis());
        List<Point> parts = data.points().stream().filter(p -> !p.row().series().equals(spec.total())).toList();
        List<Point> totals = data.points().stream().filter(p -> p.row().series().equals(spec.total())).toList();
        double longest = 0;
        for (String x : ChartData.distinct(data.points(), Point::x)) {
            List<Point> here = parts.stream().filter(p -> p.x().equals(x) && p.value().isPresent()).toList();
            double sum = 0;
            for (Point p : here) {
                String key = legendKey(p, parts);
                dataset.addValue(p.value().getAsDouble(), key, x);
                labels.put(key, x, p.label(), data.indexOf(p));
                sum += p.value().getAsDouble();
                if (!spec.remainder().isEmpty()) {
                    double rest = 100 - p.value().getAsDouble();
                    dataset.addValue(rest, spec.remainder(), x);
                    labels.put(spec.remainder(), x, remainderLabel(p, format));
                    sum += rest;
                }
            }
            Point total = totals.stream().filter(p -> p.x().equals(x) && p.value().isPresent()).findFirst().orElse(null);
            if (here.isEmpty() && total != null) {
                dataset.addValue(total.value().getAsDouble(), NO_BREAKDOWN, x);
                labels.put(NO_BREAKDOWN, x, "", data.indexOf(total));
                sum = total.value().getAsDouble();
            }
            longest = Math.max(longest, Math.max(sum, total == null ? 0 : total.value().getAsDouble()));
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        Bars.style(renderer, labels);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        // A label that does not fit inside its segment is left out: the legend and the total still say it.
        renderer.setPositiveItemLabelPositionFallback(null);
        renderer.setMaximumBarWidth(Theme.STACKED_BAR_MAX_WIDTH);
        int colour = 0;
        for (int i = 0; i < dataset.getRowCount(); i++) {
            String key = dataset.getRowKey(i).toString();
            boolean neutral = key.equals(NO_BREAKDOWN) || key.equals(spec.remainder());
            renderer.setSeriesPaint(i, neutral ? Theme.NEUTRAL : Theme.color(colour++));
            renderer.setSeriesItemLabelPaint(i, neutral ? Theme.TEXT : Color.WHITE);
        }
        boolean horizontal = spec.type() == ChartKind.STACKED_HBAR;
        double headroom = totals.isEmpty() ? 1.0 : 1.3;
        CategoryPlot plot = new CategoryPlot(dataset, Bars.categoryAxis(horizontal),
                ChartFactory.valueAxis(spec.axis(), List.of(OptionalDouble.of(longest)), headroom), renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        Theme.style(plot);
        for (Point total : totals) {
            if (total.value().isPresent()) {
                double end = Math.max(total.value().getAsDouble(), stackedSum(dataset, total.x()));
                CategoryTextAnnotation note = new CategoryTextAnnotation((horizontal ? "  " : "") + total.label()
                        + " in all", total.x(), end);
                note.setCategoryAnchor(CategoryAnchor.MIDDLE);
                note.setTextAnchor(horizontal ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
                note.setFont(Theme.VALUE_LABEL);
                note.setPaint(Theme.TEXT);
                plot.addAnnotation(note);
            }
        }
        return Frame.around(plot, spec, data, source, true);
    }

    /**
     * "≤7.1%" for the rest of "no less than 92.95%": the rest of a lower bound is an upper bound, and the
     * reverse, each rounded its own way so the label never claims more than the text.
     */
    static String remainderLabel(Point part, ValueFormat format) {
        // The reading, not only the qualifier's words: "seldom less than" is a lower bound, its rest an upper one.
        Qualifier.Bound bound = part.row().number().map(WrittenNumber::bound).orElse(Qualifier.Bound.EXACT);
        String mark = part.row().number().map(WrittenNumber::mark).orElse("");
        RoundingMode rounding = switch (bound) {
            case LOWER -> RoundingMode.CEILING;
            case UPPER -> RoundingMode.FLOOR;
            default -> RoundingMode.HALF_EVEN;
        };
        return COMPLEMENT.getOrDefault(mark, "") + format.format(100 - part.value().getAsDouble(), false, rounding);
    }

    /**
     * A part that appears in one bar only carries its value in the legend ("War: 350K"), so a segment
     * too narrow for its label is still read.
     */
    private static String legendKey(Point p, List<Point> parts) {
        String name = segmentName(p);
        long bars = parts.stream().filter(q -> segmentName(q).equals(name)).count();
        return bars == 1 ? name + ": " + p.label() : name;
    }

    /** What a segment is called on the chart, in its legend and in the alt text: its group, or its series. */
    static String segmentName(Point p) {
        return p.by().isEmpty() ? p.row().series() : p.by();
    }

    private static double stackedSum(DefaultCategoryDataset dataset, String column) {
        double sum = 0;
        for (int row = 0; row < dataset.getRowCount(); row++) {
            Number n = dataset.getValue(dataset.getRowKey(row), column);
            sum += n == null ? 0 : n.doubleValue();
        }
        return sum;
    }
}
