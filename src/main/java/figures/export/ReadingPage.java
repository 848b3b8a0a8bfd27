package figures.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code charts/texts/<seed>.html}: a source text as a reader checks it. Every line has a number to link to,
 * every quoted passage is highlighted and links to the chart (or table) that uses it, and every number
 * the audit waived or could not account for is marked, with the reason. Plain HTML: no script, nothing remote.
 */
public final class ReadingPage {
    private ReadingPage() {
    }

    /**
     * A passage a raw row quotes.
     *
     * @param start  its first character's offset in the text
     * @param end    the offset after its last character
     * @param line   the line it starts on
     * @param column the column it starts at
     * @param says   what the row takes from it ("brest_litovsk: Population 1/3")
     * @param target the gallery anchor of the chart that draws it, or of its dataset's table
     */
    public record Passage(int start, int end, int line, int column, String says, String target) {
    }

    /** A number of the text that no row quotes: waived (with its reason) or unaccounted for. */
    public record Flag(int start, int end, boolean waived, String reason) {
    }

    /** The id of the highlight where a quote starting at line:column begins: the gallery links to it. */
    public static String anchor(int line, int column) {
        return "q-" + line + "-" + column;
    }

    public static String html(String seed, String title, String citation, String text, List<Passage> passages,
                              List<Flag> flags) {
        StringBuilder out = new StringBuilder();
        out.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""").append(Html.escape(title)).append("""
                : the text with its numbers</title>
                <style>
                body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; color: #222; max-width: 860px;
                       margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
                .muted { color: #575757; font-size: .9rem; }
                .text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: 'Liberation Serif', Georgia, serif; }
                .ln { display: inline-block; min-width: 3.2em; color: #575757; font: .8rem 'Liberation Mono', monospace;
                      text-decoration: none; }
                mark { background: #fff1a8; color: inherit; }
                mark a { color: inherit; text-decoration: none; }
                mark:target { outline: 3px solid #0072b2; background: #ffe066; }
                .waived { text-decoration: underline dotted #575757; }
                .unaccounted { background: #ffd2d2; }
                </style>
                </head>
                <body>
                <main>
                """);
        out.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"muted\">").append(Html.escape(citation))
                .append(". The text as in <code>seeds/").append(Html.escape(seed)).append("</code>, with each line numbered. ")
                .append("<mark>Highlighted</mark> passages are quoted by a dataset: each links to the chart or table that ")
                .append("uses it. <span class=\"waived\">Dotted</span> numbers are waived, with the reason on hover; ")
                .append("<span class=\"unaccounted\">red</span> ones are not accounted for. ")
                .append("<a href=\"../index.html\">Back to the gallery</a>.</p>\n<div class=\"text\">");
        body(out, text, passages, flags);
        out.append("</div>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The text cut wherever a line, a passage or a flag starts or ends, each piece wrapped as it is covered. */
    private static void body(StringBuilder out, String text, List<Passage> passages, List<Flag> flags) {
        List<Integer> lineStarts = lineStarts(text);
        TreeSet<Integer> cuts = new TreeSet<>(lineStarts);
        cuts.add(text.length());
        passages.forEach(p -> cuts.addAll(List.of(p.start(), p.end())));
        flags.forEach(f -> cuts.addAll(List.of(f.start(), f.end())));
        Set<Integer> lineStartSet = new HashSet<>(lineStarts);
        Set<String> anchored = new HashSet<>();
        List<Passage> byStart = passages.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        List<Flag> flagsByStart = flags.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        Set<Passage> active = new LinkedHashSet<>();
        Set<Flag> flagged = new LinkedHashSet<>();
        int nextPassage = 0;
        int nextFlag = 0;
        int line = 0;
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            final int at = from;
            active.removeIf(p -> p.end() <= at);
            flagged.removeIf(f -> f.end() <= at);
            while (nextPassage < byStart.size() && byStart.get(nextPassage).start() <= at) {
                active.add(byStart.get(nextPassage++));
            }
            while (nextFlag < flagsByStart.size() && flagsByStart.get(nextFlag).start() <= at) {
                flagged.add(flagsByStart.get(nextFlag++));
            }
            if (lineStartSet.contains(at)) {
                line++;
                out.append("<a class=\"ln\" id=\"L").append(line).append("\" href=\"#L").append(line).append("\">")
                        .append(line).append("</a>");
            }
            out.append(piece(text.substring(from, to), active.stream().filter(p -> p.end() > at).toList(),
                    flagged.stream().filter(f -> f.end() > at).toList(), at, anchored));
        }
    }

    private static String piece(String raw, List<Passage> passages, List<Flag> flags, int at, Set<String> anchored) {
        String text = Html.escape(raw.replace("\r\n", "\n").replace('\r', '\n'));
        for (Flag f : flags) {
            text = f.waived() ? "<span class=\"waived\" title=\"Waived: " + Html.escape(f.reason()) + "\">" + text + "</span>"
                    : "<span class=\"unaccounted\" title=\"Not accounted for: no dataset quotes this number and no waiver "
                    + "covers it\">" + text + "</span>";
        }
        if (passages.isEmpty()) {
            return text;
        }
        String id = passages.stream().filter(p -> p.start() == at).map(p -> anchor(p.line(), p.column()))
                .filter(anchored::add).findFirst().map(a -> " id=\"" + a + "\"").orElse("");
        String says = passages.stream().map(Passage::says).distinct().collect(Collectors.joining("; "));
        return "<mark" + id + " title=\"" + Html.escape(says) + "\"><a href=\"../index.html#"
                + Html.escape(passages.get(0).target()) + "\">" + text + "</a></mark>";
    }

    /** Where each line starts: after a line feed, or after a carriage return not followed by one. */
    static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts;
    }
}
