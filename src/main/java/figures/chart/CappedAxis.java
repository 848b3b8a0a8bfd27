package figures.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis that draws no tick past its cap: a share axis may extend beyond 100% to make room for
 * labels, but must not print "110%".
 */
final class CappedAxis extends NumberAxis {
    private final double cap;

    CappedAxis(String label, double cap) {
        super(label);
        this.cap = cap;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
        return ticks.stream().filter(t -> !(t instanceof NumberTick n) || n.getValue() <= cap * (1 + 1e-9)).toList();
    }
}
