package figures.parse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A word before a number that changes what the number claims. "nearly 8 million" is not "8 million":
 * the qualifier is kept as data so charts can mark the value and checks can test in the right direction.
 */
public enum Qualifier {
    NONE("", Bound.EXACT, ""),
    ONLY("only", Bound.EXACT, ""),
    NEARLY("nearly", Bound.APPROXIMATE, "≈"),
    ALMOST("almost", Bound.APPROXIMATE, "≈"),
    ABOUT("about", Bound.APPROXIMATE, "≈"),
    A_LITTLE_LESS_THAN("a little less than", Bound.UPPER, "<"),
    LESS_THAN("less than", Bound.UPPER, "<"),
    NOT_MORE_THAN("not more than", Bound.UPPER, "≤"),
    MORE_THAN("more than", Bound.LOWER, ">"),
    NO_LESS_THAN("no less than", Bound.LOWER, "≥");

    /** What the written number says about the true value. */
    public enum Bound {
        EXACT, APPROXIMATE, UPPER, LOWER;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String words;
    private final Bound bound;
    private final String mark;

    Qualifier(String words, Bound bound, String mark) {
        this.words = words;
        this.bound = bound;
        this.mark = mark;
    }

    /** The qualifier as the text writes it, lower case; empty for {@link #NONE}. */
    public String words() {
        return words;
    }

    public Bound bound() {
        return bound;
    }

    /** The sign a chart puts before the value: ≈, &lt;, ≤, &gt;, ≥ or nothing. */
    public String mark() {
        return mark;
    }

    /** Longest first, so "not more than" wins over "more than". */
    public static List<Qualifier> longestFirst() {
        return Arrays.stream(values())
                .filter(q -> q != NONE)
                .sorted(Comparator.comparingInt((Qualifier q) -> q.words.length()).reversed())
                .toList();
    }
}
