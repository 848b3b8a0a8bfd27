package figures.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import tech.tablesaw.api.Table;

/**
 * Starts Tablesaw's own start-up on another thread while the build reads its inputs: its first use scans
 * the class path for its readers and writers (about 0.2 s of a cold build, on a thread pool of its own),
 * and the build would otherwise wait for it when it cleans the first dataset. Measured by bench/run: 50 ms
 * off a one-second cold build. Warming the chart stack the same way gained nothing measurable, so it is
 * not done. Nothing here touches an output: it only runs class initialisers.
 */
final class Warmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {
    }

    /** Once per process; later calls do nothing. */
    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(Warmup::tables, "figures-warmup-tables");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void tables() {
        try {
            Table.create("warmup");
        } catch (RuntimeException | OutOfMemoryError e) {
            // Only speed depends on this; the build meets the same failure where it matters, and says so.
        }
    }
}
