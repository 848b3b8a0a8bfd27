package figures.cli;

import figures.build.BuildOptions;
import figures.build.Differences;
import figures.build.OutputTree;
import figures.build.Pipeline;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Rebuild and compare with data/clean/ and charts/ on disk; exit 1 if any file is stale, missing or extra.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> differences;
        try (OutputTree.Lock lock = OutputTree.lock(project.root(), spec.commandLine().getErr()::println)) {
            OutputTree.recover(project.root());
            Differences compared = new Differences(project.root());
            Pipeline.run(project.root(), BuildOptions.fresh(), compared);
            differences = compared.changedAndExtra();
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
