package figures.cli;

import figures.build.BuildOptions;
import figures.build.Pipeline;
import figures.export.CsvExport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "excel", mixinStandardHelpOptions = true,
        description = "Write every clean CSV as UTF-8 with a byte order mark and CRLF line ends, the variant "
                + "older Excel versions need to read accents correctly. data/clean/ itself is left as it is.")
final class ExcelCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "Where to write the Excel CSVs.")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Only the clean CSVs are wanted: no chart is drawn.
        SortedMap<String, byte[]> csvs = new TreeMap<>();
        BuildOptions dataOnly = new BuildOptions(Runtime.getRuntime().availableProcessors(), true).withoutCharts();
        Pipeline.run(project.root(), dataOnly, (path, content) -> {
            if (path.startsWith(Pipeline.CLEAN + "/") && path.endsWith(".csv")) {
                synchronized (csvs) {
                    csvs.put(path.substring(Pipeline.CLEAN.length() + 1), content);
                }
            }
        });
        Files.createDirectories(to);
        for (Map.Entry<String, byte[]> f : csvs.entrySet()) {
            Files.write(to.resolve(f.getKey()), CsvExport.excel(new String(f.getValue(), StandardCharsets.UTF_8)));
        }
        int written = csvs.size();
        spec.commandLine().getOut().printf("figures: wrote %d Excel CSVs to %s%n", written, to);
        return Main.OK;
    }
}
