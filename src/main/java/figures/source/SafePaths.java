package figures.source;

import figures.project.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every file the tool reads or writes inside the project, and every file it writes away from the
 * project's inputs: a link out of the project is refused, and so is an output, cache or export location
 * that is a link or that lands on {@code seeds/}, {@code data/raw/} or an input file.
 */
public final class SafePaths {
    private SafePaths() {
    }

    /** Throws unless {@code path} (if it exists) resolves, links followed, to a place inside {@code root}. */
    public static void requireInside(Path root, Path path, String shownAs) throws InvalidInputException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Path real = path.toRealPath();
            Path realRoot = root.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new InvalidInputException(Problem.inFile(shownAs, "a file or directory inside the project "
                        + realRoot, "a link to " + real));
            }
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(shownAs, "a readable path", "a broken link (" + e.getMessage() + ")"));
        }
    }

    /**
     * The places a build writes (its output folders) and keeps its state ({@code .figures/} and the lock):
     * each must be the project's own, not a link, so that nothing a link points at (another project, a
     * seed, a raw CSV) is ever written. Checked before the lock file is opened.
     */
    public static void requireOwnLocations(Path root) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<String> locations = new ArrayList<>(Layout.OUTPUT_DIRS);
        locations.addAll(List.of(Layout.CACHE, Layout.LOCK, Layout.MANIFEST, Layout.LAST_BUILD));
        List<String> linked = new ArrayList<>();
        for (String location : locations) {
            Path path = root.resolve(location);
            if (linked.stream().anyMatch(l -> location.startsWith(l + "/"))) {
                continue; // said already, of the folder it is in
            }
            if (Files.isSymbolicLink(path)) {
                boolean folder = Layout.OUTPUT_DIRS.contains(location) || location.equals(Layout.CACHE);
                problems.add(Problem.inFile(location, "a " + (folder ? "directory" : "file")
                        + " of the project's own, which figures writes", "a link to " + target(path)));
                linked.add(location);
                continue;
            }
            try {
                requireOutsideInputs(root, path, location);
                requireInside(root, nearestExisting(path), location);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Throws unless {@code target}, a place a command is about to write, is neither an input location of the
     * project ({@code seeds/}, {@code data/raw/}, {@code data/sources.yml}, ...) nor inside one, links
     * followed and letter case as the file system resolves it.
     */
    public static void requireOutsideInputs(Path root, Path target, String shownAs) throws InvalidInputException {
        List<String> inputs = new ArrayList<>(Layout.INPUT_DIRS);
        inputs.addAll(Layout.INPUT_FILES);
        try {
            for (String input : inputs) {
                Path location = root.resolve(input);
                if (within(location, target)) {
                    throw new InvalidInputException(Problem.inFile(shownAs, "a place outside the project's inputs ("
                            + String.join(", ", inputs) + "), which figures never writes", target + ", which is in "
                            + input));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(shownAs, "a path that can be resolved", e.getMessage()));
        }
    }

    /**
     * Whether {@code path} is {@code dir} or lies under it, links followed as far as the path exists (a
     * path not yet created, under a link into {@code dir}, is inside it too).
     */
    public static boolean within(Path dir, Path path) throws IOException {
        return real(path.toAbsolutePath().normalize()).startsWith(real(dir.toAbsolutePath().normalize()));
    }

    private static Path real(Path path) throws IOException {
        Path existing = nearestExisting(path);
        return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
    }

    private static Path nearestExisting(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "an unreadable place";
        }
    }
}
