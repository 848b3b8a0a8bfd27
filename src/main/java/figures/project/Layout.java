package figures.project;

import java.util.List;

/**
 * Where everything lives in a project folder, by path relative to its root: the one place that names a
 * project's files and folders. Plain strings, no I/O, no dependencies, so that every stage (and the no-op
 * check, which runs before any library is loaded) can use it.
 */
public final class Layout {
    // Inputs: read, never written, by the tool.
    /** The source texts, one file each. */
    public static final String SEEDS = "seeds";
    /** Each dataset's raw CSV and its spec. */
    public static final String RAW = "data/raw";
    /** The publication each seed comes from. */
    public static final String SOURCES = "data/sources.yml";
    /** Consistency rules between datasets. */
    public static final String CHECKS = "data/checks.yml";
    /** Numeric mentions that are not data, each with its reason. */
    public static final String WAIVERS = "data/audit-waivers.csv";
    /** A dataset's spec is {@code data/raw/<id>.meta.yml}, beside {@code data/raw/<id>.csv}. */
    public static final String SPEC_SUFFIX = ".meta.yml";
    public static final List<String> INPUT_DIRS = List.of(SEEDS, RAW);
    public static final List<String> INPUT_FILES = List.of(SOURCES, CHECKS, WAIVERS);

    // Outputs: every file in these folders is made by a build, which replaces them whole.
    public static final String CLEAN = "data/clean";
    public static final String CHARTS = "charts";
    public static final List<String> OUTPUT_DIRS = List.of(CLEAN, CHARTS);
    public static final String AUDIT_CSV = CLEAN + "/audit.csv";
    public static final String CHECKS_CSV = CLEAN + "/checks.csv";
    public static final String DATA_PACKAGE = CLEAN + "/datapackage.json";
    public static final String GALLERY = CHARTS + "/index.html";
    /** The files of a chart: 2x PNG, 1x PNG, SVG, PDF for print and alt text. */
    public static final List<String> CHART_SUFFIXES = List.of(".png", ".1x.png", ".svg", ".pdf", ".txt");

    // The tool's own state: not committed, never an input or an output.
    /** Held while a build runs, so that one build at a time writes. */
    public static final String LOCK = ".figures.lock";
    /** A build's staging folder is this prefix and the build's process id. */
    public static final String STAGING_PREFIX = ".figures-tmp-";
    public static final String CACHE = ".figures";
    /** What each chart on disk was drawn from, so that an unchanged chart is reused. */
    public static final String MANIFEST = CACHE + "/manifest.tsv";
    /** The last build's inputs and outputs, so that a build with nothing to do stops early. */
    public static final String LAST_BUILD = CACHE + "/last-build";

    private Layout() {
    }

    public static String rawCsv(String datasetId) {
        return RAW + "/" + datasetId + ".csv";
    }

    public static String rawSpec(String datasetId) {
        return RAW + "/" + datasetId + SPEC_SUFFIX;
    }

    public static String seed(String fileName) {
        return SEEDS + "/" + fileName;
    }

    public static String tidyCsv(String datasetId) {
        return CLEAN + "/" + datasetId + ".csv";
    }

    public static String wideCsv(String datasetId) {
        return CLEAN + "/" + datasetId + ".wide.csv";
    }

    /** A chart's file: {@code charts/<id><suffix>}, the suffix one of {@link #CHART_SUFFIXES}. */
    public static String chartFile(String chartId, String suffix) {
        return CHARTS + "/" + chartId + suffix;
    }

    /** A seed's reading page: {@code charts/texts/<seed file>.html}, its text with every quoted passage marked. */
    public static String textPage(String seedFileName) {
        return CHARTS + "/texts/" + seedFileName + ".html";
    }

    /** The link to a project file from a page in {@code charts/} (the gallery). */
    public static String fromCharts(String path) {
        return path.startsWith(CHARTS + "/") ? path.substring(CHARTS.length() + 1) : "../" + path;
    }
}
