package figures.cli;

import figures.pipeline.Trace;
import figures.project.Layout;
import figures.source.Seed;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Check numbers against their sentences. For a chart id: every number the chart draws, "
                + "with its label, the value as written, and the line and column of the seed its quote starts at.",
                "For a seed and line (seeds/article.txt:12): every raw row whose quote stands on that line, and "
                        + "the charts that draw it."})
final class TraceCommand implements Callable<Integer> {
    private static final Pattern SEED_LINE = Pattern.compile("(?:" + Layout.SEEDS + "/)?(.+):(\\d+)");
    private static final int SHOWN_QUOTE = 90;

    @Parameters(paramLabel = "CHART|SEED:LINE", description = "A chart id, or a seed file and a line number.")
    String target;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Matcher m = SEED_LINE.matcher(target);
        if (m.matches()) {
            List<Trace.Use> uses = Trace.line(project.root(), m.group(1), Integer.parseInt(m.group(2)));
            for (Trace.Use u : uses) {
                out.println(u.row().file() + ":" + u.row().line() + ": " + u.series() + " " + u.written() + ", quoted from "
                        + Layout.SEEDS + "/" + u.quoteAt() + "; " + (u.charts().isEmpty() ? "in no chart"
                        : "drawn in " + String.join(", ", u.charts())));
            }
            out.println("figures: " + uses.size() + " row(s) quote line " + m.group(2) + " of " + Layout.SEEDS + "/" + m.group(1));
        } else {
            List<Trace.Drawn> drawn = Trace.chart(project.root(), target);
            for (Trace.Drawn d : drawn) {
                out.println(Layout.SEEDS + "/" + d.at() + ": " + d.name() + ": " + (d.label().isEmpty() ? "no value" : d.label())
                        + (d.written().isEmpty() ? "" : " (written '" + d.written() + "')") + " \"" + Seed.shortened(d.quote(), SHOWN_QUOTE) + "\"");
            }
            out.println("figures: chart " + target + " draws " + drawn.stream().filter(d -> !d.label().isEmpty()).count()
                    + " number(s)");
        }
        out.flush();
        return Main.OK;
    }
}
