package figures.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import figures.output.Change;
import figures.output.Differences;
import figures.output.OutputTree;
import figures.pipeline.BuildOptions;
import figures.pipeline.Pipeline;
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

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Rebuild and compare with data/clean/ and charts/ on disk; exit 1 if any file is stale, missing or extra.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--json", description = "Print the result as JSON on standard output: up_to_date, the number of "
            + "files compared, and one entry per stale, missing or extra file (the exit code is the same).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Change> differences;
        int compared;
        try (OutputTree.Lock lock = OutputTree.lock(project.root(), spec.commandLine().getErr()::println)) {
            OutputTree.recover(project.root());
            Differences fresh = new Differences(project.root());
            Pipeline.run(project.root(), BuildOptions.fresh(), fresh);
            differences = fresh.changedAndExtra();
            compared = fresh.count();
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("up_to_date", differences.isEmpty());
            result.put("files", compared);
            result.put("differences", differences.stream().map(Change::toString).toList());
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(result));
            return differences.isEmpty() ? Main.OK : Main.INVALID;
        }
        if (differences.isEmpty()) {
            spec.commandLine().getOut().println("figures: outputs are up to date");
            return Main.OK;
        }
        differences.forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().printf(Locale.ROOT, "figures: %d output file(s) differ from a fresh build; "
                + "run 'target/figures build' and commit the result%n", differences.size());
        return Main.INVALID;
    }
}
