package figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of this repository's inputs in a temporary directory, to build and break without touching ours. */
public final class TestProjects {
    private TestProjects() {
    }

    /** The real inputs (seeds/, data/raw/, data/sources.yml) copied under {@code dir}; no outputs. */
    public static Path copyOfInputs(Path dir) throws IOException {
        for (String part : new String[] {"seeds", "data/raw"}) {
            Path from = Path.of(part);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path to = dir.resolve(p.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.copy(Path.of("data/sources.yml"), dir.resolve("data/sources.yml"));
        Files.copy(Path.of("data/audit-waivers.csv"), dir.resolve("data/audit-waivers.csv"));
        Files.copy(Path.of("data/checks.yml"), dir.resolve("data/checks.yml"));
        return dir;
    }
}
