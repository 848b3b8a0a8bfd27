package figures.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year or a span of years as the text writes it: "1917", "1920-21" (1920 to 1921), "1921-1922".
 */
public record Period(String written, int start, int end) {

    static final String EXPECTED = "a year such as '1917' or a span such as '1920-21' or '1921-1922'";
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{2}|\\d{4}))?");

    public Period {
        if (end < start) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    public static Period parse(String written) throws NumberParseException {
        Matcher m = YEARS.matcher(written.strip());
        if (!m.matches()) {
            throw new NumberParseException(written, EXPECTED);
        }
        int start = Integer.parseInt(m.group(1));
        int end = start;
        if (m.group(2) != null) {
            String tail = m.group(2);
            // "1920-21": the end year keeps the start's century.
            end = tail.length() == 2 ? start / 100 * 100 + Integer.parseInt(tail) : Integer.parseInt(tail);
        }
        if (end < start) {
            throw new NumberParseException(written, EXPECTED + " (ending after it starts)");
        }
        return new Period(written, start, end);
    }

    /** The middle of the span, where a chart puts it on a time axis. */
    public double midpoint() {
        return (start + end) / 2.0;
    }
}
