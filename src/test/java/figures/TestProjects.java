package figures;

import static org.assertj.core.api.Assertions.assertThat;

import figures.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Copies of this repository's inputs in a temporary directory, to build and break without touching ours. */
public final class TestProjects {
    private TestProjects() {
    }

    /**
     * A frozen copy of the first article's inputs (seeds/, data/raw/, sources, waivers, checks): tests build
     * and break it, replacing its files by name, and editing the project's own data never breaks them.
     */
    public static final Path FIRST_ARTICLE = Path.of("src/test/resources/first-article");

    /** The first article's frozen inputs copied under {@code dir}; no outputs. */
    public static Path copyOfInputs(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(FIRST_ARTICLE)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(FIRST_ARTICLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    /** The first article's frozen inputs copied under {@code dir} and built there, as {@code figures build} does. */
    public static Path builtCopy(Path dir) throws IOException {
        Path root = copyOfInputs(dir);
        int code = Main.execute(new String[] {"build", "--root", root.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(code).as("exit code of the fixture's build").isZero();
        return root;
    }

    /** Where the second article lives: a real public-domain text with its datasets, sources and waivers. */
    public static final Path SECOND_ARTICLE = Path.of("src/test/resources/second-article");

    /**
     * Adds a second article to a project as a writer would, as data only: its seed and raw files copied in,
     * its entry appended to data/sources.yml and its waivers to data/audit-waivers.csv.
     */
    public static Path withSecondArticle(Path project) throws IOException {
        // A project that already holds this article (as its own data) cannot be given it a second time.
        Assumptions.assumeFalse(Files.exists(project.resolve("seeds/us-constitution-article-1.txt")),
                "the project already holds the second article");
        for (String part : new String[] {"seeds", "data/raw"}) {
            try (Stream<Path> files = Files.list(SECOND_ARTICLE.resolve(part))) {
                for (Path p : files.toList()) {
                    Files.copy(p, project.resolve(part).resolve(p.getFileName().toString()));
                }
            }
        }
        append(project.resolve("data/sources.yml"), SECOND_ARTICLE.resolve("sources.yml"));
        append(project.resolve("data/audit-waivers.csv"), SECOND_ARTICLE.resolve("audit-waivers.csv"));
        return project;
    }

    private static void append(Path file, Path more) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + Files.readString(more));
    }

    /**
     * Makes one chart of a project the largest a spec allows, 2000x2000: its 2x and 1x canvases take
     * 60 MB, so a build in a 32 MiB heap runs out of memory whatever else it does, while start-up fits.
     */
    public static Path withTheLargestChart(Path project) throws IOException {
        Path spec = project.resolve("data/raw/social_composition.meta.yml");
        String text = Files.readString(spec);
        if (!text.contains("\n    height: 960\n")) {
            throw new IllegalStateException(spec + " no longer has the height this helper replaces");
        }
        Files.writeString(spec, text.replace("\n    height: 960\n", "\n    width: 2000\n    height: 2000\n"));
        return project;
    }

    /** Every chart a built project's charts/ holds, by its 2x PNG, sorted; at least one. */
    public static List<String> chartIds(Path charts) throws IOException {
        try (Stream<Path> files = Files.list(charts)) {
            List<String> ids = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png") && !n.endsWith(".1x.png"))
                    .map(n -> n.substring(0, n.length() - ".png".length())).sorted().toList();
            assertThat(ids).as("charts in " + charts).isNotEmpty();
            return ids;
        }
    }
}
