package figures.pipeline;

import figures.chart.ChartData;
import figures.chart.Point;
import figures.clean.CleanDataset;
import figures.clean.Cleaner;
import figures.dataset.Dataset;
import figures.parse.WrittenNumber;
import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.Seed;
import figures.source.SourcePosition;
import figures.spec.ChartSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * From a chart to the sentences its numbers come from, and from a line of a seed to the rows and charts
 * that use it: the trace an editor follows to check a figure before publication.
 */
public final class Trace {
    private Trace() {
    }

    /**
     * One number a chart draws.
     *
     * @param label   the value as the chart shows it; empty where the chart says "no value"
     * @param written the value as the text writes it
     */
    public record Drawn(String label, String name, String written, String quote, SourcePosition at) {
    }

    /** One raw row whose quote stands on a line, with the charts that draw it. */
    public record Use(SourcePosition row, String series, String written, SourcePosition quoteAt, List<String> charts) {
    }

    /** Every number the chart draws, in its reading order. */
    public static List<Drawn> chart(Path root, String chartId) throws InvalidInputException {
        Inputs in = Inputs.load(root);
        List<String> ids = new ArrayList<>();
        for (Dataset d : in.datasets()) {
            for (ChartSpec chart : d.spec().charts()) {
                ids.add(chart.id());
                if (chart.id().equals(chartId)) {
                    CleanDataset clean = Cleaner.clean(d, in.seeds().get(d.spec().seed()));
                    return ChartData.of(chart, clean).points().stream().map(p -> drawn(chart, p)).toList();
                }
            }
        }
        throw new InvalidInputException(Problem.inFile("figures trace", "a chart id of this project "
                + new TreeSet<>(ids) + ", or a seed and line such as seeds/article.txt:12", "'" + chartId + "'"));
    }

    private static Drawn drawn(ChartSpec chart, Point p) {
        String name = chart.by().isEmpty() || p.by().isEmpty() ? p.x() : p.x() + ", " + p.by();
        String written = p.row().number().map(WrittenNumber::written).orElse("");
        return new Drawn(p.value().isPresent() ? p.label() : "", name, written, p.row().quote(), p.row().source());
    }

    /** Every raw row whose quote covers line {@code line} of seed {@code seedName}, in dataset and row order. */
    public static List<Use> line(Path root, String seedName, int line) throws InvalidInputException {
        Inputs in = Inputs.load(root);
        Seed seed = in.seeds().get(seedName);
        if (seed == null) {
            throw new InvalidInputException(Problem.inFile("figures trace", "a seed of this project "
                    + in.seeds().keySet(), "'" + seedName + "'"));
        }
        List<Use> uses = new ArrayList<>();
        for (QuotedRows.QuotedRow q : QuotedRows.of(seed, in.datasets())) {
            int to = seed.positionAt(q.end() - 1).line();
            if (q.at().line() <= line && line <= to) {
                uses.add(new Use(q.row().start(), q.row().series(), q.row().value(), q.at(), q.charts()));
            }
        }
        return uses;
    }
}
