package figures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import figures.export.Images;
import java.awt.Font;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTest {
    /** Text in a font missing from FONTS would be measured on drawing threads first (see ScaledFontMetrics). */
    @Test
    void fontsListsEveryPublicFontOfTheTheme() {
        List<Font> declared = Arrays.stream(Theme.class.getFields())
                .filter(f -> f.getType() == Font.class && Modifier.isStatic(f.getModifiers()))
                .map(ThemeTest::value).toList();

        assertThat(declared).isNotEmpty();
        assertThat(Theme.FONTS).containsExactlyInAnyOrderElementsOf(declared);
    }

    /**
     * Java 2D caches glyph advances beside their images up to 48 device pixels. Above that it keeps them
     * in arrays it publishes before filling (sun.font.FileFontStrike), so a thread drawing the same text
     * at that moment can read an advance of 0: a larger font would bring back races between drawing
     * threads that {@code ScaledFontMetrics} cannot prepare for.
     */
    @Test
    void everyFontIsAtMost48PixelsInA2xPng() {
        assertThat(Theme.FONTS).allSatisfy(font ->
                assertThat(font.getSize2D() * Images.PNG_SCALE).as(font.toString()).isLessThanOrEqualTo(48f));
    }

    private static Font value(Field f) {
        try {
            return (Font) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
