package figures.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Keeps every file the tool reads or writes inside the project: a link out of it is refused. */
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
     * Whether {@code path} is {@code dir} or lies under it, links followed as far as the path exists (a
     * path not yet created, under a link into {@code dir}, is inside it too).
     */
    public static boolean within(Path dir, Path path) throws IOException {
        return real(path.toAbsolutePath().normalize()).startsWith(real(dir.toAbsolutePath().normalize()));
    }

    private static Path real(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
    }
}
