package figures.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every place each run of {@link #GRAM} characters stands in a text, so that a quote is found by checking
 * only where its rarest run stands. Scanning the whole seed once per quote made a 50,000-row table quoting
 * a 1.7 MB seed take a minute; with the index each quote costs about its own length. A needle whose
 * rarest run is so common that checking each place would cost more than a scan (a text of repeats) is
 * scanned once instead, in time linear in the text, so no needle costs more than before.
 */
final class GramIndex {
    static final int GRAM = 4;

    private final String text;
    /** A run's hash in the high 32 bits, the run's start in the low 32, sorted: one run's places in a row. */
    private final long[] places;

    GramIndex(String text) {
        this.text = text;
        int runs = Math.max(0, text.length() - GRAM + 1);
        places = new long[runs];
        for (int i = 0; i < runs; i++) {
            places[i] = ((long) hash(text, i) << 32) | i;
        }
        Arrays.sort(places);
    }

    /** The first {@code limit} starts of {@code needle} in the text (all if fewer), in order. */
    List<Integer> starts(String needle, int limit) {
        if (needle.length() < GRAM) {
            return TextSearch.allStarts(text, needle, limit);
        }
        int offset = 0;
        int from = 0;
        int to = places.length;
        for (int j = 0; j + GRAM <= needle.length() && to - from > 1; j++) {
            int h = hash(needle, j);
            int first = firstAtLeast(h);
            int end = firstAbove(h);
            if (end - first < to - from) {
                offset = j;
                from = first;
                to = end;
            }
        }
        if ((long) (to - from) * needle.length() > text.length()) {
            return TextSearch.allStarts(text, needle, limit);
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = from; i < to && starts.size() < limit; i++) {
            int start = (int) places[i] - offset;
            if (start >= 0 && text.regionMatches(start, needle, 0, needle.length())) {
                starts.add(start);
            }
        }
        return starts;
    }

    private static int hash(String s, int at) {
        int h = 0;
        for (int k = 0; k < GRAM; k++) {
            h = 31 * h + s.charAt(at + k);
        }
        return h;
    }

    /** The first index whose run hash is at least {@code h}. */
    private int firstAtLeast(int h) {
        return search((long) h << 32);
    }

    /** The first index whose run hash is above {@code h}. */
    private int firstAbove(int h) {
        return h == Integer.MAX_VALUE ? places.length : search((long) (h + 1) << 32);
    }

    /** The first index whose entry is at least {@code key}. */
    private int search(long key) {
        int lo = 0;
        int hi = places.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
