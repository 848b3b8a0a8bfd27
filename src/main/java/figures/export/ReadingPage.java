package figures.export;

import figures.source.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** What a seed's page shows besides the seed: its title and citation, its quoted passages and its flags. */
    public record Parts(String title, String citation, List<Passage> passages, List<Flag> flags) {
        public Parts {
            passages = List.copyOf(passages);
            flags = List.copyOf(flags);
        }
    }

    public static String html(Seed seed, Parts parts) {
        return html(seed, parts.title(), parts.citation(), parts.passages(), parts.flags());
    }

    public static String html(Seed seed, String title, String citation, List<Passage> passages, List<Flag> flags) {
        StringBuilder out = new StringBuilder();
        out.append(Html.head(title + ": the text with its numbers")).append("""
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
                .append(". The text as in <code>seeds/").append(Html.escape(seed.fileName())).append("</code>, with each line numbered. ")
                .append("<mark>Highlighted</mark> passages are quoted by a dataset: each links to the chart or table that ")
                .append("uses it. <span class=\"waived\">Dotted</span> numbers are waived, with the reason on hover; ")
                .append("<span class=\"unaccounted\">red</span> ones are not accounted for. ")
                .append("<a href=\"../index.html\">Back to the gallery</a>.</p>\n<div class=\"text\">");
        body(out, seed.text(), lines(seed), passages, flags);
        out.append("</div>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The text cut wherever a line, a passage or a flag starts or ends, each piece wrapped as it is covered.
     * Plain loops and one builder: this runs once per build in a cold JVM, where a stream per piece cost
     * 60 ms for the first article's 1,500 pieces.
     */
    private static void body(StringBuilder out, String text, int[] lineStarts, List<Passage> passages, List<Flag> flags) {
        int[] cuts = cuts(text, lineStarts, passages, flags);
        List<Passage> byStart = new ArrayList<>(passages);
        byStart.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Flag> flagsByStart = new ArrayList<>(flags);
        flagsByStart.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Passage> active = new ArrayList<>();
        List<Flag> flagged = new ArrayList<>();
        Set<String> anchored = new HashSet<>();
        int nextPassage = 0;
        int nextFlag = 0;
        int nextLine = 0;
        for (int c = 0; c + 1 < cuts.length; c++) {
            int at = cuts[c];
            active.removeIf(p -> p.end() <= at);
            flagged.removeIf(f -> f.end() <= at);
            while (nextPassage < byStart.size() && byStart.get(nextPassage).start() <= at) {
                Passage p = byStart.get(nextPassage++);
                if (p.end() > at) {
                    active.add(p);
                }
            }
            while (nextFlag < flagsByStart.size() && flagsByStart.get(nextFlag).start() <= at) {
                Flag f = flagsByStart.get(nextFlag++);
                if (f.end() > at) {
                    flagged.add(f);
                }
            }
            if (nextLine < lineStarts.length && lineStarts[nextLine] == at) {
                int line = ++nextLine;
                out.append("<a class=\"ln\" id=\"L").append(line).append("\" href=\"#L").append(line).append("\">")
                        .append(line).append("</a>");
            }
            piece(out, text, at, cuts[c + 1], active, flagged, anchored);
        }
    }

    /** Every offset where a piece starts or ends, sorted, once each. */
    private static int[] cuts(String text, int[] lineStarts, List<Passage> passages, List<Flag> flags) {
        int[] all = new int[lineStarts.length + 1 + 2 * passages.size() + 2 * flags.size()];
        int n = 0;
        for (int start : lineStarts) {
            all[n++] = start;
        }
        all[n++] = text.length();
        for (Passage p : passages) {
            all[n++] = p.start();
            all[n++] = p.end();
        }
        for (Flag f : flags) {
            all[n++] = f.start();
            all[n++] = f.end();
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static void piece(StringBuilder out, String text, int from, int to, List<Passage> passages, List<Flag> flags,
                              Set<String> anchored) {
        // A piece of a passage that is only a line break is highlighted but no link: a link must have text.
        boolean linked = !blank(text, from, to);
        if (!passages.isEmpty()) {
            String id = null;
            StringBuilder says = new StringBuilder();
            Set<String> said = new HashSet<>();
            for (Passage p : passages) {
                if (id == null && p.start() == from && anchored.add(anchor(p.line(), p.column()))) {
                    id = anchor(p.line(), p.column());
                }
                if (said.add(p.says())) {
                    says.append(says.length() == 0 ? "" : "; ").append(p.says());
                }
            }
            out.append("<mark").append(id == null ? "" : " id=\"" + id + "\"").append(" title=\"")
                    .append(Html.escape(says.toString())).append("\">");
            if (linked) {
                out.append("<a href=\"../index.html#").append(Html.escape(passages.get(0).target())).append("\">");
            }
        }
        for (int i = flags.size() - 1; i >= 0; i--) {
            Flag f = flags.get(i);
            out.append(f.waived() ? "<span class=\"waived\" title=\"Waived: " + Html.escape(f.reason()) + "\">"
                    : "<span class=\"unaccounted\" title=\"Not accounted for: no dataset quotes this number and no waiver "
                    + "covers it\">");
        }
        // A carriage return is left as it is: HTML reads CR and CRLF as a line feed, as the seed's lines count them.
        Html.escape(out, text, from, to);
        out.append("</span>".repeat(flags.size()));
        if (!passages.isEmpty()) {
            out.append(linked ? "</a></mark>" : "</mark>");
        }
    }

    /** Whether {@code text} from {@code from} to {@code to} is only whitespace, without copying it out. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The seed's numbered lines: where each starts; a line break at the very end starts no line of its own. */
    private static int[] lines(Seed seed) {
        int[] starts = seed.lineStarts();
        int n = starts.length;
        while (n > 1 && starts[n - 1] >= seed.text().length()) {
            n--;
        }
        return Arrays.copyOf(starts, n);
    }
}
