package figures.chart;

import figures.clean.CleanDataset;
import figures.spec.AxisSpec;
import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;

/**
 * Builds a JFreeChart from a chart spec and its dataset. What is drawn comes from the spec and the
 * data, how it looks from {@link Theme}; where it goes (PNG, SVG) is the export stage's business.
 */
public final class ChartFactory {
    /** Room past the longest bar or highest point for its label. */
    static final double LABEL_HEADROOM = 1.18;

    private ChartFactory() {
    }

    public static JFreeChart create(ChartSpec spec, CleanDataset dataset, SourceInfo source) {
        return create(spec, ChartData.of(spec, dataset), source);
    }

    /** For callers that already hold the chart's data (for its alt text and notes). */
    public static JFreeChart create(ChartSpec spec, ChartData data, SourceInfo source) {
        return switch (spec.type()) {
            case HBAR, COLUMN -> Bars.chart(spec, data, source);
            case STACKED_HBAR, STACKED_COLUMN -> StackedBars.chart(spec, data, source);
            case SMALL_MULTIPLES, LINE -> Lines.chart(spec, data, source);
        };
    }

    /** A value axis styled by the theme, its range from the spec where given, else from the data. */
    static ValueAxis valueAxis(AxisSpec spec, List<OptionalDouble> values, double headroom) {
        ValueAxis axis;
        if (spec.scale() == AxisSpec.Scale.LOG) {
            LogAxis log = new LogAxis(spec.label());
            log.setNumberFormatOverride(new ValueFormat(spec));
            log.setSmallestValue(1);
            // Powers of ten only (10K, 100K, 1M): a log axis read at 6.31M helps nobody.
            log.setTickUnit(new NumberTickUnit(1.0));
            log.setMinorTickMarksVisible(false);
            axis = log;
        } else {
            NumberAxis linear = spec.max() == null ? new NumberAxis(spec.label()) : new CappedAxis(spec.label(), spec.max());
            linear.setNumberFormatOverride(new ValueFormat(spec));
            linear.setAutoRangeIncludesZero(spec.min() == null || spec.min() <= 0);
            axis = linear;
        }
        double max = values.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .max().orElse(1);
        double upper = Math.max(max, spec.max() == null ? max : spec.max()) * headroom;
        double lower = spec.min() == null ? (spec.scale() == AxisSpec.Scale.LOG ? 1 : 0) : spec.min();
        axis.setRange(lower, upper);
        axis.setLabelFont(Theme.AXIS_LABEL);
        axis.setLabelPaint(Theme.MUTED);
        axis.setTickLabelFont(Theme.TICK);
        axis.setTickLabelPaint(Theme.MUTED);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }
}
