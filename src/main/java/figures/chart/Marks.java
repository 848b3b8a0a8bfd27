package figures.chart;

import figures.spec.ChartSpec;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;

/**
 * Where each point of a chart was drawn: the areas JFreeChart records for its items (the entities behind
 * its tool tips and image maps), each tied back to its point, so that an output can make every bar,
 * segment and line point lead to its row and its quote.
 */
public final class Marks {
    /** The tool tip {@link Labels} gives each item that draws a point: this prefix, then the point's index. */
    static final String TOOL_TIP_PREFIX = "figures-point:";

    private Marks() {
    }

    /** A drawn item: its area on the canvas and the point it draws. */
    public record Mark(Shape area, Point point) {
    }

    /**
     * The marks of a chart drawn with {@code info}, in drawing order; items that draw no point are left out.
     * A stacked bar's total, written at its end, is marked by the whole bar: the parts it is the sum of.
     */
    public static List<Mark> of(ChartRenderingInfo info, ChartSpec spec, ChartData data) {
        List<Mark> marks = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity entity = (ChartEntity) o;
            String tip = entity.getToolTipText();
            if (tip != null && tip.startsWith(TOOL_TIP_PREFIX)) {
                marks.add(new Mark(entity.getArea(), data.points().get(Integer.parseInt(tip.substring(TOOL_TIP_PREFIX.length())))));
            }
        }
        if (spec.type().stacked() && !spec.total().isEmpty()) {
            for (Point total : data.points()) {
                boolean marked = marks.stream().anyMatch(m -> m.point() == total);
                if (total.row().series().equals(spec.total()) && total.value().isPresent() && !marked) {
                    marks.stream().filter(m -> m.point().x().equals(total.x())).map(m -> m.area().getBounds2D())
                            .reduce(Rectangle2D::createUnion).ifPresent(bar -> marks.add(new Mark(bar, total)));
                }
            }
        }
        return marks;
    }
}
