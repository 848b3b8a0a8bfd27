package figures.bench;

import figures.audit.Audit;
import figures.audit.AuditRow;
import figures.audit.Waiver;
import figures.audit.WaiverReader;
import figures.chart.ChartData;
import figures.chart.ChartFactory;
import figures.clean.CleanDataset;
import figures.clean.Cleaner;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.export.CsvExport;
import figures.export.Images;
import figures.pipeline.BuildOptions;
import figures.pipeline.Pipeline;
import figures.project.Layout;
import figures.source.Seed;
import figures.source.SeedLoader;
import figures.source.TextFiles;
import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process cost of each stage on the real figures, warm (after JIT compilation): what the whole
 * process runs would cost without the JVM's start-up. {@code -Dfigures.root} names the project (default:
 * the working directory); {@code -Dfigures.chart} the chart drawn (default: war_communism).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class Stages {
    private Path root;
    private Map<String, Seed> seeds;
    private List<Dataset> datasets;
    private List<Waiver> waivers;
    private List<CleanDataset> clean;
    private ChartSpec spec;
    private ChartData data;
    private SourceInfo source;
    private JFreeChart chart;

    @Setup
    public void load() throws Exception {
        root = Path.of(System.getProperty("figures.root", ".")).toAbsolutePath();
        seeds = SeedLoader.load(root);
        datasets = DatasetLoader.load(root, seeds.keySet());
        waivers = WaiverReader.parse(Layout.WAIVERS, TextFiles.readUtf8(root.resolve(Layout.WAIVERS), Layout.WAIVERS),
                seeds.keySet());
        clean = cleanAll();
        String chartId = System.getProperty("figures.chart", "war_communism");
        Map<String, SourceInfo> sources = DatasetLoader.sources(root, seeds.keySet());
        for (CleanDataset d : clean) {
            for (ChartSpec s : d.spec().charts()) {
                if (s.id().equals(chartId)) {
                    spec = s;
                    data = ChartData.of(s, d);
                    source = sources.get(d.spec().seed());
                }
            }
        }
        if (spec == null) {
            throw new IllegalArgumentException("no chart " + chartId + " in " + root);
        }
        chart = ChartFactory.create(spec, data, source);
    }

    private List<CleanDataset> cleanAll() throws Exception {
        List<CleanDataset> out = new ArrayList<>();
        for (Dataset d : datasets) {
            out.add(Cleaner.clean(d, seeds.get(d.spec().seed())));
        }
        return out;
    }

    @Benchmark
    public List<Dataset> readSeedsAndSpecs() throws Exception {
        return DatasetLoader.load(root, SeedLoader.load(root).keySet());
    }

    @Benchmark
    public List<CleanDataset> cleanEveryDataset() throws Exception {
        return cleanAll();
    }

    @Benchmark
    public List<AuditRow> auditEveryMention() throws Exception {
        return Audit.run(seeds, datasets, waivers);
    }

    @Benchmark
    public int writeTidyCsvs() {
        int length = 0;
        for (CleanDataset d : clean) {
            length += CsvExport.write(d.tidy()).length();
        }
        return length;
    }

    @Benchmark
    public JFreeChart makeOneChart() {
        return ChartFactory.create(spec, data, source);
    }

    @Benchmark
    public byte[] drawOneChartToPng2x() {
        return Images.png(chart, spec.width(), spec.height());
    }

    @Benchmark
    public byte[] drawOneChartToPng1x() {
        return Images.png(chart, spec.width(), spec.height(), 1);
    }

    @Benchmark
    public String drawOneChartToSvg() {
        return Images.svg(chart, spec.width(), spec.height(), spec.id(), spec.title(), "alt");
    }

    /** Everything a forced build computes, in memory, on one thread: the sum of the stages above and more. */
    @Benchmark
    public int wholeBuildInMemory() throws Exception {
        return Pipeline.inMemory(root, new BuildOptions(1, true)).size();
    }
}
