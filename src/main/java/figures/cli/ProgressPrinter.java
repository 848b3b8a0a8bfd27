package figures.cli;

import figures.pipeline.BuildOptions;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Build progress for people: on a terminal, one line redrawn as a bar while charts are drawn; without
 * one (CI logs), a plain line per finished stage.
 */
final class ProgressPrinter implements BuildOptions.Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private boolean barShown;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void stage(String name, long millis) {
        if (barShown) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            barShown = false;
        }
        err.printf(Locale.ROOT, "figures: %s done in %d ms%n", name, millis);
        err.flush();
    }

    @Override
    public synchronized void chart(int done, int total) {
        if (!terminal) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] charts " + done + "/" + total);
        err.flush();
        barShown = true;
    }
}
