package figures.pipeline;

import figures.audit.Audit;
import figures.audit.AuditRow;
import figures.audit.AuditTable;
import figures.audit.MentionScanner;
import figures.chart.AltText;
import figures.chart.ChartData;
import figures.chart.ChartFactory;
import figures.chart.Marks;
import figures.clean.CleanDataset;
import figures.clean.Cleaner;
import figures.crosscheck.CheckResult;
import figures.crosscheck.ChecksTable;
import figures.crosscheck.CrossCheck;
import figures.dataset.Dataset;
import figures.export.CsvExport;
import figures.export.Gallery;
import figures.export.Images;
import figures.export.MarkOverlay;
import figures.export.Pdf;
import figures.export.ReadingPage;
import figures.export.Xlsx;
import figures.output.OutputSink;
import figures.project.Layout;
import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.Seed;
import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import figures.spec.SpecLines;
import figures.spec.SpecReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/**
 * The whole build, from seeds and raw data to every output file, each handed to an {@link OutputSink} as
 * soon as it is made. It reads and checks every input, cross-checks included, before it makes anything;
 * where the files go is the sink's business (memory, or the output package's staging directory).
 */
public final class Pipeline {

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
            throw new UncheckedIOException(e); // only a sink writes, and this one does not
        }
        return files;
    }

    /**
     * Makes every output file and puts it into {@code sink}, drawing charts on {@code options.jobs()}
     * threads and reusing unchanged ones: read, clean and cross-check, then write tables while charts draw.
     */
    public static BuildReport run(Path root, BuildOptions options, OutputSink sink) throws InvalidInputException, IOException {
        return run(root, options, sink, Memo.NONE);
    }

    /**
     * As {@link #run(Path, BuildOptions, OutputSink)}, taking from {@code memo} what an earlier build of
     * this process worked out from inputs that have not changed: the same files, sooner.
     */
    public static BuildReport run(Path root, BuildOptions options, OutputSink sink, Memo memo)
            throws InvalidInputException, IOException {
        try {
            return build(root, options, sink, memo);
        } finally {
            memo.endBuild();
        }
    }

    private static BuildReport build(Path root, BuildOptions options, OutputSink sink, Memo memo)
            throws InvalidInputException, IOException {
        Warmup.start();
        Stopwatch clock = new Stopwatch(options.progress());
        Inputs in = Inputs.load(root, memo);
        Map<String, Set<String>> names = names(in.datasets());
        requireKnown(options.selection(), names);
        clock.lap("read");

        Cleaned cleaned = cleanAll(in, memo);
        List<CleanDataset> clean = cleaned.datasets();
        List<CheckResult> checks = crossCheck(in.checksText(), clean);
        clock.lap("clean");

        Set<String> chosen = options.selection().datasets(names);
        List<ChartSpec> toDraw = !options.charts() ? List.of() : clean.stream().filter(d -> chosen.contains(d.id()))
                .flatMap(d -> d.spec().charts().stream()).toList();
        // Only a build that writes the outputs keeps their manifest; a forced one records without reusing.
        ChartCache cache = ChartCache.load(root, options.charts() && sink.writesOutputs(), !options.force());
        // Charts are drawn on other threads from here on, while this one writes the tables.
        try (ChartDrawer drawer = new ChartDrawer(cache, sink, threads(options, toDraw), toDraw.size(), options.progress())) {
            Map<String, List<Gallery.Entry>> gallery = new TreeMap<>();
            for (CleanDataset d : clean) {
                gallery.put(d.id(), produce(d, cleaned.charts(), chosen.contains(d.id()),
                        in.sources().get(d.spec().seed()), options, sink, drawer, memo));
            }
            if (options.selection().projectWide()) {
                produceProjectFiles(in, clean, checks, gallery, options, sink, memo);
            }
            clock.lap("tables");

            drawer.await();
            clock.lap("charts");
            cache.saveQuietly();
            return new BuildReport(drawer.drawn(), toDraw.size() - drawer.drawn(), drawer.threads(), clock.laps());
        }
    }

    /**
     * Every clean table as one typed workbook (.xlsx), described as the data package describes them: what
     * {@code excel --to} writes beside the Excel CSVs. Inputs are read and checked as a build reads them.
     */
    public static byte[] workbook(Path root) throws InvalidInputException {
        Inputs in = Inputs.load(root);
        Cleaned cleaned = cleanAll(in, Memo.NONE);
        List<CheckResult> checks = crossCheck(in.checksText(), cleaned.datasets());
        Table audit = AuditTable.of(Audit.run(in.seeds(), in.datasets(), in.waivers()));
        return Xlsx.of(Packaging.contents(cleaned.datasets(), in.sources(), audit, ChecksTable.of(checks)));
    }

    /** How every numeric mention in the seeds is accounted for, and which waivers waive nothing. */
    public static Audit.Report audit(Path root) throws InvalidInputException {
        Inputs in = Inputs.load(root);
        return Audit.report(in.seeds(), in.datasets(), in.waivers());
    }

    /**
     * A mistyped {@code --only} is said before the datasets are cleaned, not after, with every name it could
     * have been; a problem with an option, which the command line reports as a usage error.
     */
    private static void requireKnown(Selection selection, Map<String, Set<String>> names) throws InvalidInputException {
        Set<String> unknown = selection.unknown(names);
        if (!unknown.isEmpty()) {
            Set<String> known = new TreeSet<>();
            names.values().forEach(known::addAll);
            throw new InvalidInputException(Problem.inFile("--only", "dataset ids, chart ids or seed file names among "
                    + known, "unknown " + unknown));
        }
    }

    /** Each dataset's id, to the names {@code --only} selects it by: its id, its charts' ids and its seed. */
    private static Map<String, Set<String>> names(List<Dataset> datasets) {
        Map<String, Set<String>> names = new TreeMap<>();
        for (Dataset d : datasets) {
            Set<String> own = new TreeSet<>(List.of(d.id(), d.spec().seed()));
            d.spec().charts().forEach(c -> own.add(c.id()));
            names.put(d.id(), own);
        }
        return names;
    }

    /** The clean datasets, and what each chart draws (checked while cleaning, drawn from afterwards), by chart id. */
    private record Cleaned(List<CleanDataset> datasets, Map<String, ChartData> charts) {
    }

    /** Cleans every dataset, collecting every dataset's problems before failing. */
    private static Cleaned cleanAll(Inputs in, Memo memo) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<CleanDataset> clean = new ArrayList<>();
        Map<String, ChartData> charts = new HashMap<>();
        Map<String, String> chartOwners = new HashMap<>();
        long marks = 0;
        for (Dataset d : in.datasets()) {
            if (!in.sources().containsKey(d.spec().seed())) {
                problems.add(new SpecLines(d.specFile(), d.specText()).problem("seed", d.spec().seed(),
                        "a seed that " + Layout.SOURCES + " cites " + in.sources().keySet(),
                        "'" + d.spec().seed() + "', which it does not cite"));
            }
            for (ChartSpec chart : d.spec().charts()) {
                String owner = chartOwners.putIfAbsent(chart.id(), d.specFile());
                if (owner != null && !owner.equals(d.specFile())) {
                    problems.add(Problem.inFile(d.specFile(), "a chart id no other dataset uses",
                            "'" + chart.id() + "', also in " + owner));
                }
            }
            try {
                Seed seed = in.seeds().get(d.spec().seed());
                CleanDataset cleaned = memo.remember("clean", List.of(Memo.same(d), Memo.same(seed)),
                        () -> Cleaner.clean(d, seed));
                marks += checkMarks(d, cleaned, charts, problems);
                clean.add(cleaned);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (marks > MAX_MARKS) {
            problems.add(Problem.inFile(Layout.RAW, "at most " + MAX_MARKS + " marks (bars, segments, points) in all "
                    + "charts (see README, 'Limits')", marks + " marks"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Cleaned(clean, charts);
    }

    /**
     * The most marks one chart, and all charts together, may draw: beyond them no reader tells the marks
     * apart, and a build could run for minutes or out of heap (10 lines of 2,000 points did: 320 MiB).
     */
    static final int MAX_MARKS_PER_CHART = 2000;
    static final int MAX_MARKS = 50_000;

    /**
     * Each chart draws each mark once, and not too many: returns how many marks the dataset's charts draw,
     * and keeps what each draws in {@code charts}.
     */
    private static long checkMarks(Dataset d, CleanDataset cleaned, Map<String, ChartData> charts, List<Problem> problems) {
        long marks = 0;
        for (ChartSpec chart : d.spec().charts()) {
            ChartData data = ChartData.of(chart, cleaned);
            charts.put(chart.id(), data);
            SpecLines at = new SpecLines(d.specFile(), d.specText());
            data.markDrawnTwice().ifPresent(mark -> problems.add(at.chartProblem(chart.id(), "one row for each mark "
                    + "of the chart (x: " + chart.x() + (chart.by().isEmpty() ? "" : ", by: " + chart.by())
                    + "; a 'by:' or 'select:' tells rows apart)", "two rows for " + mark)));
            if (data.points().size() > MAX_MARKS_PER_CHART) {
                problems.add(at.chartProblem(chart.id(), "a chart of at most " + MAX_MARKS_PER_CHART + " marks (bars, "
                        + "segments, points; see README, 'Limits'), or a 'select:' of fewer series", data.points().size() + " marks"));
            }
            marks += data.points().size();
        }
        return marks;
    }

    /** Runs {@code data/checks.yml}; an unresolved reference or an unexplained contradiction fails the build. */
    private static List<CheckResult> crossCheck(Optional<String> checksText, List<CleanDataset> clean)
            throws InvalidInputException {
        if (checksText.isEmpty()) {
            return List.of();
        }
        String text = checksText.get();
        Map<String, CleanDataset> byId = new TreeMap<>();
        clean.forEach(d -> byId.put(d.id(), d));
        List<CrossCheck.Unresolved> unresolved = new ArrayList<>();
        List<CheckResult> results = CrossCheck.run(SpecReader.checks(Layout.CHECKS, text), byId, unresolved);
        SpecLines lines = new SpecLines(Layout.CHECKS, text);
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

    /** How many tasks draw a chart ({@code ChartJob}). */
    private static final int PARTS = 2;

    /** As many drawing threads as the options ask for, and the heap has room for the largest canvas. */
    private static int threads(BuildOptions options, List<ChartSpec> toDraw) {
        long canvas = Images.canvasBytes(toDraw.stream().mapToInt(ChartSpec::width).max().orElse(0),
                toDraw.stream().mapToInt(ChartSpec::height).max().orElse(0));
        return ChartDrawer.threads(options.jobs(), toDraw.size() * PARTS, canvas, Runtime.getRuntime().maxMemory());
    }

    /**
     * One dataset's files: its tables (when selected) and its charts, handed to the drawer. Returns its
     * charts' gallery entries, which the gallery needs whether or not this build draws them (none for a
     * dataset without a chart, which the gallery lists as a table).
     */
    private static List<Gallery.Entry> produce(CleanDataset d, Map<String, ChartData> charts, boolean selected,
                                               SourceInfo source, BuildOptions options, OutputSink sink,
                                               ChartDrawer drawer, Memo memo) throws IOException {
        byte[] tidy = memo.remember("tidy", Memo.same(d), () -> utf8(CsvExport.write(d.tidy())));
        if (selected) {
            sink.put(Layout.tidyCsv(d.id()), tidy);
            if (d.wide().isPresent()) {
                sink.put(Layout.wideCsv(d.id()), memo.remember("wide", Memo.same(d), () -> utf8(CsvExport.write(d.wide().get()))));
            }
        }
        List<String> dataFiles = GalleryParts.dataFiles(d);
        List<Gallery.Entry> entries = new ArrayList<>();
        for (ChartSpec spec : d.spec().charts()) {
            ChartData data = charts.get(spec.id());
            String alt = AltText.of(spec, data);
            if (selected && options.charts()) {
                ChartJob job = new ChartJob(spec, data, source, alt, d.id(), options.pdfColours());
                // What a chart is drawn from: the tool, its spec (the whole spec file, so that no setting can
                // be left out), its data, its citation and the PDF's colours.
                drawer.submit(spec.id(), Digest.sha256(Fingerprint.of(), utf8(spec.id()),
                        utf8(d.source().specText()), tidy, utf8(source.citation()),
                        utf8(options.pdfColours().name())), job::draw, List.of(job::screenPng, job::rest));
            }
            entries.add(GalleryParts.entry(spec, data, alt, source, d.spec().seed(), dataFiles));
        }
        return entries;
    }

    /** The files that describe the whole project: the gallery, the audit, the cross-checks, the data package. */
    private static void produceProjectFiles(Inputs in, List<CleanDataset> clean, List<CheckResult> checkResults,
                                            Map<String, List<Gallery.Entry>> gallery, BuildOptions options,
                                            OutputSink sink, Memo memo)
            throws IOException, InvalidInputException {
        List<AuditRow> auditRows = audit(in, memo);
        Table audit = memo.remember("audit table", Memo.same(auditRows), () -> AuditTable.of(auditRows));
        Table checks = ChecksTable.of(checkResults);
        if (options.charts()) {
            sink.put(Layout.GALLERY, utf8(Gallery.html(GalleryParts.articles(in.seeds().keySet(), in.sources(), clean,
                    gallery, auditRows), GalleryParts.checks(checkResults))));
            for (Seed seed : in.seeds().values()) {
                ReadingPage.Parts page = GalleryParts.readingPage(seed, in.sources().get(seed.fileName()), in.datasets(),
                        auditRows);
                sink.put(Layout.textPage(seed.fileName()), memo.remember("page", List.of(Memo.same(seed), page),
                        () -> utf8(ReadingPage.html(seed, page))));
            }
        }
        sink.put(Layout.AUDIT_CSV, memo.remember("audit csv", Memo.same(audit), () -> utf8(CsvExport.write(audit))));
        sink.put(Layout.CHECKS_CSV, utf8(CsvExport.write(checks)));
        sink.put(Layout.DATA_PACKAGE, utf8(Packaging.datapackage(clean, in.sources(), audit, checks)));
    }

    /**
     * Every mention of every seed, accounted for; computed again only when a seed, a waiver or a dataset's
     * rows changed (not for a chart's title).
     */
    private static List<AuditRow> audit(Inputs in, Memo memo) throws InvalidInputException {
        List<Object> key = new ArrayList<>();
        in.seeds().values().forEach(seed -> key.add(Memo.same(seed)));
        in.datasets().forEach(d -> key.add(List.of(d.id(), d.spec().seed(), d.rows())));
        key.add(in.waivers());
        return memo.remember("audit", key, () -> Audit.run(in.seeds(), in.datasets(), in.waivers(),
                seed -> memo.remember("mentions", Memo.same(seed), () -> MentionScanner.scan(seed))));
    }

    /**
     * One chart to draw: what it shows, where it comes from, and its alt text. All its files at once, or in
     * two parts of about equal time (the 2x PNG, then the rest) that threads draw at the same time, each
     * from a JFreeChart of its own (one is not to be drawn by two threads at once).
     */
    private record ChartJob(ChartSpec spec, ChartData data, SourceInfo source, String alt, String dataset,
                            Pdf.Colours pdfColours) {
        Map<String, byte[]> draw() {
            return files(true, true);
        }

        Map<String, byte[]> screenPng() {
            return files(true, false);
        }

        Map<String, byte[]> rest() {
            return files(false, true);
        }

        private Map<String, byte[]> files(boolean screenPng, boolean rest) {
            JFreeChart chart = ChartFactory.create(spec, data, source);
            Images.Described described = new Images.Described(spec.title(), alt,
                    source.citation() + (source.url().isEmpty() ? "" : ", " + source.url()));
            Map<String, byte[]> out = new TreeMap<>();
            if (screenPng) {
                out.put(Layout.chartFile(spec.id(), ".png"), Images.png(chart, spec.width(), spec.height(),
                        Images.PNG_SCALE, described));
            }
            if (rest) {
                out.put(Layout.chartFile(spec.id(), ".1x.png"), Images.png(chart, spec.width(), spec.height(), 1, described));
                out.put(Layout.chartFile(spec.id(), ".svg"),
                        utf8(Images.svg(chart, spec.width(), spec.height(), spec.id(), spec.title(), alt,
                                info -> MarkOverlay.svg(Marks.of(info, spec, data), dataset))));
                out.put(Layout.chartFile(spec.id(), ".pdf"),
                        Pdf.pdf(chart, spec.width(), spec.height(), spec.id(), described, pdfColours));
                out.put(Layout.chartFile(spec.id(), ".txt"), utf8(alt + "\n"));
            }
            return out;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
