package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import figures.chart.ChartData;
import figures.chart.Point;
import figures.clean.CleanDataset;
import figures.clean.Cleaner;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.source.Seed;
import figures.source.SeedLoader;
import figures.spec.ChartSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'figures trace' leads from every drawn number to its sentence, and from a line back to its rows and charts. */
class TraceCommandTest {
    @TempDir
    Path root;

    @Test
    void listsEveryNumberEachChartDrawsWithWhereItsQuoteStarts() throws Exception {
        TestProjects.copyOfInputs(root);
        Map<String, Seed> seeds = SeedLoader.load(root);
        for (Dataset d : DatasetLoader.load(root, seeds.keySet())) {
            CleanDataset clean = Cleaner.clean(d, seeds.get(d.spec().seed()));
            for (ChartSpec chart : d.spec().charts()) {
                CliRun run = CliRun.of("trace", chart.id(), "--root", root.toString());
                assertThat(run.code()).as(run.err()).isZero();
                List<String> lines = run.out().lines().toList();
                List<Point> points = ChartData.of(chart, clean).points();
                assertThat(lines).hasSize(points.size() + 1);
                for (int i = 0; i < points.size(); i++) {
                    Point p = points.get(i);
                    assertThat(lines.get(i)).startsWith("seeds/" + p.row().source() + ": ")
                            .contains(p.value().isPresent() ? ": " + p.label() : ": no value");
                }
                long drawn = points.stream().filter(p -> p.value().isPresent()).count();
                assertThat(lines.get(points.size())).isEqualTo("figures: chart " + chart.id() + " draws " + drawn + " number(s)");
            }
        }
    }

    @Test
    void namesTheRowsAndChartsThatQuoteALine() throws Exception {
        TestProjects.copyOfInputs(root);
        String first = CliRun.of("trace", "brest_litovsk", "--root", root.toString()).out().lines().findFirst().orElseThrow();
        String seedAndLine = first.substring(0, first.indexOf(':', first.indexOf(':') + 1));

        CliRun run = CliRun.of("trace", seedAndLine, "--root", root.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("data/raw/brest_litovsk.csv:2: Population 1/3, quoted from " + seedAndLine + ":",
                "drawn in brest_litovsk");
    }

    @Test
    void refusesAnUnknownChartNamingTheChartsThereAre() throws Exception {
        TestProjects.copyOfInputs(root);
        CliRun run = CliRun.of("trace", "no_such_chart", "--root", root.toString());
        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("expected a chart id of this project [", "brest_litovsk", "found 'no_such_chart'");
    }
}
