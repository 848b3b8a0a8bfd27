package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ImagesTest {
    @Test
    void aChartDrawnOnAReusedCanvasShowsNothingOfTheChartBefore() {
        // No background of its own: whatever was on the canvas before would show through.
        JFreeChart seeThrough = chart("see-through", null);
        byte[] first = Images.png(seeThrough, 400, 250);
        Images.png(chart("red", Color.RED), 400, 250);
        byte[] again = Images.png(seeThrough, 400, 250);
        assertThat(again).isEqualTo(first);
    }

    private static JFreeChart chart(String title, Color background) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "s", "a");
        data.addValue(2, "s", "b");
        // Built from the classes the tool itself uses: the jar under test (mvn verify) holds no others.
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("x"), new NumberAxis("y"), new BarRenderer());
        plot.setBackgroundPaint(background);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.setBackgroundPaint(background);
        return chart;
    }
}
