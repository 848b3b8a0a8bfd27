package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.chart.Theme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ImagesTest {
    @Test
    void anSvgHasAViewBoxBesideItsSizeSoThatPagesCanScaleIt() throws Exception {
        String svg = Images.svg(chart("c", Color.WHITE), 640, 400, "c", "Title", "Alt");
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg))).getDocumentElement();

        assertThat(root.getAttribute("viewBox").split(" ")).extracting(Double::parseDouble).containsExactly(0.0, 0.0, 640.0, 400.0);
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(640.0);
        assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(400.0);
        assertThat(root.getAttribute("role")).isEqualTo("img");
    }

    /** Text drawn in the theme's bold face is bold in the SVG too, and regular text is not. */
    @Test
    void anSvgWritesTheBoldFaceAsBold() {
        JFreeChart chart = chart("Bold title", Color.WHITE);
        chart.getTitle().setFont(Theme.TITLE);
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(Theme.TICK);
        String svg = Images.svg(chart, 640, 400, "c", "Title", "Alt");
        assertThat(textStyle(svg, ">Bold title<")).contains("font-weight: bold;");
        assertThat(textStyle(svg, ">a<")).doesNotContain("font-weight");
    }

    /** The style attribute of the text element whose content is {@code content}. */
    private static String textStyle(String svg, String content) {
        int at = svg.indexOf(content);
        assertThat(at).as(content).isPositive();
        int open = svg.lastIndexOf("<text", at);
        return svg.substring(svg.indexOf("style='", open), at);
    }

    /** Charts drawn before on the same canvas never show: the canvas is cleared unless the chart's background covers it. */
    @ParameterizedTest(name = "background {0}")
    @MethodSource("backgrounds")
    void aChartDrawnOnAReusedCanvasShowsNothingOfTheChartBefore(String name, Color background) {
        JFreeChart seeThrough = chart("see-through", background);
        byte[] first = Images.png(seeThrough, 400, 250);
        Images.png(chart("red", Color.RED), 400, 250);
        byte[] again = Images.png(seeThrough, 400, 250);
        assertThat(again).isEqualTo(first);
    }

    static Stream<Arguments> backgrounds() {
        return Stream.of(Arguments.of("none", null), Arguments.of("translucent", new Color(0, 0, 255, 60)),
                Arguments.of("opaque", new Color(240, 240, 200)));
    }

    @Test
    void aShortChartDrawnAtTheTopOfATallerCanvasIsTheFileItsOwnCanvasGives() throws Exception {
        // Each thread has its own canvases: a fresh thread draws on one of the chart's own size.
        JFreeChart shortChart = chart("short", Color.WHITE);
        byte[] alone = onAFreshThread(() -> Images.png(shortChart, 400, 150));
        byte[] afterATallOne = onAFreshThread(() -> {
            Images.png(chart("tall", Color.RED), 400, 600);
            return Images.png(shortChart, 400, 150);
        });
        assertThat(afterATallOne).isEqualTo(alone);
        assertThat(ImageIO.read(new ByteArrayInputStream(alone)).getHeight()).isEqualTo(300);
    }

    private static byte[] onAFreshThread(Callable<byte[]> draw) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(draw).get();
        } finally {
            thread.shutdown();
        }
    }

    @Test
    void aPngHoldsExactlyThePixelsJava2dDrawsOnAnRgbImage() throws IOException {
        // The canvas draws with red and blue exchanged on a BGR raster; the picture must not change.
        // The bars are gradient-painted (BarRenderer's default painter), the title is antialiased text.
        JFreeChart chart = chart("Colours, gradients and text", new Color(0xF0E442));
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(0xD55E00));
        BufferedImage reference = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = reference.createGraphics();
        Images.draw(chart, g, 400, 250, 2);
        g.dispose();

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Images.png(chart, 400, 250)));
        int[] expected = reference.getRGB(0, 0, 800, 500, null, 0, 800);
        int[] actual = decoded.getRGB(0, 0, 800, 500, null, 0, 800);
        assertThat(IntStream.of(expected).distinct().count()).isGreaterThan(100);
        assertThat(differences(expected, actual, 800)).isEmpty();
    }

    /** How many pixels differ, and the first one, readably; empty when none does. */
    private static String differences(int[] expected, int[] actual, int width) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        return count == 0 ? "" : String.format("%d of %d pixels differ; the first, (%d, %d), is #%06x, not #%06x",
                count, expected.length, first % width, first / width, actual[first] & 0xFFFFFF, expected[first] & 0xFFFFFF);
    }

    static JFreeChart chart(String title, Color background) {
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
