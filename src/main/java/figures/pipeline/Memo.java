package figures.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the builds of one process ({@code serve}) worked out from inputs that have not changed since: the
 * seeds read, their mentions, the datasets parsed and cleaned, the audit, and the files made of them.
 * Each result is keyed by everything it is computed from, by value (a file's text, a list of records) or
 * by the very object an earlier lookup returned for that value ({@link #same}), so a changed input is never
 * answered from it; only results of their arguments alone are kept, so a build with a memo writes the same
 * bytes as one without. It keeps what the last build used and forgets the rest: at most one project's
 * worth. {@link #NONE} remembers nothing, for a one-off {@code build}.
 */
public final class Memo {
    /** Remembers nothing. */
    public static final Memo NONE = new Memo(false);

    private final boolean keeps;
    private Map<Object, Object> previous = new HashMap<>();
    private Map<Object, Object> current = new HashMap<>();

    private Memo(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memo for the builds of one process. */
    public static Memo forProcess() {
        return new Memo(true);
    }

    /** Work whose result depends on its key alone; a failure is thrown, never kept. */
    interface Work<V, X extends Exception> {
        V get() throws X;
    }

    /** The result of {@code work}, or of the same work for an equal key in this build or the one before. */
    @SuppressWarnings("unchecked")
    <V, X extends Exception> V remember(String kind, Object key, Work<V, X> work) throws X {
        if (!keeps) {
            return work.get();
        }
        Object full = List.of(kind, key);
        synchronized (this) {
            Object value = current.get(full);
            if (value == null) {
                value = previous.get(full);
            }
            if (value != null) {
                current.put(full, value);
                return (V) value;
            }
        }
        V value = work.get(); // not under the lock: work may remember parts of itself
        synchronized (this) {
            current.put(full, value);
        }
        return value;
    }

    /** Forgets what the build that just ended did not use. */
    synchronized void endBuild() {
        previous = current;
        current = new HashMap<>();
    }

    /** How many results it holds. */
    synchronized int size() {
        return previous.size() + current.size();
    }

    /** A key equal only for the very same object: a value this memo returned stands for what made it. */
    static Object same(Object value) {
        return new Same(value);
    }

    private record Same(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && value == other.value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
