package figures.source;

import java.util.Arrays;

/**
 * Turns a character offset in a file's text into a 1-based line and column. The line starts are found
 * once, so each lookup is a binary search: the audit asks for hundreds of positions in one seed.
 */
public final class TextPositions {
    private final String file;
    private final String text;
    /** Offsets at which each line starts; the first is 0. */
    private final int[] lineStarts;

    private TextPositions(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // LF, CRLF and a lone CR (old Mac files) each end a line.
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** An index of {@code text}'s lines, for many lookups. */
    public static TextPositions of(String file, String text) {
        return new TextPositions(file, text);
    }

    /** One lookup; for many in the same text, keep {@link #of(String, String)}. */
    public static SourcePosition of(String file, String text, long offset) {
        return of(file, text).at(offset);
    }

    /** Where each line starts, the first at 0; a text that ends with a line break also "starts" a last, empty line. */
    public int[] lineStarts() {
        return lineStarts.clone();
    }

    public SourcePosition at(long offset) {
        int end = (int) Math.max(0, Math.min(offset, text.length()));
        int found = Arrays.binarySearch(lineStarts, end);
        // A line start found exactly is that line; otherwise the insertion point follows the line.
        int line = found >= 0 ? found : -found - 2;
        int lineStart = lineStarts[line];
        return new SourcePosition(file, line + 1, text.codePointCount(lineStart, end) + 1);
    }
}
