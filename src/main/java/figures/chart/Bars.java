package figures.chart;

import figures.spec.ChartKind;
import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** Bars, horizontal or vertical, one per value of {@code x}; grouped and coloured by {@code by}. */
final class Bars {
    /** The kinds this class draws. */
    static final Set<ChartKind> KINDS = Set.of(ChartKind.HBAR, ChartKind.COLUMN);

    private Bars() {
    }

    static JFreeChart chart(ChartSpec spec, ChartData data, SourceInfo source) {
        boolean horizontal = spec.type() == ChartKind.HBAR;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Labels labels = new Labels();
        for (int i = 0; i < data.points().size(); i++) {
            Point p = data.points().get(i);
            String row = p.by().isEmpty() ? spec.title() : p.by();
            dataset.addValue(p.value().isPresent() ? (Number) p.value().getAsDouble() : null, row, p.x());
            labels.put(row, p.x(), p.label(), i);
        }
        boolean ranges = data.points().stream().anyMatch(Point::isRange);
        // With a range among them, every bar is an interval: from 0 to its value, or from a range's low end.
        BarRenderer renderer = ranges ? new IntervalBarRenderer() : new BarRenderer();
        style(renderer, labels);
        renderer.setDefaultPositiveItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(Theme.BAR_LABEL_OFFSET);
        renderer.setItemMargin(Theme.BAR_GAP);
        renderer.setMaximumBarWidth(horizontal ? Theme.HBAR_MAX_WIDTH : Theme.COLUMN_MAX_WIDTH);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Theme.color(i));
        }
        CategoryPlot plot = new CategoryPlot(ranges ? intervals(dataset, data, spec) : dataset, categoryAxis(horizontal),
                ChartFactory.valueAxis(spec.axis(), data.points().stream().map(Point::value).toList(),
                        ChartFactory.LABEL_HEADROOM), renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        Theme.style(plot);
        // A value the text does not give is said where its bar would be, not left a silent blank.
        for (Point p : data.points()) {
            if (p.value().isEmpty() && !p.isRange()) {
                CategoryTextAnnotation none = new CategoryTextAnnotation("no value", p.x(), 0);
                none.setFont(Theme.VALUE_LABEL);
                none.setPaint(Theme.MUTED);
                none.setTextAnchor(horizontal ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
                none.setCategoryAnchor(CategoryAnchor.MIDDLE);
                plot.addAnnotation(none);
            }
        }
        return Frame.around(plot, spec, data, source, dataset.getRowCount() > 1);
    }

    /** The same bars as intervals: each from 0 to its value, a range from its low end to its high one. */
    private static DefaultIntervalCategoryDataset intervals(DefaultCategoryDataset values, ChartData data, ChartSpec spec) {
        int rows = values.getRowCount();
        int columns = values.getColumnCount();
        Number[][] starts = new Number[rows][columns];
        Number[][] ends = new Number[rows][columns];
        for (Point p : data.points()) {
            int r = values.getRowIndex(p.by().isEmpty() ? spec.title() : p.by());
            int c = values.getColumnIndex(p.x());
            if (p.value().isPresent()) {
                ends[r][c] = p.value().getAsDouble();
                starts[r][c] = p.low().orElse(0);
            }
        }
        @SuppressWarnings("unchecked")
        List<Comparable<?>> rowKeys = values.getRowKeys();
        @SuppressWarnings("unchecked")
        List<Comparable<?>> columnKeys = values.getColumnKeys();
        return new DefaultIntervalCategoryDataset(rowKeys.toArray(Comparable[]::new), columnKeys.toArray(Comparable[]::new),
                starts, ends);
    }

    static void style(BarRenderer renderer, Labels labels) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultItemLabelGenerator(labels);
        renderer.setDefaultToolTipGenerator(labels);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Theme.VALUE_LABEL);
        renderer.setDefaultItemLabelPaint(Theme.TEXT);
    }

    static CategoryAxis categoryAxis(boolean horizontal) {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(Theme.TICK);
        axis.setTickLabelPaint(Theme.TEXT);
        axis.setAxisLinePaint(Theme.AXIS);
        axis.setTickMarksVisible(false);
        axis.setMaximumCategoryLabelLines(Theme.CATEGORY_LABEL_LINES);
        axis.setMaximumCategoryLabelWidthRatio(horizontal ? Theme.HBAR_CATEGORY_LABEL_WIDTH : 1f);
        axis.setCategoryMargin(horizontal ? Theme.HBAR_CATEGORY_GAP : Theme.COLUMN_CATEGORY_GAP);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        return axis;
    }
}
