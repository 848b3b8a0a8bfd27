package figures.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Draws (or reuses) charts on {@code jobs} threads from the moment each is submitted, so that drawing
 * overlaps the rest of the build. Results are merged into a sorted map, so the output does not depend on
 * which thread finished first.
 */
final class ChartDrawer implements AutoCloseable {
    private final ExecutorService pool;
    private final ChartCache cache;
    private final BuildOptions.Progress progress;
    private final int total;
    private final List<Future<Map<String, byte[]>>> results = new ArrayList<>();
    private final AtomicInteger drawn = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    ChartDrawer(ChartCache cache, int jobs, int total, BuildOptions.Progress progress) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, total)));
        this.cache = cache;
        this.total = total;
        this.progress = progress;
    }

    /** Draws a chart's files unless the cache holds them for the same inputs. */
    void submit(String chart, String inputs, Supplier<Map<String, byte[]>> draw) {
        results.add(pool.submit(() -> {
            Map<String, byte[]> out = cache.reuse(chart, inputs).orElseGet(() -> {
                Map<String, byte[]> drawnNow = draw.get();
                cache.record(chart, inputs, drawnNow);
                drawn.incrementAndGet();
                return drawnNow;
            });
            progress.chart(done.incrementAndGet(), total);
            return out;
        }));
    }

    /** Every submitted chart's files, once all are drawn. */
    SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            for (var result : results) {
                files.putAll(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing charts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a chart could not be drawn", e.getCause());
        }
        return files;
    }

    int drawn() {
        return drawn.get();
    }

    /** Stops drawing: after {@link #files()}, or when the build fails before it. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
