package figures.cli;

import figures.audit.Extract;
import figures.source.Seed;
import figures.source.TextFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write a candidate raw CSV for a new seed: every numeric mention (but note markers and dates "
                + "such as 8.10.1923) with its sentence as the quote, or its line when it stands in a table's row. "
                + "Name the series, delete what is not data, and split it into data/raw/<id>.csv files.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SEED", description = "The text file to read, e.g. seeds/article.txt.")
    Path seed;

    @Option(names = "--out", paramLabel = "FILE",
            description = "A new file to write the CSV to (default: standard output); an existing file is never overwritten.")
    Path out;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String csv = Extract.candidates(new Seed(seed.getFileName().toString(), TextFiles.readUtf8(seed, seed.toString())));
        if (out == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            // A draft among the inputs would be read as a seed or a raw CSV by the next build.
            project.requireOutsideInputs(out, "--out");
            try {
                // A draft written over an existing file could destroy a seed or a curated raw CSV.
                Files.writeString(out, csv, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                throw new ParameterException(spec.commandLine(),
                        "--out: expected a file that does not exist yet, found " + out + " (extract never overwrites)");
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "figures: wrote %d candidate rows to %s%n", csv.lines().count() - 1, out);
        }
        return Main.OK;
    }
}
