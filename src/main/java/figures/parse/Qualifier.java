package figures.parse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    NO_LESS_THAN("no less than", Bound.LOWER, "≥"),
    NOT_LESS_THAN("not less than", Bound.LOWER, "≥"),
    AT_LEAST("at least", Bound.LOWER, "≥"),
    NO_FEWER_THAN("no fewer than", Bound.LOWER, "≥"),
    UPWARDS_OF("upwards of", Bound.LOWER, ">"),
    FEWER_THAN("fewer than", Bound.UPPER, "<"),
    UNDER("under", Bound.UPPER, "<"),
    SOME("some", Bound.APPROXIMATE, "≈"),
    ROUGHLY("roughly", Bound.APPROXIMATE, "≈"),
    AROUND("around", Bound.APPROXIMATE, "≈"),
    CIRCA("c.", Bound.APPROXIMATE, "≈");

    /** What the written number says about the true value. */
    public enum Bound {
        EXACT("", ""), APPROXIMATE("≈", "about"), UPPER("≤", "at most"), LOWER("≥", "at least");

        private final String mark;
        private final String words;

        Bound(String mark, String words) {
            this.mark = mark;
            this.words = words;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The sign a chart puts before a value read so, when no qualifier's own sign says it. */
        public String mark() {
            return mark;
        }

        /** The reading in words: "at least". */
        public String words() {
            return words;
        }

        /** A reading as a raw row's {@code reading} column names it: exact, approximate, upper, lower. */
        public static Optional<Bound> of(String label) {
            return Arrays.stream(values()).filter(b -> b.label().equals(label.strip().toLowerCase(Locale.ROOT))).findFirst();
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
