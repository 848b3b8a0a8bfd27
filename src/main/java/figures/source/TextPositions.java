package figures.source;

/** Turns a character offset in a file's text into a 1-based line and column. */
public final class TextPositions {
    private TextPositions() {
    }

    public static SourcePosition of(String file, String text, long offset) {
        int end = (int) Math.min(offset, text.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, text.codePointCount(lineStart, end) + 1);
    }
}
