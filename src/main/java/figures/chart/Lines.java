package figures.chart;

import figures.clean.Certainty;
import figures.parse.Period;
import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Lines over time. Periods sit at their midpoint on a year axis ("1920-21" halfway between 1920 and
 * 1921); a missing value breaks the line; an ambiguous one is a hollow point. Small multiples give each
 * series its own panel and scale.
 */
final class Lines {
    /** Room above each panel's highest point for its label and the panel's title. */
    private static final double PANEL_HEADROOM = 1.55;

    private Lines() {
    }

    static JFreeChart chart(ChartSpec spec, ChartData data, SourceInfo source) {
        NumberAxis years = yearAxis(data.points());
        List<String> groups = ChartData.distinct(data.points(), Point::by);
        Plot plot;
        if (spec.type().panels()) {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(years);
            combined.setGap(Theme.PANEL_GAP);
            for (int i = 0; i < groups.size(); i++) {
                String group = groups.get(i);
                List<Point> points = data.points().stream().filter(p -> p.by().equals(group)).toList();
                XYPlot panel = plot(spec, List.of(group), points, data, null, i);
                TextTitle title = new TextTitle(group, Theme.PANEL_TITLE);
                title.setPaint(Theme.TEXT);
                panel.addAnnotation(new XYTitleAnnotation(0.005, 0.995, title, RectangleAnchor.TOP_LEFT));
                combined.add(panel, 1);
            }
            combined.setBackgroundPaint(Theme.BACKGROUND);
            combined.setOutlineVisible(false);
            plot = combined;
        } else {
            XYPlot lines = plot(spec, groups, data.points(), data, years, 0);
            if (groups.size() > 1) {
                labelLineEnds(lines, groups, data.points(), spec);
            }
            plot = lines;
        }
        return Frame.around(plot, spec, data, source, false);
    }

    /**
     * Names each line at its last point, in its colour, instead of a legend the eye must go back and forth
     * to; the year axis is widened by the longest name's measured width so no name is clipped.
     */
    private static void labelLineEnds(XYPlot plot, List<String> groups, List<Point> points, ChartSpec spec) {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(Theme.LEGEND);
        List<Point> ends = new ArrayList<>();
        for (String group : groups) {
            points.stream().filter(p -> p.by().equals(group) && p.value().isPresent()).reduce((a, b) -> b)
                    .ifPresent(ends::add);
        }
        Function<Point, String> text = p -> "  " + p.by() + " " + p.label();
        int longest = ends.stream().map(text).mapToInt(metrics::stringWidth).max().orElse(0) + 8;
        double plotWidth = spec.width() - 2.0 * Theme.MARGIN - Theme.VALUE_AXIS_WIDTH;
        Range range = plot.getDomainAxis().getRange();
        double extra = range.getLength() * longest / Math.max(plotWidth - longest, 1);
        plot.getDomainAxis().setRange(range.getLowerBound(), range.getUpperBound() + extra);

        // Labels are placed on the value axis's own scale (log or linear), at least a line of text apart.
        boolean log = plot.getRangeAxis() instanceof LogAxis;
        DoubleUnaryOperator toAxis = v -> log ? Math.log10(v) : v;
        DoubleUnaryOperator fromAxis = t -> log ? Math.pow(10, t) : t;
        Range values = plot.getRangeAxis().getRange();
        double span = toAxis.applyAsDouble(values.getUpperBound()) - toAxis.applyAsDouble(values.getLowerBound());
        double plotHeight = spec.height() - Theme.FRAME_HEIGHT;
        double gap = span * (metrics.getHeight() + 1) / Math.max(plotHeight, 1);
        List<Point> byHeight = ends.stream()
                .sorted(Comparator.comparingDouble(p -> p.value().getAsDouble())).toList();
        double previous = Double.NEGATIVE_INFINITY;
        for (Point end : byHeight) {
            double at = Math.max(toAxis.applyAsDouble(end.value().getAsDouble()), previous + gap);
            previous = at;
            XYTextAnnotation name = new XYTextAnnotation(
                    text.apply(end), x(end), fromAxis.applyAsDouble(at));
            name.setFont(Theme.LEGEND);
            name.setPaint(Theme.color(groups.indexOf(end.by())));
            name.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(name);
        }
    }

    /** @param all the chart, whose index of each point each drawn item's tool tip names */
    private static XYPlot plot(ChartSpec spec, List<String> groups, List<Point> points, ChartData all, NumberAxis years,
                               int colour) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        Labels labels = new Labels();
        List<List<Point>> byGroup = groups.stream()
                .map(g -> points.stream().filter(p -> p.by().equals(g)).toList()).toList();
        for (int g = 0; g < groups.size(); g++) {
            String group = groups.get(g);
            XYSeries series = new XYSeries(group, false, false);
            for (Point p : byGroup.get(g)) {
                labels.put(group, series.getItemCount(), p.label(), all.indexOf(p));
                series.add(x(p), p.value().isPresent() ? (Number) p.value().getAsDouble() : null);
            }
            dataset.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            @Override
            public boolean getItemShapeFilled(int series, int item) {
                List<Point> inGroup = byGroup.get(series);
                return item >= inGroup.size() || inGroup.get(item).row().certainty() != Certainty.AMBIGUOUS;
            }
        };
        for (int i = 0; i < groups.size(); i++) {
            renderer.setSeriesPaint(i, Theme.color(colour + i));
            renderer.setSeriesStroke(i, Theme.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-Theme.POINT_SIZE / 2, -Theme.POINT_SIZE / 2, Theme.POINT_SIZE, Theme.POINT_SIZE));
        }
        // A hollow (ambiguous) point is its outline only, in the series colour.
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(2f));
        renderer.setDefaultItemLabelGenerator(labels);
        renderer.setDefaultToolTipGenerator(labels);
        // On one axis, labels at every point of several lines crowd each other: lines are named, with
        // their last value, at their ends instead (see labelLineEnds).
        renderer.setDefaultItemLabelsVisible(spec.type().panels() || groups.size() == 1);
        renderer.setDefaultItemLabelFont(Theme.VALUE_LABEL);
        renderer.setDefaultItemLabelPaint(Theme.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(Theme.POINT_LABEL_OFFSET);
        double headroom = spec.type().panels() ? PANEL_HEADROOM : ChartFactory.LABEL_HEADROOM;
        XYPlot plot = new XYPlot(dataset, years,
                ChartFactory.valueAxis(spec.axis(), points.stream().map(Point::value).toList(), headroom), renderer);
        Theme.style(plot);
        return plot;
    }

    private static double x(Point p) {
        return p.row().period().map(Period::midpoint).orElseThrow(
                () -> new IllegalStateException("a line chart needs a period on every row: " + p.row().series()));
    }

    private static NumberAxis yearAxis(List<Point> points) {
        double first = points.stream().mapToDouble(Lines::x).min().orElse(0);
        double last = points.stream().mapToDouble(Lines::x).max().orElse(1);
        NumberAxis axis = new CappedAxis(null, Math.floor(last));
        TickUnits years = new TickUnits();
        DecimalFormat plain = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int step : new int[] {1, 2, 5, 10, 20, 50}) {
            years.add(new NumberTickUnit(step, plain));
        }
        axis.setStandardTickUnits(years);
        axis.setRange(first - 0.35, last + 0.35);
        axis.setTickLabelFont(Theme.TICK);
        axis.setTickLabelPaint(Theme.TEXT);
        axis.setAxisLinePaint(Theme.AXIS);
        axis.setTickMarksVisible(false);
        return axis;
    }
}
