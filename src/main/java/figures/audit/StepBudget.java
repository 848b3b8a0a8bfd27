package figures.audit;

/**
 * Text that a regular expression may read only so many characters of: Java's engine backtracks, and a
 * pattern such as {@code (\w+\s?)*\1X} can take minutes on 40 characters. Counting reads, not time, keeps the
 * audit deterministic: the same rule is too slow on every machine, or on none.
 */
final class StepBudget implements CharSequence {
    /** Reads allowed for one match: far above what any sane rule needs on a mention and its context. */
    static final long STEPS = 1_000_000;

    /** A rule ran out of steps. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    private final CharSequence text;
    private final long[] left;

    private StepBudget(CharSequence text, long[] left) {
        this.text = text;
        this.left = left;
    }

    static StepBudget of(CharSequence text) {
        return new StepBudget(text, new long[] {STEPS});
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new StepBudget(text.subSequence(start, end), left);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
