package figures.dataset;

import figures.project.Layout;
import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.SafePaths;
import figures.source.TextFiles;
import figures.spec.DatasetSpec;
import figures.spec.SourceInfo;
import figures.spec.SpecReader;
import figures.spec.SpecValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code data/raw/}: every {@code <id>.meta.yml} with its {@code <id>.csv}, and
 * {@code data/sources.yml}. The only place that reads dataset files.
 */
public final class DatasetLoader {
    private DatasetLoader() {
    }

    /** {@code data/sources.yml}, checked: every entry has its required keys, every seed in {@code seeds} one entry. */
    public static Map<String, SourceInfo> sources(Path root, Set<String> seeds) throws InvalidInputException {
        Path file = root.resolve(Layout.SOURCES);
        SafePaths.requireInside(root, file, Layout.SOURCES);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Problem.inFile(Layout.SOURCES,
                    "a file citing each seed (title, publication, date, url)", "no such file"));
        }
        String text = TextFiles.readText(file, Layout.SOURCES);
        Map<String, SourceInfo> sources = SpecReader.sources(Layout.SOURCES, text);
        List<Problem> problems = SpecValidator.checkSources(sources, Layout.SOURCES, text, seeds);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return sources;
    }

    /**
     * A project holds at most this many datasets and charts, and charts of at most this many pixels in all
     * (logical width times height), so that a build ends within a minute and the launcher's heap: each
     * dataset's tables take about 40 KB, and 5,000 small ones (6 MiB of raw files) ran out of 320 MiB. A
     * chart costs about 5 ms and 12 ms per million pixels here on two cores: 1,000 charts of 800x500 build
     * in 10 s, 500 of 2000x2000 (the pixel limit) in 27 s.
     */
    public static final int MAX_DATASETS = 1000;
    public static final int MAX_CHARTS = 1000;
    public static final long MAX_CHART_PIXELS = 2_000_000_000L;

    /** Loads every dataset in name order; collects the problems of all before failing. */
    public static List<Dataset> load(Path root, Set<String> seeds) throws InvalidInputException {
        return load(root, seeds, DatasetLoader::parse);
    }

    /** A dataset's files as read: its base name, its spec's text, and its CSV's text when there is a CSV. */
    public record Texts(String base, String specText, Optional<String> csvText) {
    }

    /** Makes a dataset of its files' texts: {@link #parse}, or a memo of it. */
    public interface Parser {
        Dataset parse(Texts texts, Set<String> seeds) throws InvalidInputException;
    }

    /** Loads every dataset as {@link #load(Path, Set)} does, making each of its texts with {@code parser}. */
    public static List<Dataset> load(Path root, Set<String> seeds, Parser parser) throws InvalidInputException {
        Path raw = root.resolve(Layout.RAW);
        SafePaths.requireInside(root, raw, Layout.RAW);
        if (!Files.isDirectory(raw)) {
            throw new InvalidInputException(Problem.inFile(Layout.RAW, "a directory of raw CSVs and specs", "no such directory"));
        }
        List<String> names;
        try (Stream<Path> files = Files.list(raw)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(Layout.RAW, "a readable directory", e.toString()));
        }
        TextFiles.requireTotalAtMost(names.stream().map(raw::resolve).toList(), TextFiles.MAX_RAW_BYTES, Layout.RAW);
        long specs = names.stream().filter(n -> n.endsWith(Layout.SPEC_SUFFIX)).count();
        if (specs > MAX_DATASETS) {
            throw new InvalidInputException(Problem.inFile(Layout.RAW, "at most " + MAX_DATASETS + " datasets (see README, "
                    + "'Limits')", specs + " files named *" + Layout.SPEC_SUFFIX));
        }
        List<Problem> problems = new ArrayList<>();
        List<Dataset> datasets = new ArrayList<>();
        for (String name : names) {
            try {
                SafePaths.requireInside(root, raw.resolve(name), Layout.RAW + "/" + name);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (name.endsWith(".csv") && !names.contains(name.substring(0, name.length() - 4) + Layout.SPEC_SUFFIX)) {
                problems.add(Problem.inFile(Layout.RAW + "/" + name, "a spec beside it, " + name.replace(".csv", Layout.SPEC_SUFFIX),
                        "none"));
            }
            if (!name.endsWith(Layout.SPEC_SUFFIX)) {
                continue;
            }
            String base = name.substring(0, name.length() - Layout.SPEC_SUFFIX.length());
            try {
                datasets.add(parser.parse(read(raw, base), seeds));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (datasets.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.inFile(Layout.RAW, "at least one dataset (<id>.csv with <id>" + Layout.SPEC_SUFFIX + ")", "none"));
        }
        long charts = datasets.stream().mapToLong(d -> d.spec().charts().size()).sum();
        if (charts > MAX_CHARTS) {
            problems.add(Problem.inFile(Layout.RAW, "at most " + MAX_CHARTS + " charts in all (see README, 'Limits')",
                    charts + " charts"));
        }
        long pixels = datasets.stream().flatMap(d -> d.spec().charts().stream())
                .mapToLong(c -> (long) c.width() * c.height()).sum();
        if (pixels > MAX_CHART_PIXELS) {
            problems.add(Problem.inFile(Layout.RAW, "charts of at most " + MAX_CHART_PIXELS + " pixels in all (width "
                    + "times height, see README, 'Limits')", pixels + " pixels"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return datasets;
    }

    private static Texts read(Path raw, String base) throws InvalidInputException {
        String specText = TextFiles.readText(raw.resolve(base + Layout.SPEC_SUFFIX), Layout.rawSpec(base));
        Path csv = raw.resolve(base + ".csv");
        return new Texts(base, specText, Files.isRegularFile(csv)
                ? Optional.of(TextFiles.readText(csv, Layout.rawCsv(base))) : Optional.empty());
    }

    /** One dataset of its files' texts, checked against the seeds there are. */
    public static Dataset parse(Texts texts, Set<String> seeds) throws InvalidInputException {
        String specFile = Layout.rawSpec(texts.base());
        String csvFile = Layout.rawCsv(texts.base());
        DatasetSpec spec = SpecReader.dataset(specFile, texts.specText());
        List<Problem> problems = new ArrayList<>(SpecValidator.check(spec, texts.base(), specFile, texts.specText(), seeds));
        if (texts.csvText().isEmpty()) {
            problems.add(Problem.inFile(csvFile, "the dataset's rows beside its spec", "no such file"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<RawRow> rows = RawCsv.parse(csvFile, texts.csvText().get());
        return new Dataset(spec, specFile, csvFile, rows, texts.specText());
    }
}
