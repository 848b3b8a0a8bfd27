package figures.cli;

import figures.pipeline.BuildOptions;
import figures.pipeline.Pipeline;
import figures.project.Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Write every chart as a PDF in CMYK (black = 1 - the brightest channel, so text prints in "
                + "black ink alone), for a press that asks for it. charts/ keeps its RGB PDFs.")
final class PrintCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "Where to write the CMYK PDFs.")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        project.requireExportDirectory(to, "--to");
        SortedMap<String, byte[]> files = Pipeline.inMemory(project.root(), BuildOptions.fresh().withCmykPdfs());
        Files.createDirectories(to);
        int written = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().startsWith(Layout.CHARTS + "/") && f.getKey().endsWith(".pdf")) {
                Path file = to.resolve(f.getKey().substring(Layout.CHARTS.length() + 1));
                project.requireOutsideInputs(file, "--to");
                Files.write(file, f.getValue());
                written++;
            }
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "figures: wrote %d CMYK PDFs to %s%n", written, to);
        return Main.OK;
    }
}
