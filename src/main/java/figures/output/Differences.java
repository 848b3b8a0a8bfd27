package figures.output;

import figures.project.Layout;
import figures.export.PixelDifference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * Compares each output, as it is made, with the same file on disk, and keeps only what differs: one line
 * {@link Change} per stale or missing file, and (for a whole build) per file in the output directories it
 * did not make.
 */
public final class Differences implements OutputSink {
    private final Path root;
    private final boolean explainPngs;
    private final Set<String> made = new ConcurrentSkipListSet<>();
    private final SortedMap<String, Change> changes = new TreeMap<>();

    /** For {@code check}: a stale PNG whose pixels are the same says so (see {@link #whyStale}). */
    public Differences(Path root) {
        this(root, true);
    }

    /**
     * @param explainPngs whether to decode both files of a stale PNG to say whether only the bytes differ:
     *     worth it in a report for people, not in a build that replaces the file anyway (two decodes a PNG,
     *     which more than doubled a build after a theme change)
     */
    Differences(Path root, boolean explainPngs) {
        this.root = root;
        this.explainPngs = explainPngs;
    }

    @Override
    public void put(String file, byte[] content) throws IOException {
        unchanged(file, content);
    }

    /** Compares one output with the file on disk, as {@link #put} does, and says whether they are the same. */
    boolean unchanged(String file, byte[] content) throws IOException {
        made.add(file);
        Path path = root.resolve(file);
        Change change = null;
        if (!Files.isRegularFile(path)) {
            change = Change.missing(file);
        } else {
            byte[] onDisk = Files.readAllBytes(path);
            if (!Arrays.equals(onDisk, content)) {
                change = Change.stale(file, explainPngs ? whyStale(file, onDisk, content) : "");
            }
        }
        if (change == null) {
            return true;
        }
        synchronized (changes) {
            changes.put(file, change);
        }
        return false;
    }

    /** Counts a file the caller knows is the same on disk, without reading it again. */
    void sameOnDisk(String file) {
        made.add(file);
    }

    /** How many files were compared. */
    public int count() {
        return made.size();
    }

    /** The stale and missing files, in path order. */
    public List<Change> changed() {
        synchronized (changes) {
            return List.copyOf(changes.values());
        }
    }

    /**
     * The stale and missing files, then every file in the output directories that no output put there,
     * but for hidden ones: a file manager's .DS_Store in charts/ is no stale output.
     */
    public List<Change> changedAndExtra() throws IOException {
        List<Change> all = new ArrayList<>(changed());
        for (String dir : Layout.OUTPUT_DIRS) {
            Path base = root.resolve(dir);
            if (Files.isDirectory(base)) {
                try (Stream<Path> walk = Files.walk(base)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .map(p -> root.relativize(p).toString().replace('\\', '/'))
                            .filter(p -> !made.contains(p)).sorted().forEach(extra -> all.add(Change.extra(extra)));
                }
            }
        }
        return all;
    }

    /**
     * For a text file, where it first differs; for a PNG, which pixels. PNG bytes depend on the zlib the JDK
     * runs on (Debian's JDK uses the system's, and some systems ship zlib-ng, which compresses
     * differently): say so when only the bytes differ, not the picture.
     */
    private static String whyStale(String file, byte[] onDisk, byte[] fresh) {
        if (file.endsWith(".png")) {
            return PixelDifference.of(onDisk, fresh).map(d -> " (" + d + ")").orElse(" (same pixels, other bytes:"
                    + " this machine's zlib, or the figures version, compresses differently from the one that wrote it)");
        }
        return FirstDifference.of(onDisk, fresh).map(d -> ": " + d.describe("           ")).orElse("");
    }
}
