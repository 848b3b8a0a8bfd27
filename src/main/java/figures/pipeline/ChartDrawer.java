package figures.pipeline;

import figures.output.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Draws (or reuses) charts on a few threads from the moment each is submitted, so that drawing
 * overlaps the rest of the build, and hands each chart's files to the sink as soon as they are made,
 * so that memory does not grow with the number of charts. The files do not depend on which thread
 * finished first, nor on how many threads there are.
 */
final class ChartDrawer implements AutoCloseable {
    private final ExecutorService pool;
    private final ChartCache cache;
    private final OutputSink sink;
    private final BuildOptions.Progress progress;
    private final int total;
    private final List<Future<?>> results = new ArrayList<>();
    private final AtomicInteger drawn = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    /** The share of the heap that drawing threads' canvases may take; the rest is the build's. */
    static final double CANVAS_SHARE = 0.5;

    private final int threads;

    ChartDrawer(ChartCache cache, OutputSink sink, int threads, int total, BuildOptions.Progress progress) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads);
        this.cache = cache;
        this.sink = sink;
        this.total = total;
        this.progress = progress;
    }

    /** Draws a chart's files unless the cache holds them for the same inputs. */
    void submit(String chart, String inputs, Supplier<Map<String, byte[]>> draw) {
        results.add(pool.submit(() -> {
            Optional<Map<String, byte[]>> reused = cache.reuse(chart, inputs);
            Map<String, byte[]> out = reused.orElseGet(() -> {
                Map<String, byte[]> drawnNow = draw.get();
                cache.record(chart, inputs, drawnNow);
                drawn.incrementAndGet();
                return drawnNow;
            });
            try {
                for (var file : out.entrySet()) {
                    if (reused.isPresent()) {
                        sink.kept(file.getKey(), file.getValue()); // just read and checked by the cache
                    } else {
                        sink.put(file.getKey(), file.getValue());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.chart(done.incrementAndGet(), total);
        }));
    }

    /**
     * Waits until every submitted chart is in the sink; stops at the first that failed. A failure to read
     * or write files is reported as such, also when it shows in another chart than the first to fail: when
     * a class fails to initialise (the theme, if its fonts cannot be loaded), only the chart whose thread
     * ran the initialiser sees why.
     */
    void await() throws IOException {
        for (var result : results) {
            try {
                result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while drawing charts", e);
            } catch (ExecutionException e) {
                // Another chart that already finished may hold the cause this one only saw the effect of.
                Optional<IOException> io = Stream.concat(Stream.of(e.getCause()),
                                results.stream().filter(Future::isDone).map(ChartDrawer::failure))
                        .map(ChartDrawer::ioCause).filter(Objects::nonNull).findFirst();
                if (io.isPresent()) {
                    throw io.get();
                }
                throw new IllegalStateException("a chart could not be drawn", e.getCause());
            }
        }
    }

    /** What a finished chart failed with, or null. */
    private static Throwable failure(Future<?> done) {
        try {
            done.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | CancellationException e) {
            return null; // not a failure of the chart's own
        }
    }

    private static IOException ioCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException io) {
                return io.getCause();
            }
        }
        return null;
    }

    /**
     * How many threads draw {@code charts} charts: {@code jobs} at most, no more than there are charts,
     * and no more than the heap holds canvases for. Each thread keeps the canvases of the chart it draws
     * ({@code canvasBytes} for the largest); together they may take {@link #CANVAS_SHARE} of the heap.
     * Without this bound, one thread per core (the default) ran 1,000 charts out of the launcher's
     * 320 MiB heap on 64 cores.
     */
    static int threads(int jobs, int charts, long canvasBytes, long maxHeap) {
        long byHeap = (long) (maxHeap * CANVAS_SHARE) / Math.max(1, canvasBytes);
        return (int) Math.max(1, Math.min(Math.min(jobs, charts), byHeap));
    }

    int threads() {
        return threads;
    }

    int drawn() {
        return drawn.get();
    }

    /**
     * Stops drawing, after {@link #await()} or when the build fails before it, and waits for charts
     * being drawn to finish, so that nothing is put into a sink the build has given up.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
