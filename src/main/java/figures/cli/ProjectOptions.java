package figures.cli;

import figures.project.Layout;
import figures.source.InvalidInputException;
import figures.source.SafePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the project is: the repository root by default. */
final class ProjectOptions {
    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The project root, holding seeds/, data/ and charts/ (default: the current directory).")
    Path root;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The project root, absolute. A directory with neither seeds/ nor data/ is refused as a usage error
     * before anything touches it: run in the wrong directory, a build would otherwise leave its lock file
     * there.
     */
    Path root() {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(command.commandLine(),
                    "--root: expected a project directory, found no directory " + dir);
        }
        if (!Files.exists(dir.resolve("seeds")) && !Files.exists(dir.resolve("data"))) {
            throw new ParameterException(command.commandLine(), "--root: expected a project directory holding "
                    + "seeds/ and data/, found neither in " + dir + " (run from the project, or pass --root DIR)");
        }
        return dir;
    }

    /**
     * Refuses, as a usage error, a place an option ({@code --to}, {@code --out}) would write that is among
     * the project's inputs. Works whether or not the root holds a project: extract runs anywhere.
     */
    void requireOutsideInputs(Path target, String option) {
        try {
            SafePaths.requireOutsideInputs(root.toAbsolutePath().normalize(), target, option);
        } catch (InvalidInputException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /**
     * {@code option}'s directory must be a directory (or not exist yet), not one the build owns (files written
     * into data/clean/ or charts/ would replace the build's, and check would then fail on all of them), and
     * not one that holds inputs: written into data/raw/, they would replace the user's raw CSVs.
     */
    void requireExportDirectory(Path to, String option) throws IOException {
        requireOutsideInputs(to, option);
        if (Files.exists(to) && !Files.isDirectory(to)) {
            throw new ParameterException(command.commandLine(), option + ": expected a directory, found a file: " + to);
        }
        Path project = root();
        for (String dir : Layout.OUTPUT_DIRS) {
            if (SafePaths.within(project.resolve(dir), to)) {
                throw new ParameterException(command.commandLine(), option + ": expected a directory outside " + dir
                        + "/, which the build writes and check compares, found " + to);
            }
        }
    }
}
