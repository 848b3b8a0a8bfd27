package figures.build;

import figures.export.Images;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The only place that writes outputs, so that a failed, killed or concurrent build never leaves them
 * half-written:
 * <ol>
 *   <li>a lock file ({@code .figures.lock}) lets one build at a time write;</li>
 *   <li>every file is written into a staging directory beside the outputs, then a {@code READY} marker;</li>
 *   <li>each output directory is swapped with its staged copy by two renames.</li>
 * </ol>
 * A build killed before {@code READY} leaves a staging directory that the next run deletes: the old
 * outputs stand. One killed during the swap leaves {@code READY}: the next run finishes the swap.
 */
public final class OutputTree {
    public static final String LOCK = ".figures.lock";
    static final String STAGING_PREFIX = ".figures-tmp-";
    static final String READY = "READY";
    /** In a staging directory: the files of a partial build, laid out as under the project root. */
    static final String FILES = "files";

    private OutputTree() {
    }

    /** Holds the project's lock; waits (telling {@code waiting}) while another build holds it. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            lock.release();
            channel.close();
        }
    }

    public static Lock lock(Path root, Consumer<String> waiting) throws IOException {
        FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            waiting.accept("figures: another build is running in " + root + " (it holds " + LOCK + "); waiting for it");
            lock = channel.lock();
        }
        return new Lock(channel, lock);
    }

    /** Writes a whole build; call with the lock held. */
    public static void replace(Path root, SortedMap<String, byte[]> files) throws IOException {
        recover(root);
        Path staging = Files.createTempDirectory(root, STAGING_PREFIX);
        for (var file : files.entrySet()) {
            Path target = staging.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        }
        for (String dir : Pipeline.OUTPUT_DIRS) {
            Files.createDirectories(staging.resolve(dir));
        }
        Files.write(staging.resolve(READY), new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
        swapIn(root, staging);
    }

    /**
     * Writes some outputs and leaves the others as they are (a build of some datasets or one shard):
     * every file is staged, then renamed into place one by one; each file is whole, old or new.
     */
    public static void update(Path root, SortedMap<String, byte[]> files) throws IOException {
        recover(root);
        Path staging = Files.createTempDirectory(root, STAGING_PREFIX);
        Path filesDir = staging.resolve(FILES);
        for (var file : files.entrySet()) {
            Path target = filesDir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        }
        Files.write(staging.resolve(READY), new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
        swapIn(root, staging);
    }

    /** Finishes or discards what an interrupted build left behind. Call with the lock held. */
    public static void recover(Path root) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> list = Files.list(root)) {
            leftovers = list.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).sorted().toList();
        }
        for (Path staging : leftovers) {
            if (Files.exists(staging.resolve(READY))) {
                swapIn(root, staging);
            } else {
                deleteTree(staging);
            }
        }
    }

    /** Moves each staged output directory (or file) into place; safe to run again after an interruption. */
    private static void swapIn(Path root, Path staging) throws IOException {
        Path filesDir = staging.resolve(FILES);
        if (Files.isDirectory(filesDir)) {
            List<Path> staged;
            try (Stream<Path> walk = Files.walk(filesDir)) {
                staged = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : staged) {
                Path live = root.resolve(filesDir.relativize(file).toString());
                Files.createDirectories(live.getParent());
                Files.move(file, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(staging);
            return;
        }
        for (String dir : Pipeline.OUTPUT_DIRS) {
            Path fresh = staging.resolve(dir);
            if (!Files.exists(fresh)) {
                continue; // already swapped in by the interrupted run
            }
            Path live = root.resolve(dir);
            Path old = staging.resolve(".old-" + dir.replace('/', '-'));
            Files.createDirectories(live.getParent());
            if (Files.exists(live)) {
                Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(staging);
    }

    /** What differs between these files and the same files on disk, ignoring every other file. */
    public static List<String> differencesIn(Path root, SortedMap<String, byte[]> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (var file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                lines.add("missing: " + file.getKey());
            } else {
                byte[] onDisk = Files.readAllBytes(path);
                if (!Arrays.equals(onDisk, file.getValue())) {
                    lines.add("stale:   " + file.getKey() + whyStale(file.getKey(), onDisk, file.getValue()));
                }
            }
        }
        return lines;
    }

    /**
     * PNG bytes depend on the zlib the JDK runs on (Debian's JDK uses the system's, and some systems ship
     * zlib-ng, which compresses differently): say so when only the bytes differ, not the picture.
     */
    private static String whyStale(String file, byte[] onDisk, byte[] fresh) {
        return file.endsWith(".png") && Images.samePixels(onDisk, fresh)
                ? " (same pixels, other bytes: this machine's zlib compresses differently from the one that wrote it)"
                : "";
    }

    /**
     * What differs between the files a build would write and those on disk, one line per file: the
     * stale and missing ones, then any file in the output directories the build would not write.
     */
    public static List<String> differences(Path root, SortedMap<String, byte[]> files) throws IOException {
        List<String> lines = differencesIn(root, files);
        for (String dir : Pipeline.OUTPUT_DIRS) {
            Path base = root.resolve(dir);
            if (Files.isDirectory(base)) {
                try (Stream<Path> walk = Files.walk(base)) {
                    walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                            .filter(p -> !files.containsKey(p)).sorted().forEach(extra -> lines.add("extra:   " + extra));
                }
            }
        }
        return lines;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
