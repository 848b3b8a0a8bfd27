package figures.preview;

import figures.pipeline.BuildOptions;
import figures.pipeline.LockedBuild;
import figures.pipeline.Memo;
import figures.project.Layout;
import figures.source.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live preview: builds once, serves charts/, and on every burst of saves in seeds/ or data/ builds
 * again exactly as {@code build} does (the same lock, staging and swap; unchanged charts reused), then
 * reloads the open pages, or shows them the problems while the last good outputs stay on disk.
 */
public final class Preview implements AutoCloseable {
    private final Path root;
    private final int jobs;
    private final PrintWriter out;
    private final PrintWriter err;
    private final LiveReload reload = new LiveReload();
    private final Memo memo = Memo.forProcess();
    private final ExecutorService builds = Executors.newSingleThreadExecutor(r -> new Thread(r, "figures-rebuild"));
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "figures-ping");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private PreviewServer server;
    private InputWatcher watcher;

    private Preview(Path root, int jobs, PrintWriter out, PrintWriter err) {
        this.root = root;
        this.jobs = jobs;
        this.out = out;
        this.err = err;
    }

    /** Builds {@code root}, then serves its charts/ on {@code address}:{@code port} (0: any free port) and watches. */
    public static Preview start(Path root, InetAddress address, int port, int jobs, PrintWriter out, PrintWriter err)
            throws IOException {
        Preview preview = new Preview(root, jobs, out, err);
        preview.build();
        Files.createDirectories(root.resolve(Layout.CHARTS));
        preview.server = new PreviewServer(new InetSocketAddress(address, port), root.resolve(Layout.CHARTS).toRealPath(),
                preview.reload);
        preview.watcher = new InputWatcher(root, List.of(Layout.SEEDS, "data"), Layout.OUTPUT_DIRS,
                () -> preview.builds.execute(preview::build));
        preview.pinger.scheduleWithFixedDelay(preview.reload::ping, 10, 10, TimeUnit.SECONDS);
        return preview;
    }

    public int port() {
        return server.port();
    }

    /** How many pages listen for reloads. */
    public int listening() {
        return reload.listening();
    }

    /** One build, as {@code build} runs it; its outcome goes to the terminal and to the open pages. */
    private void build() {
        long start = System.nanoTime();
        try {
            LockedBuild.Written written = LockedBuild.run(root, new BuildOptions(jobs, false), err::println, memo);
            long millis = (System.nanoTime() - start) / 1_000_000;
            StringBuilder stages = new StringBuilder();
            written.report().millis().forEach((stage, ms) -> stages.append(", ").append(stage).append(' ').append(ms).append(" ms"));
            out.printf(Locale.ROOT, "figures: built in %d ms: %d files changed (charts: %d drawn, %d reused%s)%n", millis,
                    written.changes().size(), written.report().chartsDrawn(), written.report().chartsReused(), stages);
            out.flush();
            reload.built(!written.changes().isEmpty());
        } catch (InvalidInputException e) {
            StringBuilder text = new StringBuilder();
            e.problems().forEach(p -> text.append(p).append('\n'));
            text.append("figures: ").append(e.problems().size()).append(" problem(s); nothing was written.");
            err.println(text);
            err.flush();
            reload.failed(text.toString());
        } catch (IOException | RuntimeException e) {
            String text = "figures: the build failed: " + e;
            err.println(text);
            err.flush();
            reload.failed(text);
        }
    }

    /** Blocks until {@link #close()}. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops watching, lets a build under way finish (so no lock or staging is left), and stops serving. */
    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        builds.shutdown();
        try {
            builds.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pinger.shutdownNow();
        if (server != null) {
            server.close();
        }
        closed.countDown();
    }
}
