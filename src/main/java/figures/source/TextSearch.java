package figures.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Finding text in a seed: a needle in time linear in the text whatever its length, and a value as a whole
 * token (no digit run inside a larger number). Pure functions over folded text.
 */
final class TextSearch {
    private TextSearch() {
    }

    /** The starts of {@code w} in {@code s} between {@code from} and {@code to} where it is a whole token. */
    static List<Integer> tokenStarts(String s, String w, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        for (int at = s.indexOf(w, from); at >= 0 && at + w.length() <= to; at = s.indexOf(w, at + 1)) {
            if (clearBefore(s, at, from) && clearAfter(s, at + w.length(), to)) {
                starts.add(at);
            }
        }
        return starts;
    }

    /** Nothing of a word or a number runs into {@code at} from before: no letter, no digit, no "1," of "1,250". */
    private static boolean clearBefore(String s, int at, int from) {
        if (at == from) {
            return true;
        }
        char c = s.charAt(at - 1);
        boolean separatorInNumber = (c == ',' || c == '.') && at - 2 >= from && Character.isDigit(s.charAt(at - 2))
                && Character.isDigit(s.charAt(at));
        return !Character.isLetterOrDigit(c) && !separatorInNumber;
    }

    /** Nothing of a word or a number runs on after {@code end}: no letter, no digit, no ",000" of "250,000". */
    private static boolean clearAfter(String s, int end, int to) {
        if (end == to) {
            return true;
        }
        char c = s.charAt(end);
        boolean separatorInNumber = (c == ',' || c == '.') && end + 1 < to && Character.isDigit(s.charAt(end + 1))
                && Character.isDigit(s.charAt(end - 1));
        return !Character.isLetterOrDigit(c) && !separatorInNumber;
    }

    /** Needles up to this long are searched with {@link String#indexOf}, whose worst case is then bounded. */
    static final int SHORT_NEEDLE = 256;

    /**
     * Where {@code needle} first occurs in {@code text}, or -1, in time linear in both lengths:
     * {@link String#indexOf} is fastest for short needles but compares up to text × needle characters, so a
     * 200 KB quote of repeats in an 8 MiB seed ran for minutes. Longer needles go by Knuth–Morris–Pratt.
     */
    static int indexOf(String text, String needle) {
        return indexOf(text, needle, 0);
    }

    /** The first {@code limit} starts of {@code needle} in {@code text}, in order, in time linear in both lengths. */
    static List<Integer> allStarts(String text, String needle, int limit) {
        List<Integer> starts = new ArrayList<>();
        if (needle.length() <= SHORT_NEEDLE) {
            for (int at = text.indexOf(needle); at >= 0 && starts.size() < limit; at = text.indexOf(needle, at + 1)) {
                starts.add(at);
            }
            return starts;
        }
        int[] fallback = fallback(needle);
        for (int i = 0, k = 0; i < text.length() && starts.size() < limit; i++) {
            k = step(text.charAt(i), needle, fallback, k);
            if (k == needle.length()) {
                starts.add(i - k + 1);
                k = fallback[k - 1];
            }
        }
        return starts;
    }

    /** As {@link #indexOf(String, String)}, from offset {@code from} on. */
    static int indexOf(String text, String needle, int from) {
        if (needle.length() <= SHORT_NEEDLE) {
            return text.indexOf(needle, from);
        }
        int[] fallback = fallback(needle);
        for (int i = Math.max(0, from), k = 0; i < text.length(); i++) {
            k = step(text.charAt(i), needle, fallback, k);
            if (k == needle.length()) {
                return i - k + 1;
            }
        }
        return -1;
    }

    /** Knuth–Morris–Pratt's table: for each prefix of the needle, its longest proper border. */
    private static int[] fallback(String needle) {
        int[] fallback = new int[needle.length()];
        for (int i = 1, k = 0; i < needle.length(); i++) {
            k = step(needle.charAt(i), needle, fallback, k);
            fallback[i] = k;
        }
        return fallback;
    }

    /** How much of the needle is matched after {@code c}, when {@code k} characters were before it. */
    private static int step(char c, String needle, int[] fallback, int k) {
        while (k > 0 && c != needle.charAt(k)) {
            k = fallback[k - 1];
        }
        return c == needle.charAt(k) ? k + 1 : k;
    }
}
