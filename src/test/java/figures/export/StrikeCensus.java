package figures.export;

import figures.chart.Theme;
import figures.pipeline.Pipeline;
import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Run in a JVM of its own (with {@code --add-opens java.desktop/sun.font=ALL-UNNAMED}): lists Java 2D's
 * strikes of the theme fonts under a transform, after {@link ScaledFontMetrics#prepare()} and again after
 * every chart of the project in {@code args[0]} has been drawn. Prints "prepared <strike> metrics=<yes|no>"
 * for each of the first, "new <strike>" for each strike the charts made that was not prepared, and
 * "drawn N" for how many scaled strikes drawing used. Reads JDK internals, so it is a test tool only.
 */
final class StrikeCensus {
    private StrikeCensus() {
    }

    public static void main(String[] args) throws Exception {
        ScaledFontMetrics.prepare();
        Map<String, Object> prepared = scaledStrikes();
        prepared.forEach((desc, strike) -> System.out.println("prepared " + desc + " metrics="
                + (field(strike, "strikeMetrics") != null ? "yes" : "no")));
        Pipeline.run(Path.of(args[0]));
        Map<String, Object> drawn = scaledStrikes();
        drawn.keySet().stream().filter(desc -> !prepared.containsKey(desc)).forEach(desc -> System.out.println("new " + desc));
        System.out.println("drawn " + drawn.size());
    }

    /** Every live strike of a theme font whose device transform is not the identity, by description. */
    private static Map<String, Object> scaledStrikes() throws ReflectiveOperationException {
        Map<String, Object> strikes = new TreeMap<>();
        Method font2D = Font.class.getDeclaredMethod("getFont2D");
        font2D.setAccessible(true);
        for (Font font : Theme.FONTS) {
            Object f2d = font2D.invoke(font);
            Map<?, ?> cache = (Map<?, ?>) field(f2d, "strikeCache");
            for (Map.Entry<?, ?> e : cache.entrySet()) {
                Object strike = ((Reference<?>) e.getValue()).get();
                AffineTransform device = (AffineTransform) field(e.getKey(), "devTx");
                if (strike != null && !device.isIdentity()) {
                    // Fonts of one face share its strikes: a strike's size is in its glyph transform.
                    strikes.put(font.getFontName() + " device=" + device + " glyphs=" + field(e.getKey(), "glyphTx") + " aa=" + field(e.getKey(), "aaHint")
                            + " fm=" + field(e.getKey(), "fmHint"), strike);
                }
            }
        }
        return strikes;
    }

    private static Object field(Object target, String name) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no field " + name + " in " + target.getClass() + " (another JDK's internals?)");
    }
}
