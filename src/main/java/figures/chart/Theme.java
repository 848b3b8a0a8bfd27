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
import java.util.Optional;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * How every chart looks, in one place: a bundled font (so text measures the same on every machine),
 * the Okabe-Ito colour-blind-safe palette, sizes in logical pixels, and light greys for the frame.
 */
public final class Theme {
    public static final String FONT_FAMILY_CSS = "Liberation Sans, Arial, Helvetica, sans-serif";

    private static final String REGULAR_FILE = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD_FILE = "/liberation/LiberationSans-Bold.ttf";
    private static final Font REGULAR = load(REGULAR_FILE);
    /**
     * The bold face, also styled bold: a font made from a file is PLAIN whatever its face, and SVG writers
     * (JFreeSVG) write font-weight from the style, so without it every SVG title was drawn regular. Java 2D
     * finds the file's face already bold and draws the same pixels.
     */
    private static final Font BOLD = load(BOLD_FILE).deriveFont(Font.BOLD);

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

    // Layout, in logical pixels or, for bars, as a share of the plot: named here so that a change of look
    // touches this file only.
    /** Space under the title, and under the subtitle, before what follows. */
    public static final int TITLE_GAP = 6;
    public static final int SUBTITLE_GAP = 10;
    /** Space between the legend and the plot. */
    public static final int LEGEND_GAP = 8;
    /** Space between the plot and the first note (or the source line) under it. */
    public static final int NOTES_GAP = 12;
    /** The most lines a title, note or source line wraps to. */
    public static final int MAX_TEXT_LINES = 4;
    /** The plot's inner margin, right of the bars, where the longest value label must fit. */
    public static final int PLOT_RIGHT_INSET = 8;
    /** Between a bar's end and its value label; a point and its label. */
    public static final int BAR_LABEL_OFFSET = 4;
    public static final int POINT_LABEL_OFFSET = 3;
    /** The widest a bar may be, as a share of the plot: thin for horizontal bars, which are many. */
    public static final double HBAR_MAX_WIDTH = 0.14;
    public static final double COLUMN_MAX_WIDTH = 0.2;
    public static final double STACKED_BAR_MAX_WIDTH = 0.3;
    /** Between bars of one category, and between categories (horizontal, vertical). */
    public static final double BAR_GAP = 0.06;
    public static final double HBAR_CATEGORY_GAP = 0.25;
    public static final double COLUMN_CATEGORY_GAP = 0.35;
    /** Horizontal bars' category names wrap to this many lines, in at most this share of the width. */
    public static final int CATEGORY_LABEL_LINES = 3;
    public static final float HBAR_CATEGORY_LABEL_WIDTH = 0.32f;
    /** Between the panels of small multiples. */
    public static final int PANEL_GAP = 22;
    /** Diameter of a line chart's point. */
    public static final double POINT_SIZE = 9;
    /** A line chart's value axis, its tick labels and its label: the width they take left of the plot. */
    public static final int VALUE_AXIS_WIDTH = 70;
    /**
     * Everything above and below a line chart's plot with the usual title, subtitle and two notes: what a
     * chart's height loses before its plot, for placing labels a line of text apart.
     */
    public static final double FRAME_HEIGHT = 190.0;

    private Theme() {
    }

    /** The plot area of every bar chart: white, no frame, light value gridlines only. */
    static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(GRIDLINE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 0, 4, PLOT_RIGHT_INSET));
    }

    /** The plot area of every line chart and panel: as for bars. */
    static void style(XYPlot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(GRIDLINE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    public static Paint color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /**
     * The class-path resource of the font file a theme font is drawn from (a PDF embeds it), or empty for a
     * font not of the theme.
     */
    public static Optional<String> fontFile(Font font) {
        if (!font.getFamily().equals(REGULAR.getFamily())) {
            return Optional.empty();
        }
        return Optional.of(font.isBold() ? BOLD_FILE : REGULAR_FILE);
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
