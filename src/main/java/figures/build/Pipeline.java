package figures.build;

import figures.audit.Audit;
import figures.audit.AuditRow;
import figures.audit.AuditTable;
import figures.audit.Waiver;
import figures.audit.WaiverReader;
import figures.chart.AltText;
import figures.crosscheck.CheckResult;
import figures.crosscheck.ChecksTable;
import figures.crosscheck.CrossCheck;
import figures.dataset.SpecLines;
import figures.dataset.SpecReader;
import figures.chart.ChartData;
import figures.chart.ChartFactory;
import figures.chart.ChartSpec;
import figures.clean.CleanDataset;
import figures.clean.Cleaner;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.dataset.SourceInfo;
import figures.export.CsvExport;
import figures.export.Gallery;
import figures.export.Images;
import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.Seed;
import figures.source.SeedLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/**
 * The whole build, from seeds and raw data to every output file, each handed to an {@link OutputSink} as
 * soon as it is made. Reads and checks every input, cross-checks included, before it makes anything;
 * where the files go is the sink's business (memory, or {@link OutputTree}'s staging directory).
 */
public final class Pipeline {
    public static final String CLEAN = "data/clean";
    public static final String CHARTS = "charts";
    public static final String CHECKS = "data/checks.yml";
    /** The directories the tool owns and rewrites whole. */
    public static final List<String> OUTPUT_DIRS = List.of(CLEAN, CHARTS);

    private Pipeline() {
    }

    /** Every output file, by path relative to the project root, in a stable order: a full build, in memory. */
    public static SortedMap<String, byte[]> run(Path root) throws InvalidInputException {
        return inMemory(root, BuildOptions.fresh());
    }

    /** Every output file of a build with these options, in memory (for tests and benchmarks; a real build streams). */
    public static SortedMap<String, byte[]> inMemory(Path root, BuildOptions options) throws InvalidInputException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            run(root, options, (path, content) -> {
                synchronized (files) {
                    files.put(path, content);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // only a sink writes, and this one does not
        }
        return files;
    }

    /**
     * Makes every output file and puts it into {@code sink}, drawing charts on {@code options.jobs()}
     * threads and reusing unchanged ones.
     */
    public static BuildReport run(Path root, BuildOptions options, OutputSink sink) throws InvalidInputException, IOException {
        Warmup.start();
        Stopwatch clock = new Stopwatch(options.progress());
        for (String dir : OUTPUT_DIRS) {
            figures.source.SafePaths.requireInside(root, root.resolve(dir), dir);
        }
        Inputs in = Inputs.load(root);
        Map<String, SourceInfo> sources = in.sources();
        // A mistyped --only is said before the datasets are cleaned, not after.
        java.util.Set<String> unknown = new java.util.TreeSet<>(options.selection().only());
        in.datasets().forEach(d -> unknown.remove(d.id()));
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(Problem.inFile("--only", "dataset ids among "
                    + in.datasets().stream().map(Dataset::id).toList(), "unknown " + unknown));
        }
        clock.lap("read");
        List<CleanDataset> clean = cleanAll(in.datasets(), in.seeds(), sources);
        List<CheckResult> checkResults = crossCheck(root, clean);
        Table checks = ChecksTable.of(checkResults);
        clock.lap("clean");
        java.util.Set<String> chosen = options.selection().datasets(clean.stream().map(CleanDataset::id).toList());
        List<ChartSpec> toDraw = !options.charts() ? List.of()
                : clean.stream().filter(d -> chosen.contains(d.id())).flatMap(d -> d.spec().charts().stream()).toList();
        int chartCount = toDraw.size();
        int threads = ChartDrawer.threads(options.jobs(), chartCount,
                Images.canvasBytes(toDraw.stream().mapToInt(ChartSpec::width).max().orElse(0),
                        toDraw.stream().mapToInt(ChartSpec::height).max().orElse(0)),
                Runtime.getRuntime().maxMemory());

        // Charts are drawn on other threads from here on, while this one writes the tables.
        // Only a build that writes the outputs keeps their manifest; a forced one records without reusing.
        ChartCache cache = ChartCache.load(root, options.charts() && sink.writesOutputs(), !options.force());
        try (ChartDrawer drawer = new ChartDrawer(cache, sink, threads, chartCount, options.progress())) {
            List<Gallery.Entry> gallery = new ArrayList<>();
            for (CleanDataset d : clean) {
                boolean produce = chosen.contains(d.id());
                List<String> dataFiles = new ArrayList<>();
                byte[] tidy = utf8(CsvExport.write(d.tidy()));
                if (produce) {
                    sink.put(CLEAN + "/" + d.id() + ".csv", tidy);
                }
                dataFiles.add("../" + CLEAN + "/" + d.id() + ".csv");
                if (d.wide().isPresent()) {
                    if (produce) {
                        sink.put(CLEAN + "/" + d.id() + ".wide.csv", utf8(CsvExport.write(d.wide().get())));
                    }
                    dataFiles.add("../" + CLEAN + "/" + d.id() + ".wide.csv");
                }
                SourceInfo source = sources.get(d.spec().seed());
                for (ChartSpec spec : d.spec().charts()) {
                    ChartData data = ChartData.of(spec, d);
                    String alt = AltText.of(spec, data);
                    if (produce && options.charts()) {
                        ChartJob job = new ChartJob(spec, data, source, alt);
                        // What a chart is drawn from: the tool, its spec (the whole spec file, so that no
                        // setting can be left out), its data and its citation.
                        drawer.submit(spec.id(), Digest.sha256(Fingerprint.of(), utf8(spec.id()),
                                utf8(d.source().specText()), tidy, utf8(source.citation())), job::draw);
                    }
                    gallery.add(GalleryParts.entry(spec, data, alt, source, d.spec().seed(), dataFiles));
                }
            }
            List<AuditRow> auditRows = audit(in);
            Table audit = AuditTable.of(auditRows);
            if (options.selection().projectWide()) {
                if (options.charts()) {
                    sink.put(CHARTS + "/index.html", utf8(Gallery.html(gallery, GalleryParts.accounting(auditRows, checkResults))));
                }
                sink.put(CLEAN + "/audit.csv", utf8(CsvExport.write(audit)));
                sink.put(CLEAN + "/checks.csv", utf8(CsvExport.write(checks)));
                sink.put(CLEAN + "/datapackage.json", utf8(Packaging.datapackage(clean, sources, audit, checks)));
            }
            clock.lap("tables");

            drawer.await();
            clock.lap("charts");
            try {
                cache.save();
            } catch (java.io.IOException e) {
                // Only the next build's speed depends on the manifest; it never decides an output.
            }
            return new BuildReport(drawer.drawn(), chartCount - drawer.drawn(), drawer.threads(), clock.laps());
        }
    }

    /** One chart to draw: what it shows, where it comes from, and its alt text. */
    private record ChartJob(ChartSpec spec, ChartData data, SourceInfo source, String alt) {
        Map<String, byte[]> draw() {
            JFreeChart chart = ChartFactory.create(spec, data, source);
            Map<String, byte[]> out = new TreeMap<>();
            out.put(CHARTS + "/" + spec.id() + ".png", Images.png(chart, spec.width(), spec.height()));
            out.put(CHARTS + "/" + spec.id() + ".1x.png", Images.png(chart, spec.width(), spec.height(), 1));
            out.put(CHARTS + "/" + spec.id() + ".svg",
                    utf8(Images.svg(chart, spec.width(), spec.height(), spec.id(), spec.title(), alt)));
            out.put(CHARTS + "/" + spec.id() + ".txt", utf8(alt + "\n"));
            return out;
        }
    }

    /** Runs {@code data/checks.yml}; an unresolved reference or an unexplained contradiction fails the build. */
    private static List<CheckResult> crossCheck(Path root, List<CleanDataset> clean) throws InvalidInputException {
        Path file = root.resolve(CHECKS);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return List.of();
        }
        String text = figures.source.TextFiles.readUtf8(file, CHECKS);
        Map<String, CleanDataset> byId = new java.util.TreeMap<>();
        clean.forEach(d -> byId.put(d.id(), d));
        List<CrossCheck.Unresolved> unresolved = new ArrayList<>();
        List<CheckResult> results = CrossCheck.run(SpecReader.checks(CHECKS, text), byId, unresolved);
        SpecLines lines = new SpecLines(CHECKS, text);
        List<Problem> problems = new ArrayList<>();
        for (CrossCheck.Unresolved u : unresolved) {
            problems.add(lines.problem("id", u.spec().id(), "a dataset row with a value for " + u.reference(), "none"));
        }
        for (CheckResult r : results) {
            if (r.fails()) {
                problems.add(lines.problem("id", r.spec().id(), r.expectation() + ", or an 'explained:' reason",
                        "left " + r.leftWritten() + " = " + CsvExport.number(r.left()) + " against right "
                                + r.rightWritten() + " = " + CsvExport.number(r.right())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return results;
    }

    /** How every numeric mention in the seeds is accounted for, and which waivers waive nothing. */
    public static Audit.Report audit(Path root) throws InvalidInputException {
        Inputs in = Inputs.load(root);
        return Audit.report(in.seeds(), in.datasets(), in.waivers());
    }

    private static List<AuditRow> audit(Inputs in) {
        return Audit.run(in.seeds(), in.datasets(), in.waivers());
    }

    /** Everything the build reads, read once. */
    private record Inputs(Map<String, Seed> seeds, Map<String, SourceInfo> sources, List<Dataset> datasets,
                          List<Waiver> waivers) {
        static Inputs load(Path root) throws InvalidInputException {
            Map<String, Seed> seeds = SeedLoader.load(root);
            Map<String, SourceInfo> sources = DatasetLoader.sources(root);
            List<Dataset> datasets = DatasetLoader.load(root, seeds.keySet());
            Path waivers = root.resolve(WaiverReader.FILE);
            List<Waiver> rules = java.nio.file.Files.isRegularFile(waivers)
                    ? WaiverReader.parse(WaiverReader.FILE, figures.source.TextFiles.readUtf8(waivers, WaiverReader.FILE))
                    : List.of();
            return new Inputs(seeds, sources, datasets, rules);
        }
    }

    private static List<CleanDataset> cleanAll(List<Dataset> datasets, Map<String, Seed> seeds,
                                               Map<String, SourceInfo> sources) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<CleanDataset> clean = new ArrayList<>();
        Map<String, String> chartOwners = new HashMap<>();
        for (Dataset d : datasets) {
            if (!sources.containsKey(d.spec().seed())) {
                problems.add(Problem.inFile(DatasetLoader.SOURCES, "an entry citing seeds/" + d.spec().seed(),
                        "none (needed by " + d.specFile() + ")"));
            }
            for (ChartSpec chart : d.spec().charts()) {
                String owner = chartOwners.putIfAbsent(chart.id(), d.specFile());
                if (owner != null && !owner.equals(d.specFile())) {
                    problems.add(Problem.inFile(d.specFile(), "a chart id no other dataset uses",
                            "'" + chart.id() + "', also in " + owner));
                }
            }
            try {
                clean.add(Cleaner.clean(d, seeds.get(d.spec().seed())));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
