package figures.source;

import figures.project.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** Reads {@code seeds/}: every file in it is one source text. Never writes there. */
public final class SeedLoader {
    private SeedLoader() {
    }

    public static Map<String, Seed> load(Path root) throws InvalidInputException {
        return load(root, Seed::new);
    }

    /** Reads every seed as {@link #load(Path)} does, making each of its name and text with {@code seedOf}. */
    public static Map<String, Seed> load(Path root, BiFunction<String, String, Seed> seedOf) throws InvalidInputException {
        Path dir = root.resolve(Layout.SEEDS);
        SafePaths.requireInside(root, dir, Layout.SEEDS);
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(Problem.inFile(Layout.SEEDS, "a directory holding the article text", "none"));
        }
        Map<String, Seed> seeds = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.sorted().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            TextFiles.requireTotalAtMost(all, TextFiles.MAX_SEEDS_BYTES, Layout.SEEDS);
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // .DS_Store, .gitkeep, an editor's swap file: never an article
                }
                SafePaths.requireInside(root, p, Layout.SEEDS + "/" + name);
                if (!Files.isDirectory(p)) {
                    // A pipe or a device is refused by readUtf8 unopened, not skipped: it was meant as a text.
                    seeds.put(name, seedOf.apply(name, TextFiles.readUtf8(p, Layout.SEEDS + "/" + name)));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(Layout.SEEDS, "a readable directory", e.toString()));
        }
        return seeds;
    }
}
