package figures.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One source text, read-only. Finds a quote in it even when the quote's line breaks and spacing differ
 * from the seed's (PDF extraction breaks lines mid-sentence), and says where the quote starts.
 */
public final class Seed {
    private final String fileName;
    private final String text;
    private final String folded;
    /** For each character of {@link #folded}, the offset in {@link #text} it came from. */
    private final int[] origin;
    private final TextPositions lines;
    /**
     * Where each folded quote starts, every time, found once per quote: the rows of a table share one quote,
     * and cleaning and the audit both look every quote up.
     */
    private final Map<String, List<Integer>> occurrences = new ConcurrentHashMap<>();
    /**
     * Built once plain scans have cost {@link #SCANS_BEFORE_INDEX} readings of the seed: a seed that is only
     * cited, or quoted a few hundred times, is never indexed.
     */
    private GramIndex index;
    private final AtomicLong scanned = new AtomicLong();

    /**
     * A scan of the seed for a quote is one vectorised {@code String.indexOf} pass; sorting the index costs
     * about as much as a few hundred of them, and more when the JVM is cold (27 ms of a 1.1 s build when
     * the first article, 87 KB and about 200 quotes, built it on its first quote).
     */
    static final int SCANS_BEFORE_INDEX = 256;

    public Seed(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        StringBuilder out = new StringBuilder(text.length());
        int[] from = new int[text.length()];
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    from[out.length()] = i;
                    out.append(' ');
                }
                inSpace = true;
            } else {
                from[out.length()] = i;
                out.append(c);
                inSpace = false;
            }
        }
        this.folded = out.toString();
        this.origin = from;
        this.lines = TextPositions.of(fileName, text);
    }

    public String fileName() {
        return fileName;
    }

    public String text() {
        return text;
    }

    /** Where the quote first occurs, with runs of whitespace in either counted as one space. */
    public Optional<SourcePosition> locate(String quote) {
        return locate(quote, 1);
    }

    /** Where the quote's {@code occurrence}-th occurrence (1 for the first) starts; empty if it has fewer. */
    public Optional<SourcePosition> locate(String quote, int occurrence) {
        String needle = fold(quote);
        int at = needle.isEmpty() ? -1 : nth(needle, occurrence);
        return at < 0 ? Optional.empty() : Optional.of(positionOf(origin[at]));
    }

    /**
     * How often the quote stands in the seed, up to {@link #MAX_OCCURRENCES} + 1: a quote that stands more
     * than once does not say which passage it means.
     */
    public int occurrenceCount(String quote) {
        String needle = fold(quote);
        return needle.isEmpty() ? 0 : starts(needle).size();
    }

    /**
     * A quote that stands more often than this does not say which passage it means, and no row will count
     * further: its starts beyond are not kept (a short quote of a seed of repeats stood millions of times).
     */
    public static final int MAX_OCCURRENCES = 1000;

    /** Where a folded needle starts in the folded text, in order: every time, or {@link #MAX_OCCURRENCES} + 1. */
    private List<Integer> starts(String needle) {
        return occurrences.computeIfAbsent(needle, n -> List.copyOf(find(n, MAX_OCCURRENCES + 1)));
    }

    /** The first {@code limit} starts of a folded needle: by scans while they are cheap, then by the index. */
    private List<Integer> find(String needle, int limit) {
        if (scanned.addAndGet(folded.length()) <= (long) SCANS_BEFORE_INDEX * folded.length()) {
            return TextSearch.allStarts(folded, needle, limit);
        }
        return index().starts(needle, limit);
    }

    private synchronized GramIndex index() {
        if (index == null) {
            index = new GramIndex(folded);
        }
        return index;
    }

    /**
     * Which occurrence of the quote (1 for the first) covers the text's offset {@code at}; 0 if none does.
     * A draft row whose sentence stands twice in its seed says which one it means.
     */
    public int occurrenceAt(String quote, int at) {
        String needle = fold(quote);
        List<Integer> starts = needle.isEmpty() ? List.of() : starts(needle);
        for (int n = 0; n < starts.size(); n++) {
            int i = starts.get(n);
            if (origin[i] <= at && at < origin[i + needle.length() - 1] + 1) {
                return n + 1;
            }
        }
        return 0;
    }

    /** The folded offset of the {@code occurrence}-th occurrence of a folded needle, or -1. */
    private int nth(String needle, int occurrence) {
        if (occurrence == 1) {
            return find(needle);
        }
        List<Integer> all = starts(needle);
        return occurrence <= all.size() ? all.get(occurrence - 1) : -1;
    }

    private int find(String needle) {
        List<Integer> all = starts(needle);
        return all.isEmpty() ? -1 : all.get(0);
    }

    private SourcePosition positionOf(int offset) {
        return lines.at(offset);
    }

    /**
     * Where the quote first occurs, as character offsets [start, end) in the seed's text; empty if it
     * does not occur. The audit uses it to tell which numbers of the text a quote covers.
     */
    public Optional<int[]> span(String quote) {
        return span(quote, 1);
    }

    /** Where the quote's {@code occurrence}-th occurrence stands, as offsets [start, end); empty if it has fewer. */
    public Optional<int[]> span(String quote, int occurrence) {
        String needle = fold(quote);
        int at = needle.isEmpty() ? -1 : nth(needle, occurrence);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new int[] {origin[at], origin[at + needle.length() - 1] + 1});
    }

    /**
     * Where a quote that the seed does not hold parts from the seed, so that a person sees the typo: the
     * longest start of the quote the seed holds, or its longest end if that is longer, and what the seed
     * and the quote have around the point where they part. Empty when the seed holds the quote, or holds
     * no start or end of it as long as {@link #MISS_CLUE} characters.
     */
    public Optional<Miss> miss(String quote) {
        String q = fold(quote);
        if (q.isEmpty() || find(q) >= 0) {
            return Optional.empty();
        }
        int start = longestHeld(q, true);
        int end = longestHeld(q, false);
        if (Math.max(start, end) < MISS_CLUE) {
            return Optional.empty();
        }
        // The point where they part, in the folded seed and in the folded quote: after the start they share,
        // or before the end they share.
        boolean byStart = start >= end;
        int inSeed = byStart ? TextSearch.indexOf(folded, q.substring(0, start)) + start : TextSearch.indexOf(folded, q.substring(q.length() - end));
        int inQuote = byStart ? start : q.length() - end;
        return Optional.of(new Miss(positionOf(origin[Math.min(inSeed, folded.length() - 1)]),
                around(folded, inSeed), around(q, inQuote)));
    }

    /** The shortest run of the quote's start or end that tells where a quote parts from the seed. */
    static final int MISS_CLUE = 12;

    /**
     * Where a quote parts from the seed.
     *
     * @param at       the seed's line and column at that point
     * @param seedHas  the seed's text around it
     * @param quoteHas the quote's text around it
     */
    public record Miss(SourcePosition at, String seedHas, String quoteHas) {
    }

    /**
     * The length of the longest start (or end) of {@code q} that the folded seed holds. A binary search: the
     * seed holds every start of a start it holds.
     */
    private int longestHeld(String q, boolean start) {
        int held = 0;
        int notHeld = q.length();
        while (notHeld - held > 1) {
            int mid = (held + notHeld) >>> 1;
            String part = start ? q.substring(0, mid) : q.substring(q.length() - mid);
            if (!find(part, 1).isEmpty()) {
                held = mid;
            } else {
                notHeld = mid;
            }
        }
        return held;
    }

    /** Up to 25 characters before {@code at} and 20 from it, trimmed, with an ellipsis where the text goes on. */
    private static String around(String s, int at) {
        int from = Math.max(0, at - 25);
        int to = Math.min(s.length(), at + 20);
        return (from > 0 ? "…" : "") + s.substring(from, to).strip() + (to < s.length() ? "…" : "");
    }

    /** The line and column of a character offset. */
    /** Where each line of the text starts, as {@link TextPositions#lineStarts()} counts them. */
    public int[] lineStarts() {
        return lines.lineStarts();
    }

    public SourcePosition positionAt(int offset) {
        return positionOf(offset);
    }

    /** A quote on one line, cut to at most {@code max} characters with an ellipsis: for tool tips and listings. */
    public static String shortened(String quote, int max) {
        String one = fold(quote);
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /** Collapses every run of whitespace to one space and trims the ends. */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                inSpace = out.length() > 0;
            } else {
                if (inSpace) {
                    out.append(' ');
                }
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code written} stands in {@code quote} as a whole token: "18" is in "fell to 18 in 1920"
     * but not in "1918", and "250" is not in "250,000" (a digit run inside a larger number).
     */
    public static boolean quoteContains(String quote, String written) {
        String q = fold(quote);
        String w = fold(written);
        return !w.isEmpty() && !TextSearch.tokenStarts(q, w, 0, q.length()).isEmpty();
    }

    /**
     * Where {@code written} stands as a whole token inside the first occurrence of {@code quote} in this seed:
     * [start, end) offsets in the text, in order. The audit counts a mention as captured by a row only
     * inside such a span of the row's value (or period), never because a digit string happens to contain it.
     */
    public List<int[]> tokenSpans(String quote, int occurrence, String written) {
        String needle = fold(quote);
        String w = fold(written);
        int at = needle.isEmpty() || w.isEmpty() ? -1 : nth(needle, occurrence);
        if (at < 0) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        for (int start : TextSearch.tokenStarts(folded, w, at, at + needle.length())) {
            spans.add(new int[] {origin[start], origin[start + w.length() - 1] + 1});
        }
        return spans;
    }


    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
