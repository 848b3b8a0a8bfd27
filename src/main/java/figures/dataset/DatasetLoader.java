package figures.dataset;

import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code data/raw/}: every {@code <id>.meta.yml} with its {@code <id>.csv}, and
 * {@code data/sources.yml}. The only place that reads dataset files.
 */
public final class DatasetLoader {
    public static final String SPEC_SUFFIX = ".meta.yml";
    public static final String SOURCES = "data/sources.yml";
    public static final String RAW = "data/raw";

    private DatasetLoader() {
    }

    public static Map<String, SourceInfo> sources(Path root) throws InvalidInputException {
        Path file = root.resolve(SOURCES);
        figures.source.SafePaths.requireInside(root, file, SOURCES);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Problem.inFile(SOURCES,
                    "a file citing each seed (title, publication, date, url)", "no such file"));
        }
        return SpecReader.sources(SOURCES, TextFiles.readUtf8(file, SOURCES));
    }

    /** Loads every dataset in name order; collects the problems of all before failing. */
    public static List<Dataset> load(Path root, Set<String> seeds) throws InvalidInputException {
        Path raw = root.resolve(RAW);
        figures.source.SafePaths.requireInside(root, raw, RAW);
        if (!Files.isDirectory(raw)) {
            throw new InvalidInputException(Problem.inFile(RAW, "a directory of raw CSVs and specs", "no such directory"));
        }
        List<String> names;
        try (Stream<Path> files = Files.list(raw)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(RAW, "a readable directory", e.toString()));
        }
        List<Problem> problems = new ArrayList<>();
        List<Dataset> datasets = new ArrayList<>();
        for (String name : names) {
            try {
                figures.source.SafePaths.requireInside(root, raw.resolve(name), RAW + "/" + name);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (name.endsWith(".csv") && !names.contains(name.substring(0, name.length() - 4) + SPEC_SUFFIX)) {
                problems.add(Problem.inFile(RAW + "/" + name, "a spec beside it, " + name.replace(".csv", SPEC_SUFFIX),
                        "none"));
            }
            if (!name.endsWith(SPEC_SUFFIX)) {
                continue;
            }
            String base = name.substring(0, name.length() - SPEC_SUFFIX.length());
            try {
                datasets.add(loadOne(raw, base, seeds));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (datasets.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.inFile(RAW, "at least one dataset (<id>.csv with <id>" + SPEC_SUFFIX + ")", "none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return datasets;
    }

    private static Dataset loadOne(Path raw, String base, Set<String> seeds) throws InvalidInputException {
        String specFile = RAW + "/" + base + SPEC_SUFFIX;
        String csvFile = RAW + "/" + base + ".csv";
        String specText = TextFiles.readUtf8(raw.resolve(base + SPEC_SUFFIX), specFile);
        DatasetSpec spec = SpecReader.dataset(specFile, specText);
        List<Problem> problems = new ArrayList<>(SpecValidator.check(spec, base, specFile, specText, seeds));
        if (!Files.isRegularFile(raw.resolve(base + ".csv"))) {
            problems.add(Problem.inFile(csvFile, "the dataset's rows beside its spec", "no such file"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<RawRow> rows = RawCsv.parse(csvFile, TextFiles.readUtf8(raw.resolve(base + ".csv"), csvFile));
        return new Dataset(spec, specFile, csvFile, rows, specText);
    }
}
