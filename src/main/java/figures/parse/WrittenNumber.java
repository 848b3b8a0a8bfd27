package figures.parse;

/**
 * A number as the text writes it, read: "nearly 8 million" is {@code (NEARLY, Amount 8000000)}.
 *
 * @param written   the text exactly as given
 * @param qualifier the word that changes what the number claims, or {@link Qualifier#NONE}
 * @param magnitude what the number amounts to
 * @param bound     what it claims about the true value: the qualifier's own bound, unless the words around
 *                  it say otherwise ("seldom … less than two" is at least two) or the row states its reading
 */
public record WrittenNumber(String written, Qualifier qualifier, Magnitude magnitude, Qualifier.Bound bound) {
    public WrittenNumber(String written, Qualifier qualifier, Magnitude magnitude) {
        this(written, qualifier, magnitude, qualifier.bound());
    }

    /** The same number read with another bound. */
    public WrittenNumber readAs(Qualifier.Bound reading) {
        return new WrittenNumber(written, qualifier, magnitude, reading);
    }

    /** Whether its reading is not the one its qualifier's words give alone. */
    public boolean readInContext() {
        return bound != qualifier.bound();
    }

    /** The sign a chart puts before it: its qualifier's, or its reading's when that differs. */
    public String mark() {
        return readInContext() ? bound.mark() : qualifier.mark();
    }

    /** What its mark means, for a chart's note: the qualifier's words, or the reading's ("at least"). */
    public String markWords() {
        return readInContext() ? bound.words() : qualifier.words();
    }
}
