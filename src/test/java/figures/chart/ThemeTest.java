package figures.chart;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static Font value(Field f) {
        try {
            return (Font) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
