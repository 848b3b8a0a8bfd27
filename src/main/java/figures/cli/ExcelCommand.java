package figures.cli;

import figures.export.CsvExport;
import figures.pipeline.BuildOptions;
import figures.pipeline.Pipeline;
import figures.project.Layout;
import java.nio.charset.StandardCharsets;
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

@Command(name = "excel", mixinStandardHelpOptions = true,
        description = "Write every clean CSV as UTF-8 with a byte order mark and CRLF line ends, the variant "
                + "older Excel versions need to read accents correctly, and figures.xlsx: every clean table in one "
                + "typed workbook, numbers as numbers and text as text, whatever the spreadsheet's locale. "
                + "data/clean/ itself is left as it is.")
final class ExcelCommand implements Callable<Integer> {
    /** Every clean table in one typed workbook, a sheet each, after a sheet that explains them. */
    static final String WORKBOOK = "figures.xlsx";

    @Mixin
    ProjectOptions project;

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "Where to write the Excel CSVs.")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        project.requireExportDirectory(to, "--to");
        // Only the clean CSVs are wanted: no chart is drawn, so the whole output is small enough to hold.
        SortedMap<String, byte[]> files = Pipeline.inMemory(project.root(), BuildOptions.fresh().withoutCharts());
        Files.createDirectories(to);
        int written = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().startsWith(Layout.CLEAN + "/") && f.getKey().endsWith(".csv")) {
                Path file = to.resolve(f.getKey().substring(Layout.CLEAN.length() + 1));
                project.requireOutsideInputs(file, "--to");
                Files.write(file, CsvExport.excel(new String(f.getValue(), StandardCharsets.UTF_8)));
                written++;
            }
        }
        Path workbook = to.resolve(WORKBOOK);
        project.requireOutsideInputs(workbook, "--to");
        Files.write(workbook, Pipeline.workbook(project.root()));
        spec.commandLine().getOut().printf(Locale.ROOT, "figures: wrote %d Excel CSVs and the workbook %s to %s%n",
                written, WORKBOOK, to);
        return Main.OK;
    }
}
