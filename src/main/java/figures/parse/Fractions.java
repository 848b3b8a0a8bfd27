package figures.parse;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Unicode's vulgar fractions, and mixed numbers written with them: "½", "9¾", "10 ⅔". */
public final class Fractions {
    /** ¼ ½ ¾ and ⅐ to ⅞, for a character class: the audit's scanner and the parser read the same ones. */
    public static final String VULGAR_CHARS = "\u00BC-\u00BE\u2150-\u215E";
    private static final Map<Character, int[]> VULGAR = Map.ofEntries(
            Map.entry('¼', new int[] {1, 4}), Map.entry('½', new int[] {1, 2}), Map.entry('¾', new int[] {3, 4}),
            Map.entry('⅐', new int[] {1, 7}), Map.entry('⅑', new int[] {1, 9}), Map.entry('⅒', new int[] {1, 10}),
            Map.entry('⅓', new int[] {1, 3}), Map.entry('⅔', new int[] {2, 3}), Map.entry('⅕', new int[] {1, 5}),
            Map.entry('⅖', new int[] {2, 5}), Map.entry('⅗', new int[] {3, 5}), Map.entry('⅘', new int[] {4, 5}),
            Map.entry('⅙', new int[] {1, 6}), Map.entry('⅚', new int[] {5, 6}), Map.entry('⅛', new int[] {1, 8}),
            Map.entry('⅜', new int[] {3, 8}), Map.entry('⅝', new int[] {5, 8}), Map.entry('⅞', new int[] {7, 8}));

    private Fractions() {
    }

    /** Whether {@code c} is one of Unicode's vulgar fractions. */
    public static boolean isVulgar(char c) {
        return (c >= '\u00BC' && c <= '\u00BE') || (c >= '\u2150' && c <= '\u215E');
    }

    /**
     * A whole number and a vulgar fraction, either absent, as {numerator, denominator}: "10" and "⅔" is
     * {32, 3}; empty when both are absent.
     */
    static Optional<BigDecimal[]> mixed(String whole, String vulgar) {
        if (whole == null && vulgar == null) {
            return Optional.empty();
        }
        BigDecimal w = whole == null ? BigDecimal.ZERO : new BigDecimal(whole);
        if (vulgar == null) {
            return Optional.of(new BigDecimal[] {w, BigDecimal.ONE});
        }
        int[] f = VULGAR.get(vulgar.charAt(0));
        BigDecimal d = BigDecimal.valueOf(f[1]);
        return Optional.of(new BigDecimal[] {w.multiply(d).add(BigDecimal.valueOf(f[0])), d});
    }
}
