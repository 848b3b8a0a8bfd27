package figures.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the project is: the repository root by default. */
final class ProjectOptions {
    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The project root, holding seeds/, data/ and charts/ (default: the current directory).")
    Path root;

    Path root() {
        return root.toAbsolutePath().normalize();
    }
}
