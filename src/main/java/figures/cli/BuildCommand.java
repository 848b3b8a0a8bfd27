package figures.cli;

import figures.build.OutputTree;
import figures.build.Pipeline;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Rebuild data/clean/ and charts/ from seeds/ and data/raw/. Writes nothing if any input is invalid.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        SortedMap<String, byte[]> files = Pipeline.run(project.root());
        try (OutputTree.Lock lock = OutputTree.lock(project.root(), spec.commandLine().getErr()::println)) {
            OutputTree.replace(project.root(), files);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        spec.commandLine().getOut().printf("figures: wrote %d files to %s in %d ms%n",
                files.size(), String.join(" and ", Pipeline.OUTPUT_DIRS), millis);
        return Main.OK;
    }
}
