package figures.export;

import figures.chart.Theme;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures every theme font at every scale a PNG is drawn at, once, on one thread, before any chart is
 * drawn: a workaround for a data race in Java 2D that made charts drawn on several threads differ.
 *
 * <p>Java 2D keeps one "strike" per font, size and transform, and computes its metrics on first use
 * without a lock: {@code sun.font.FileFontStrike.getFontMetrics()} (JDK 17; unchanged in JDK 25) publishes
 * them in device space, then converts them to user space in place. Under a scaling transform (the 2x
 * PNGs), a thread measuring text with the same font at that moment reads an ascent or descent twice too
 * large, and its chart's title block or legend comes out a few pixels lower. Measured without this
 * class: 18 of 300 fresh JVMs, each with 8 threads measuring the theme fonts at 2x at once, saw doubled
 * metrics, and 2 of 150 builds on 11 threads wrote a 2x PNG that differed from the committed one. With
 * it: 0 of 200 JVMs, 0 of 300 builds.
 *
 * <p>After this class is initialised, every strike a chart's text needs already holds its converted
 * metrics, so threads only read them. The class initialiser runs once and the JVM makes other threads
 * wait for it. The measured metrics are kept: each holds its strike, which Java 2D would otherwise drop
 * under memory pressure and make (and race on) anew.
 *
 * <p>Glyph advances have a race of their own in Java 2D above 48 device pixels, which measuring cannot
 * prepare for; {@code ThemeTest} keeps every theme font under that size in a 2x PNG.
 */
final class ScaledFontMetrics {
    /** Never read: holding the metrics holds their strikes, which Java 2D would otherwise drop and remake. */
    private static final List<FontMetrics> MEASURED = measure();

    private ScaledFontMetrics() {
    }

    /** Returns once every theme font has been measured at every PNG scale. */
    static void prepare() {
        // Calling this runs the class initialiser (once; other threads wait for it): nothing else to do.
    }

    private static List<FontMetrics> measure() {
        List<FontMetrics> measured = new ArrayList<>();
        for (int scale : new int[] {1, Images.PNG_SCALE}) {
            Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR).createGraphics();
            try {
                Images.setUp(g2, scale);
                Theme.FONTS.forEach(font -> measured.add(g2.getFontMetrics(font)));
            } finally {
                g2.dispose();
            }
        }
        return List.copyOf(measured);
    }
}
