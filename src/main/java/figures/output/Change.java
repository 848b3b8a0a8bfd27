package figures.output;

import java.util.Locale;

/**
 * One output that differs from what a build makes, as comparison finds it and the commands report it.
 *
 * @param kind   how it differs
 * @param path   the file, relative to the project root: {@code charts/brest_litovsk.png}
 * @param detail how a stale file differs (where a text first differs, which pixels of a PNG), with its
 *               leading separator; empty when there is nothing more to say
 */
public record Change(Kind kind, String path, String detail) {

    public enum Kind {
        /** On disk, with other bytes than a build makes. */
        STALE,
        /** Made by a build, not on disk. */
        MISSING,
        /** On disk in an output folder, not made by a build. */
        EXTRA;

        /** The word {@code check} prints: {@code stale}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Change {
        detail = detail == null ? "" : detail;
    }

    public static Change stale(String path, String detail) {
        return new Change(Kind.STALE, path, detail);
    }

    public static Change missing(String path) {
        return new Change(Kind.MISSING, path, "");
    }

    public static Change extra(String path) {
        return new Change(Kind.EXTRA, path, "");
    }

    /** As {@code check} prints it, paths aligned: {@code stale:   charts/x.png (12 of 40 pixels differ, ...)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-9s%s%s", kind.word() + ":", path, detail);
    }
}
