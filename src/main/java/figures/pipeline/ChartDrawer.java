package figures.pipeline;

import figures.output.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
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
    /** Charts submitted and not yet drawn that the cache cannot hold (a chart it might hold is not counted). */
    private final AtomicInteger toDraw = new AtomicInteger();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

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

    /**
     * Draws a chart's files ({@code whole}) unless the cache holds them for the same inputs. When fewer
     * charts are left to draw than there are threads, as in a preview's rebuild, which draws one, its
     * {@code parts} are drawn as tasks of their own instead, so that the chart takes every core; a batch
     * keeps each chart on one thread, drawn from one JFreeChart. Either way the files are the same. No
     * task waits for another on a drawing thread, so no number of threads deadlocks.
     */
    void submit(String chart, String inputs, Supplier<Map<String, byte[]>> whole,
                List<Supplier<Map<String, byte[]>>> parts) {
        if (!cache.mayReuse(chart, inputs)) {
            toDraw.incrementAndGet();
        }
        results.add(CompletableFuture.supplyAsync(() -> cache.reuse(chart, inputs), pool)
                .thenCompose(reused -> {
                    if (reused.isPresent()) {
                        reused.get().forEach(this::keep); // just read and checked by the cache
                        progress.chart(done.incrementAndGet(), total);
                        return CompletableFuture.completedFuture(null);
                    }
                    if (toDraw.get() < threads) {
                        return drawApart(chart, inputs, parts);
                    }
                    Map<String, byte[]> files = keepingFailure(whole);
                    files.forEach(this::put);
                    finished(chart, inputs, files);
                    return CompletableFuture.completedFuture(null);
                }));
    }

    /** {@code draw}, keeping its failure for {@link #await()}. */
    private Map<String, byte[]> keepingFailure(Supplier<Map<String, byte[]>> draw) {
        try {
            return draw.get();
        } catch (RuntimeException | Error e) {
            failures.add(e);
            throw e;
        }
    }

    /** Draws every part of a chart on a task of its own, handing each part's files to the sink as it is drawn. */
    private CompletableFuture<Void> drawApart(String chart, String inputs, List<Supplier<Map<String, byte[]>>> parts) {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        CompletableFuture<?>[] drawing = parts.stream().map(part -> CompletableFuture.supplyAsync(() -> keepingFailure(part), pool)
                .thenAccept(out -> {
                    out.forEach(this::put);
                    files.putAll(out);
                })).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(drawing).thenRun(() -> finished(chart, inputs, files));
    }

    /** A chart drawn: recorded for the next build to reuse, and counted. */
    private void finished(String chart, String inputs, Map<String, byte[]> files) {
        cache.record(chart, inputs, files);
        drawn.incrementAndGet();
        toDraw.decrementAndGet();
        progress.chart(done.incrementAndGet(), total);
    }

    private void put(String file, byte[] content) {
        try {
            sink.put(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keep(String file, byte[] content) {
        try {
            sink.kept(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                // A part drawn on its own task may have failed while its chart still waits for the other part,
                // so failures are also kept as they happen.
                Optional<IOException> io = Stream.concat(Stream.concat(Stream.of(e.getCause()), failures.stream()),
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
