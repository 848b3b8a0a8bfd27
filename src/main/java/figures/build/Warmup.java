package figures.build;

import figures.chart.Theme;
import figures.export.Images;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Starts the libraries' own start-up work on other threads while the build reads its inputs: Tablesaw's
 * first use scans the class path for its readers (about 0.2 s), and the chart stack loads fonts and
 * initialises Java2D, the PNG encoder and JFreeSVG. A cold build otherwise waits for each in turn.
 * Nothing here touches an output: it only runs class initialisers and fills caches that give the same
 * pixels whether warm or cold.
 */
final class Warmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {
    }

    /** Once per process; later calls do nothing. */
    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            daemon("figures-warmup-tables", Warmup::tables);
            daemon("figures-warmup-charts", Warmup::charts);
        }
    }

    private static void tables() {
        tech.tablesaw.api.Table.create("warmup");
    }

    private static void charts() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "warmup", "warmup");
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart("warmup", null, null, data,
                PlotOrientation.HORIZONTAL, false, false, false);
        chart.getTitle().setFont(Theme.TITLE);
        Images.png(chart, 120, 80, 1);
        Images.svg(chart, 120, 80, "warmup", "warmup", "warmup");
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // Only speed depends on this; the build meets the same failure where it matters.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
