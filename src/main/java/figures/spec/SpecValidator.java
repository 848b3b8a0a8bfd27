package figures.spec;

import figures.source.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what YAML alone cannot: that a spec's names point at things that exist. Pure: the caller
 * passes the spec's text so problems can name the line they are on.
 */
public final class SpecValidator {
    /** The largest logical width or height of a chart, in pixels. */
    static final int MAX_SIDE = 2000;

    /** Ids become file names: keep them to characters that are safe everywhere. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]{0,63}");
    /**
     * Ids a dataset or chart may not take: the project's own outputs (data/clean/audit.csv, checks.csv,
     * datapackage.json, charts/index.html) and the names Windows reserves for devices, which no file there
     * can have.
     */
    static final Set<String> RESERVED = Set.of("audit", "checks", "datapackage", "index", "con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    /** The clean table's columns a chart or wide table may be laid out by. */
    public static final List<String> LAYOUT_COLUMNS = List.of("series", "period", "group");

    private SpecValidator() {
    }

    public static List<Problem> check(DatasetSpec spec, String baseName, String file, String text,
                                      Set<String> seeds) {
        List<Problem> problems = new ArrayList<>();
        SpecLines at = new SpecLines(file, text);
        if (spec.id() == null || !ID.matcher(spec.id()).matches()) {
            problems.add(at.problem("id", spec.id(), "an id of lower-case letters, digits and '_'", quoted(spec.id())));
        } else if (RESERVED.contains(spec.id())) {
            problems.add(at.problem("id", spec.id(), "an id that is not one of the project's own outputs or a name "
                    + "Windows reserves " + new TreeSet<>(RESERVED), quoted(spec.id())));
        } else if (!spec.id().equals(baseName)) {
            problems.add(at.problem("id", spec.id(), "the id '" + baseName + "' (the file's name)", quoted(spec.id())));
        }
        if (blank(spec.title())) {
            problems.add(at.problem("title", null, "a title", "none"));
        }
        if (blank(spec.seed()) || !seeds.contains(spec.seed())) {
            problems.add(at.problem("seed", spec.seed(), "the name of a file in seeds/ " + seeds, quoted(spec.seed())));
        }
        checkSeries(spec, at, problems);
        if (spec.wide() != null) {
            checkColumn("rows", spec.wide().rows(), false, at, problems);
            checkColumn("columns", spec.wide().columns(), false, at, problems);
            if ("series".equals(spec.wide().columns())) {
                // A series becomes a column of the wide table, beside the table's own columns.
                Set<String> own = new TreeSet<>(List.of(String.valueOf(spec.wide().rows()), "period_start", "period_end",
                        "ambiguous_cells"));
                spec.series().stream().filter(s -> own.contains(s.name())).forEach(s -> problems.add(at.problem("name",
                        s.name(), "series names other than the wide table's own columns " + own, quoted(s.name()))));
            }
        }
        Set<String> chartIds = new HashSet<>();
        for (ChartSpec chart : spec.charts()) {
            checkChart(spec, chart, at, chartIds, problems);
        }
        return problems;
    }

    /**
     * Problems of {@code data/sources.yml}: an entry without a title, a publication or a date would print
     * "Source: “null”" under every chart; a seed without an entry would have charts citing nothing.
     */
    public static List<Problem> checkSources(Map<String, SourceInfo> sources, String file, String text, Set<String> seeds) {
        List<Problem> problems = new ArrayList<>();
        SpecLines at = new SpecLines(file, text);
        sources.forEach((seed, source) -> {
            List<String> missing = new ArrayList<>();
            if (blank(source.title())) {
                missing.add("title");
            }
            if (blank(source.publication())) {
                missing.add("publication");
            }
            if (blank(source.date())) {
                missing.add("date");
            }
            if (!missing.isEmpty()) {
                problems.add(at.problem(seed, null, "a title, a publication and a date for " + seed,
                        "no " + String.join(", no ", missing)));
            }
        });
        for (String seed : seeds) {
            if (!sources.containsKey(seed)) {
                problems.add(new Problem(file, 1, 1, "an entry for every file in seeds/ (title, publication, date; "
                        + "see README, 'Adding an article')", "none for '" + seed + "'"));
            }
        }
        return problems;
    }

    private static void checkSeries(DatasetSpec spec, SpecLines at, List<Problem> problems) {
        if (spec.series().isEmpty()) {
            problems.add(at.problem("series", null, "at least one series with a name and a unit", "none"));
        }
        Set<String> names = new HashSet<>();
        for (SeriesSpec s : spec.series()) {
            if (blank(s.name())) {
                problems.add(at.problem("name", null, "a series name", "none"));
            } else if (!names.add(s.name())) {
                problems.add(at.problem("name", s.name(), "distinct series names", "'" + s.name() + "' twice"));
            }
            if (blank(s.unit())) {
                problems.add(at.problem("name", s.name(), "a unit for series '" + s.name() + "'", "none"));
            }
        }
    }

    private static void checkChart(DatasetSpec spec, ChartSpec chart, SpecLines at, Set<String> ids,
                                   List<Problem> problems) {
        if (chart.id() == null || !ID.matcher(chart.id()).matches()) {
            problems.add(at.chartProblem(chart.id(), "a chart id of lower-case letters, digits and '_'",
                    quoted(chart.id())));
        } else if (RESERVED.contains(chart.id())) {
            problems.add(at.chartProblem(chart.id(), "a chart id that is not one of the project's own outputs or a "
                    + "name Windows reserves " + new TreeSet<>(RESERVED), quoted(chart.id())));
        } else if (!ids.add(chart.id())) {
            problems.add(at.chartProblem(chart.id(), "distinct chart ids", "'" + chart.id() + "' twice"));
        }
        if (chart.type() == null) {
            problems.add(at.chartProblem(chart.id(), "a chart type for '" + chart.id() + "'", "none"));
        }
        if (blank(chart.title())) {
            problems.add(at.chartProblem(chart.id(), "a title for chart '" + chart.id() + "'", "none"));
        }
        checkColumn("x", chart.x(), false, at, problems);
        checkColumn("by", chart.by(), true, at, problems);
        if (chart.type() != null && chart.type().overTime() && !chart.x().equals("period")) {
            problems.add(at.problem("x", chart.x(), "x: period for a " + chart.type().specName() + " chart",
                    quoted(chart.x())));
        }
        if (!chart.by().isEmpty() && chart.by().equals(chart.x())) {
            problems.add(at.problem("by", chart.by(), "'by' to differ from 'x'", quoted(chart.by())));
        }
        if (!chart.total().isEmpty() && spec.series(chart.total()).isEmpty()) {
            problems.add(at.problem("total", chart.total(), "a series of this dataset " + seriesNames(spec),
                    quoted(chart.total())));
        }
        boolean stacked = chart.type() != null && chart.type().stacked();
        if (!stacked && !(chart.total().isEmpty() && chart.remainder().isEmpty())) {
            problems.add(at.chartProblem(chart.id(), "'total' and 'remainder' only on stacked_hbar and stacked_column charts",
                    "a " + (chart.type() == null ? "chart" : chart.type().specName()) + " chart with them"));
        }
        for (String name : chart.select()) {
            if (spec.series(name).isEmpty()) {
                problems.add(at.problem(null, name, "a series of this dataset " + seriesNames(spec), quoted(name)));
            }
        }
        checkUnits(spec, chart, at, problems);
        checkAxis(chart.axis(), at, problems);
        // The upper bound keeps a chart's canvases (twice the size, three bytes a pixel, one per drawing
        // thread) well inside the launcher's heap: 2000x2000 is 48 MB at 2x.
        boolean widthWrong = chart.width() < 200 || chart.width() > MAX_SIDE;
        if (widthWrong || chart.height() < 150 || chart.height() > MAX_SIDE) {
            String key = widthWrong ? "width" : "height";
            problems.add(at.problem(key, String.valueOf(widthWrong ? chart.width() : chart.height()),
                    "a width of 200 to " + MAX_SIDE + " and a height of 150 to " + MAX_SIDE,
                    chart.width() + "x" + chart.height()));
        }
    }

    /**
     * Series in different units on one axis read as one quantity (690 delegates beside 25 votes, families
     * beside people): a chart draws one unit, unless it shows each series apart, one panel and scale each
     * (small_multiples by series), or draws every series as a share (measure: share_percent).
     */
    private static void checkUnits(DatasetSpec spec, ChartSpec chart, SpecLines at, List<Problem> problems) {
        boolean apart = chart.type() != null && chart.type().panels() && chart.by().equals("series");
        if (apart || chart.measure() == ChartSpec.Measure.SHARE_PERCENT) {
            return;
        }
        Map<String, List<String>> byUnit = new TreeMap<>();
        for (SeriesSpec series : spec.series()) {
            boolean drawn = chart.select().isEmpty() || chart.select().contains(series.name())
                    || series.name().equals(chart.total());
            if (drawn && series.name() != null) {
                byUnit.computeIfAbsent(series.unit() == null ? "" : series.unit(), u -> new ArrayList<>()).add(series.name());
            }
        }
        if (byUnit.size() > 1) {
            String found = byUnit.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining(" and "));
            problems.add(at.chartProblem(chart.id(), "series of one unit on one axis (a 'select:' of one unit, or a "
                    + "small_multiples chart with by: series, one panel and scale each)", found));
        }
    }

    /** An axis that cannot be drawn draws a blank chart, or fails inside JFreeChart: say so where it is set. */
    private static void checkAxis(AxisSpec axis, SpecLines at, List<Problem> problems) {
        for (Double end : new Double[] {axis.min(), axis.max()}) {
            if (end != null && !Double.isFinite(end)) {
                problems.add(at.problem(end.equals(axis.min()) ? "min" : "max", null, "a finite axis end", String.valueOf(end)));
                return;
            }
        }
        if (axis.min() != null && axis.max() != null && axis.min() >= axis.max()) {
            problems.add(at.problem("max", null, "an axis max above its min (" + number(axis.min()) + ")",
                    number(axis.max())));
        }
        if (axis.scale() == AxisSpec.Scale.LOG && axis.min() != null && axis.min() <= 0) {
            problems.add(at.problem("min", null, "a log axis min above 0", number(axis.min())));
        }
        // Beyond this an axis's range overflows a double when JFreeChart pads it (exit 3 before).
        double limit = 1e300;
        if ((axis.min() != null && Math.abs(axis.min()) > limit) || (axis.max() != null && Math.abs(axis.max()) > limit)) {
            problems.add(at.problem(axis.min() != null && Math.abs(axis.min()) > limit ? "min" : "max", null,
                    "axis ends between -1e300 and 1e300", number(Math.abs(axis.min() == null ? 0 : axis.min()) > limit
                            ? axis.min() : axis.max())));
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static void checkColumn(String key, String column, boolean optional, SpecLines at, List<Problem> problems) {
        if (optional && column.isEmpty()) {
            return;
        }
        if (!LAYOUT_COLUMNS.contains(column)) {
            problems.add(at.problem(key, column, "a column of the clean table " + LAYOUT_COLUMNS, quoted(column)));
        }
    }

    private static List<String> seriesNames(DatasetSpec spec) {
        return spec.series().stream().map(SeriesSpec::name).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String quoted(String s) {
        return s == null ? "none" : "'" + s + "'";
    }
}
