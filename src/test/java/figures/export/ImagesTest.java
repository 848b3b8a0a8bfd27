package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
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
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(title, "x", "y", data);
        chart.setBackgroundPaint(background);
        chart.getPlot().setBackgroundPaint(background);
        return chart;
    }
}
