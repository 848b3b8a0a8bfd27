package figures.parse;

/**
 * A number as the text writes it, read: "nearly 8 million" is {@code (NEARLY, Amount 8000000)}.
 *
 * @param written   the text exactly as given
 * @param qualifier the word that changes what the number claims, or {@link Qualifier#NONE}
 * @param magnitude what the number amounts to
 */
public record WrittenNumber(String written, Qualifier qualifier, Magnitude magnitude) {
}
