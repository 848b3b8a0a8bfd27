package figures.export;

import figures.chart.Theme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/** Draws a chart to PNG bytes or SVG text. Both come from the same chart object. */
public final class Images {
    /** PNGs are drawn at twice the logical size, for high-DPI screens and print. */
    public static final int PNG_SCALE = 2;

    private Images() {
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        return png(chart, width, height, PNG_SCALE);
    }

    /** The chart drawn at {@code scale} times its logical size: 1 for documents, 2 for high-DPI screens. */
    public static byte[] png(JFreeChart chart, int width, int height, int scale) {
        return png(chart, width, height, scale, Described.NOTHING);
    }

    /**
     * What a PNG says of itself, in its text chunks: a viewer's or a layout program's title, the alt text,
     * and where the numbers come from.
     */
    public record Described(String title, String altText, String source) {
        static final Described NOTHING = new Described("", "", "");

        List<PngCanvas.Text> texts() {
            List<PngCanvas.Text> texts = new ArrayList<>();
            // Keywords of the PNG standard (section 11.3.4.2); the standard's "Source" is the device that
            // made the image, so the citation goes in "Comment".
            add(texts, "Title", title);
            add(texts, "Description", altText);
            add(texts, "Comment", source.isEmpty() ? "" : "Source: " + source);
            texts.add(new PngCanvas.Text("Software", "figures"));
            return texts;
        }

        private static void add(List<PngCanvas.Text> texts, String keyword, String text) {
            if (!text.isEmpty()) {
                texts.add(new PngCanvas.Text(keyword, text));
            }
        }
    }

    /**
     * As {@link #png(JFreeChart, int, int, int)}, describing itself: 72 dpi a logical pixel (144 dpi for a 2x
     * file, so that it is placed at its logical size), sRGB, and {@code described}'s texts.
     */
    public static byte[] png(JFreeChart chart, int width, int height, int scale, Described described) {
        PngCanvas canvas = canvas(scale, width * scale, height * scale);
        Graphics2D g2 = canvas.graphics();
        try {
            draw(chart, g2, width, height, scale);
        } finally {
            g2.dispose();
        }
        return canvas.png(height * scale, 72 * scale, described.texts());
    }

    /** Draws the chart as every PNG is drawn: on the theme's background, antialiased, scaled. */
    static void draw(JFreeChart chart, Graphics2D g2, int width, int height, int scale) {
        ScaledFontMetrics.prepare();
        // JFreeChart first fills the whole chart with its background, so with an opaque one nothing of the
        // last chart drawn on a reused canvas shows. Clearing the canvas as well cost 15% of the time of
        // 1,000 charts (bench/README.md), so only a chart without an opaque background gets it.
        if (!(chart.getBackgroundPaint() instanceof Color c && c.getAlpha() == 255)) {
            g2.setColor(Theme.BACKGROUND);
            g2.fillRect(0, 0, width * scale, height * scale);
        }
        setUp(g2, scale);
        chart.draw(g2, new Rectangle(width, height));
    }

    /** How every PNG is drawn, and its text measured: antialiased, fractional text metrics, scaled. */
    static void setUp(Graphics2D g2, int scale) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.scale(scale, scale);
    }

    /**
     * Each drawing thread's canvas for each scale, reused from chart to chart: a new 1600x1000 canvas is
     * 4.8 MB to allocate and clear, twice a chart. Reusing them took 1,000 charts from 14.7 to 13.6 s and
     * their peak memory from 398 to 255 MiB (bench/README.md). A chart as wide as the canvas and no
     * taller is drawn at its top, so charts of one width and several heights share one canvas, as tall
     * as the tallest (a cold build of the real figures allocated 51 MB of canvases when each size had its
     * own, and its young generation filled: a 30 ms collection). A thread therefore holds at most
     * {@link #canvasBytes} of the widest and tallest chart.
     */
    private static final ThreadLocal<Map<Integer, PngCanvas>> CANVASES = ThreadLocal.withInitial(HashMap::new);

    private static PngCanvas canvas(int scale, int width, int height) {
        Map<Integer, PngCanvas> canvases = CANVASES.get();
        PngCanvas canvas = canvases.get(scale);
        if (canvas == null || canvas.width() != width || canvas.height() < height) {
            int tallest = canvas != null && canvas.width() == width ? canvas.height() : 0;
            canvas = new PngCanvas(width, Math.max(height, tallest));
            canvases.put(scale, canvas);
        }
        return canvas;
    }

    /**
     * The memory a drawing thread holds to draw charts at most this wide and this tall as PNGs: its 2x and
     * 1x canvases.
     */
    public static long canvasBytes(int width, int height) {
        return PngCanvas.memory(width * PNG_SCALE, height * PNG_SCALE) + PngCanvas.memory(width, height);
    }

    private static final Pattern TEXT_STYLE = Pattern.compile("<text ([^>]*?)style='");

    /**
     * Text laid out as Java 2D lays it out for the PNG, set on each text element (browsers do not all
     * inherit these from the root): spaces kept (a label set off from its bar or line end by leading spaces
     * sat on the bar in browsers, which collapse them) and no kerning (browsers kern by default, Java 2D
     * does not, and a long title drifted by a few pixels).
     */
    static String asDrawn(String svgBody) {
        return TEXT_STYLE.matcher(svgBody).replaceAll("<text xml:space=\"preserve\" $1style='font-kerning: none; ");
    }

    /**
     * SVG with text kept as text, a title and a description for screen readers, a viewBox so that it
     * scales, and ids that depend on the chart id only (JFreeSVG's default prefix is a clock reading).
     */
    public static String svg(JFreeChart chart, int width, int height, String id, String title, String description) {
        return svg(chart, width, height, id, title, description, info -> "");
    }

    /**
     * As {@link #svg(JFreeChart, int, int, String, String, String)}, with {@code overlay}'s SVG, made from
     * where the chart drew its items, laid over the chart (the marks that link to their passages).
     */
    public static String svg(JFreeChart chart, int width, int height, String id, String title, String description,
                             Function<ChartRenderingInfo, String> overlay) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setFontFunction(family -> Theme.FONT_FAMILY_CSS);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle(width, height), info);
        // A viewBox as well as a size: a page can scale the chart with CSS (width: 100%) and keep its shape.
        String svg = g2.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String accessible = "<title>" + Html.escape(title) + "</title><desc>" + Html.escape(description) + "</desc>";
        // The root names its title and its description: an inline SVG otherwise announces only the title.
        String withRole = svg.substring(0, open - 1) + " role=\"img\" aria-labelledby=\"" + id + "-title\" aria-describedby=\""
                + id + "-desc\">";
        accessible = accessible.replace("<title>", "<title id=\"" + id + "-title\">")
                .replace("<desc>", "<desc id=\"" + id + "-desc\">");
        String body = asDrawn(svg.substring(open));
        int close = body.lastIndexOf("</svg>");
        body = body.substring(0, close) + overlay.apply(info) + body.substring(close);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + withRole + accessible + body + "\n";
    }
}
