package figures.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import figures.output.Change;
import figures.pipeline.BuildOptions;
import figures.pipeline.BuildReport;
import figures.pipeline.LockedBuild;
import figures.pipeline.NoOp;
import figures.pipeline.Pipeline;
import figures.pipeline.Selection;
import figures.project.Layout;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Rebuild data/clean/ and charts/ from seeds/ and data/raw/. Writes nothing if any input is invalid, "
                + "or if nothing changed.",
                "Charts whose inputs are unchanged since the last build are reused; --force draws them all again.",
                // On a line of its own: picocli would wrap a line between the "." and "figures".
                ".figures/manifest.tsv records the inputs each chart was drawn from."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--jobs", paramLabel = "N", description = "Charts drawn at once (default: ${DEFAULT-VALUE}, the number of cores); "
            + "fewer when the heap holds canvases for fewer.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Draw every chart again, reusing nothing.")
    boolean force;

    @Option(names = "--only", paramLabel = "ID", arity = "1..*",
            description = "Build only these datasets and their charts, named by dataset id, chart id or seed file "
                    + "name (all of one article's datasets); other outputs are left as they are.")
    List<String> only = List.of();

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Build the K-th of N shares of the datasets (dealt round-robin in id order); shard 1 also "
                    + "writes the gallery, audit, checks and data package. N jobs together write a full build.")
    String shard;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--json", description = "Print a JSON summary: counts, milliseconds per stage, files written and unchanged.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, found " + jobs);
        }
        Selection selection;
        try {
            Selection sharded = shard == null ? Selection.all() : Selection.shard(shard);
            selection = new Selection(new HashSet<>(only), sharded.shard(), sharded.shards());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long start = System.nanoTime();
        if (!force && selection.isAll() && NoOp.upToDate(project.root())) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (json) {
                spec.commandLine().getOut().printf(Locale.ROOT, "{\"files_changed\":0,\"up_to_date\":true,\"millis\":%d}%n", millis);
            } else if (!quiet) {
                spec.commandLine().getOut().printf(Locale.ROOT, "figures: up to date: no input changed since the last build (%d ms)%n", millis);
            }
            return Main.OK;
        }
        BuildOptions.Progress progress = quiet || json ? BuildOptions.Progress.SILENT
                : new ProgressPrinter(spec.commandLine().getErr(), System.console() != null);
        LockedBuild.Written written = LockedBuild.run(project.root(), new BuildOptions(jobs, force, selection, progress),
                spec.commandLine().getErr()::println);
        BuildReport report = written.report();
        List<Change> changed = written.changes();
        int files = written.files();
        long millis = (System.nanoTime() - start) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        long made = changed.stream().filter(c -> c.kind() != Change.Kind.EXTRA).count(); // new or changed, not removed
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("files", files);
            summary.put("files_changed", changed.size());
            summary.put("files_unchanged", files - made);
            summary.put("charts_drawn", report.chartsDrawn());
            summary.put("charts_reused", report.chartsReused());
            summary.put("jobs", jobs);
            summary.put("threads", report.threads());
            summary.put("millis", millis);
            summary.put("stage_millis", report.millis());
            summary.put("changed", changed.stream().map(Change::toString).toList());
            out.println(new ObjectMapper().writeValueAsString(summary));
        } else if (!quiet) {
            // The build owns data/clean/ and charts/ whole: say what it removed, in case a person put it there.
            changed.stream().filter(c -> c.kind() == Change.Kind.EXTRA).forEach(c -> spec.commandLine().getErr()
                    .println("figures: removed " + c.path() + ", which this build does not make"));
            out.printf(Locale.ROOT, "figures: %s %d files to %s%s in %d ms (charts: %d drawn, %d reused, on %d threads; %s)%n",
                    changed.isEmpty() ? "nothing changed in" : "wrote", files, String.join(" and ", Layout.OUTPUT_DIRS),
                    changed.isEmpty() ? "" : " (" + made + " new or changed)", millis, report.chartsDrawn(),
                    report.chartsReused(), report.threads(), stages(report.millis()));
        }
        return Main.OK;
    }

    private static String stages(Map<String, Long> millis) {
        StringBuilder s = new StringBuilder();
        millis.forEach((stage, ms) -> s.append(s.length() == 0 ? "" : ", ").append(stage).append(' ').append(ms).append(" ms"));
        return s.toString();
    }
}
