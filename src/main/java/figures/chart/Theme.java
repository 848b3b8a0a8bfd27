package figures.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How every chart looks, in one place: a bundled font (so text measures the same on every machine),
 * the Okabe-Ito colour-blind-safe palette, sizes in logical pixels, and light greys for the frame.
 */
public final class Theme {
    public static final String FONT_FAMILY_CSS = "Liberation Sans, Arial, Helvetica, sans-serif";

    private static final Font REGULAR = load("/liberation/LiberationSans-Regular.ttf");
    private static final Font BOLD = load("/liberation/LiberationSans-Bold.ttf");

    /** Okabe & Ito (2008), in an order where neighbours differ for every kind of colour vision. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xD55E00), // vermillion
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xF0E442), // yellow
    };
    /** For derived or unbroken-down parts of a whole: present, but not a finding. */
    public static final Color NEUTRAL = new Color(0xBDBDBD);
    public static final Color TEXT = new Color(0x222222);
    public static final Color MUTED = new Color(0x5A5A5A);
    public static final Color GRID = new Color(0xE0E0E0);
    public static final Color AXIS = new Color(0x9E9E9E);
    public static final Color BACKGROUND = Color.WHITE;

    public static final Font TITLE = BOLD.deriveFont(22f);
    public static final Font SUBTITLE = REGULAR.deriveFont(15f);
    public static final Font PANEL_TITLE = BOLD.deriveFont(13f);
    public static final Font AXIS_LABEL = REGULAR.deriveFont(13f);
    public static final Font TICK = REGULAR.deriveFont(13f);
    public static final Font VALUE_LABEL = REGULAR.deriveFont(13f);
    public static final Font LEGEND = REGULAR.deriveFont(13f);
    public static final Font NOTE = REGULAR.deriveFont(12f);
    /** Every font above: all the text of a chart is set in one of these. */
    public static final List<Font> FONTS = List.of(TITLE, SUBTITLE, PANEL_TITLE, AXIS_LABEL, TICK, VALUE_LABEL, LEGEND, NOTE);

    public static final BasicStroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke GRIDLINE = new BasicStroke(1f);
    /** Space around the whole figure, in logical pixels. */
    public static final int MARGIN = 16;

    private Theme() {
    }

    /** The plot area of every bar chart: white, no frame, light value gridlines only. */
    static void style(org.jfree.chart.plot.CategoryPlot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(GRIDLINE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(org.jfree.chart.ui.RectangleInsets.ZERO_INSETS);
        plot.setInsets(new org.jfree.chart.ui.RectangleInsets(4, 0, 4, 8));
    }

    /** The plot area of every line chart and panel: as for bars. */
    static void style(org.jfree.chart.plot.XYPlot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(GRIDLINE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(org.jfree.chart.ui.RectangleInsets.ZERO_INSETS);
    }

    public static Paint color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    private static Font load(String resource) {
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("could not load the bundled font " + resource
                    + ": Java copies it into its temporary directory first (java.io.tmpdir = "
                    + System.getProperty("java.io.tmpdir") + "), which must exist and be writable ("
                    + e.getMessage() + ")", e));
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + resource, e);
        }
    }
}
