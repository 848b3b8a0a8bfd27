package figures.chart;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's label as a screen reader should say it: "≈8M" is read "about 8 million", "≥92.9%" "at least
 * 92.9 per cent", "2M?" "2 million, an ambiguous reading". Common screen readers skip "≈" and "?" and
 * read "<" as "less", so the alt text says every mark in words.
 */
public final class Spoken {
    private Spoken() {
    }

    private static final Map<String, String> MARKS = Map.of("≈", "about", "<", "less than", ">", "more than",
            "≤", "at most", "≥", "at least");
    private static final Map<String, String> SCALES = Map.of("K", " thousand", "M", " million", "B", " billion",
            "%", " per cent");
    private static final Pattern SCALED = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)([KMB%])(?![\\p{L}\\d])");

    public static String of(String label) {
        String s = label.strip();
        boolean ambiguous = s.endsWith("?");
        if (ambiguous) {
            s = s.substring(0, s.length() - 1);
        }
        String lead = "";
        for (Map.Entry<String, String> mark : MARKS.entrySet()) {
            if (s.startsWith(mark.getKey())) {
                lead = mark.getValue() + " ";
                s = s.substring(mark.getKey().length());
            }
        }
        Matcher m = SCALED.matcher(s);
        s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + SCALES.get(r.group(2))));
        return lead + s.replace("–", " to ") + (ambiguous ? ", an ambiguous reading" : "");
    }
}
