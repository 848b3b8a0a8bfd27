package figures.output;

import figures.source.TextFiles;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a stale text output first differs from a fresh build's: its line and column, and the same stretch
 * of each around that point, so that a CI log says what changed and not only which file.
 *
 * <p>Written here rather than taken from a diff library: a diff reports whole lines, and an SVG or the
 * gallery is a few lines of thousands of characters each. The first difference, with a little context,
 * is what a person needs before they rebuild and look at the whole change with {@code git diff}.
 *
 * @param line      1-based line of the first difference
 * @param column    1-based column, in characters (code points)
 * @param committed the file on disk around that point, line ends shown as {@code \r} and {@code \n}
 * @param fresh     the fresh build's file around the same point
 * @param caret     how far into both excerpts the difference is (they agree before it)
 */
record FirstDifference(int line, int column, String committed, String fresh, int caret) {
    private static final int BEFORE = 30;
    private static final int AFTER = 50;
    private static final String CUT = "…";

    /** Empty when both are the same text, or either is not UTF-8 text. */
    static Optional<FirstDifference> of(byte[] committed, byte[] fresh) {
        // Bytes that are not text get no excerpt: check says only that the file is stale.
        Optional<String> a = TextFiles.utf8(committed);
        Optional<String> b = TextFiles.utf8(fresh);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return of(a.get(), b.get());
    }

    static Optional<FirstDifference> of(String committed, String fresh) {
        int at = Arrays.mismatch(committed.toCharArray(), fresh.toCharArray());
        if (at < 0) {
            return Optional.empty();
        }
        if (at > 0 && Character.isHighSurrogate(committed.charAt(at - 1))) {
            at--; // a character outside the BMP differs as a whole
        }
        int lineStart = committed.lastIndexOf('\n', at - 1) + 1;
        int line = 1 + (int) committed.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        int column = committed.codePointCount(lineStart, at) + 1;
        int from = Math.max(lineStart, at - BEFORE);
        String before = (from > lineStart ? CUT : "") + visible(committed.substring(from, at));
        return Optional.of(new FirstDifference(line, column, before + after(committed, at),
                before + after(fresh, at), before.codePointCount(0, before.length())));
    }

    /** For check's report: the position, then both excerpts, and a caret under the first difference. */
    String describe(String indent) {
        String pad = " ".repeat(caret);
        return "first difference at line " + line + ", column " + column + ":\n"
                + indent + "committed:   " + committed + "\n"
                + indent + "fresh build: " + fresh + "\n"
                + indent + "             " + pad + "^";
    }

    /** From the first difference to the end of its line (its line end shown), at most AFTER characters. */
    private static String after(String text, int at) {
        if (at >= text.length()) {
            return "(end of file)";
        }
        int newline = text.indexOf('\n', at);
        int lineEnd = newline < 0 ? text.length() : newline + 1;
        int to = Math.min(lineEnd, at + AFTER);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return visible(text.substring(at, to)) + (to < lineEnd ? CUT : "");
    }

    private static String visible(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
