package figures.output;

import figures.project.Layout;
import figures.source.InvalidInputException;
import figures.source.SafePaths;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The only place that writes outputs, so that a failed, killed or concurrent build never leaves them
 * half-written:
 * <ol>
 *   <li>a lock file ({@code .figures.lock}) lets one build at a time run;</li>
 *   <li>every file is written into a staging directory beside the outputs as the build makes it (so a
 *   large build never holds all its outputs in memory), then made durable, then a {@code READY} marker;</li>
 *   <li>each output directory is swapped with its staged copy by two renames.</li>
 * </ol>
 * A build killed before {@code READY} leaves a staging directory that the next run deletes: the old
 * outputs stand. One killed during the swap leaves {@code READY}: the next run finishes the swap.
 */
public final class OutputTree {
    /** Written last into a staging directory: from then on the next run finishes its swap. */
    public static final String READY = "READY";
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

    /**
     * Takes the lock, after making sure that no place the build writes (outputs, cache, the lock itself) is
     * a link, which would make it write elsewhere.
     */
    public static Lock lock(Path root, Consumer<String> waiting) throws IOException, InvalidInputException {
        SafePaths.requireOwnLocations(root);
        FileChannel channel = FileChannel.open(root.resolve(Layout.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            waiting.accept("figures: another build is running in " + root + " (it holds " + Layout.LOCK + "); waiting for it");
            lock = channel.lock();
        }
        return new Lock(channel, lock);
    }

    /**
     * Starts a build's staging directory; call with the lock held. A whole build ({@code whole}) replaces
     * the output directories; a build of some datasets or one shard replaces only the files it makes.
     */
    public static Staging stage(Path root, boolean whole) throws IOException {
        recover(root);
        // A plain name, not Files.createTempDirectory: the lock and recover() already rule out another
        // staging directory, and createTempDirectory's SecureRandom costs a cold build about 20 ms.
        return new Staging(root, Files.createDirectory(root.resolve(Layout.STAGING_PREFIX + ProcessHandle.current().pid())), whole);
    }

    /**
     * A build's files, written into the staging directory as they are made and compared with those on
     * disk. {@link #commit()} swaps them in; closing without a commit (a failed build, or nothing
     * changed) deletes them and leaves the outputs as they were.
     */
    public static final class Staging implements OutputSink, AutoCloseable {
        private final Path root;
        private final Path dir;
        private final boolean whole;
        private final Differences differences;
        private final Set<Path> written = new ConcurrentSkipListSet<>();
        private boolean committed;

        private Staging(Path root, Path dir, boolean whole) {
            this.root = root;
            this.dir = dir;
            this.whole = whole;
            this.differences = new Differences(root, false);
        }

        @Override
        public boolean writesOutputs() {
            return true;
        }

        @Override
        public void put(String file, byte[] content) throws IOException {
            stage(file, content, differences.unchanged(file, content));
        }

        @Override
        public void kept(String file, byte[] content) throws IOException {
            differences.sameOnDisk(file);
            stage(file, content, true);
        }

        private void stage(String file, byte[] content, boolean unchanged) throws IOException {
            if (unchanged && !whole) {
                return; // a partial build replaces only the files that changed
            }
            Path target = (whole ? dir : dir.resolve(FILES)).resolve(file);
            Files.createDirectories(target.getParent());
            if (unchanged && link(target, root.resolve(file))) {
                return; // the same bytes, already durable: a whole build that changed little writes little
            }
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            written.add(target);
        }

        private static boolean link(Path link, Path existing) {
            if (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
                return false; // an output replaced by a symbolic link gets a real file again
            }
            try {
                Files.createLink(link, existing);
                return true;
            } catch (IOException | UnsupportedOperationException e) {
                return false; // a file system without hard links: write a copy instead
            }
        }

        /** How many files the build made. */
        public int count() {
            return differences.count();
        }

        /** What differs from the outputs on disk: for a whole build, extra files too. */
        public List<Change> changes() throws IOException {
            return whole ? differences.changedAndExtra() : differences.changed();
        }

        /** Makes every staged file durable, marks the staging directory ready, and swaps it in. */
        public void commit() throws IOException {
            for (Path file : written) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            if (whole) {
                for (String output : Layout.OUTPUT_DIRS) {
                    Files.createDirectories(dir.resolve(output));
                }
            }
            requireRenamable(root);
            Files.write(dir.resolve(READY), new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
            committed = true;
            swapIn(root, dir, true);
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(dir);
            }
        }
    }

    /**
     * Before a swap: every output location can be renamed (its folder, and for a whole build the
     * directory itself, writable), so that a missing permission stops the build before anything moves.
     */
    private static void requireRenamable(Path root) throws IOException {
        for (String output : Layout.OUTPUT_DIRS) {
            Path live = root.resolve(output);
            Path parent = live.getParent();
            Files.createDirectories(parent);
            if (!Files.isWritable(parent)) {
                throw new AccessDeniedException(parent.toString());
            }
            if (Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(live)) {
                throw new AccessDeniedException(live.toString());
            }
        }
    }

    /** Finishes or discards what an interrupted build left behind. Call with the lock held. */
    public static void recover(Path root) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> list = Files.list(root)) {
            leftovers = list.filter(p -> p.getFileName().toString().startsWith(Layout.STAGING_PREFIX)).sorted().toList();
        }
        for (Path staging : leftovers) {
            if (Files.isSymbolicLink(staging)) {
                Files.delete(staging); // no build makes a link: remove it, never follow it
            } else if (Files.exists(staging.resolve(READY), LinkOption.NOFOLLOW_LINKS)) {
                swapIn(root, staging, false);
            } else {
                deleteTree(staging);
            }
        }
    }

    /**
     * Moves each staged output directory (or file) into place; safe to run again after an interruption.
     * A swap that fails part way is undone when it is a build's own ({@code fresh}); one that finishes an
     * interrupted build keeps its staging directory, to be finished later, as undoing it could mix outputs.
     */
    private static void swapIn(Path root, Path staging, boolean fresh) throws IOException {
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
        List<Path[]> moved = new ArrayList<>();
        try {
            for (String dir : Layout.OUTPUT_DIRS) {
                Path staged = staging.resolve(dir);
                if (!Files.exists(staged)) {
                    continue; // already swapped in by the interrupted run
                }
                Path live = root.resolve(dir);
                Path old = staging.resolve(".old-" + dir.replace('/', '-'));
                Files.createDirectories(live.getParent());
                if (Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
                    move(live, old, moved);
                }
                move(staged, live, moved);
            }
        } catch (IOException e) {
            if (fresh) {
                try {
                    rollBack(moved, staging);
                } catch (IOException undo) {
                    e.addSuppressed(undo); // READY stays: the next run finishes the swap
                }
            }
            throw e;
        }
        deleteTree(staging);
    }

    private static void move(Path from, Path to, List<Path[]> moved) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        moved.add(new Path[] {from, to});
    }

    /**
     * Undoes the renames of a swap that failed part way (a directory that cannot be renamed, a full disk),
     * so that the outputs are wholly the old ones, never new data/clean/ beside old charts/; then forgets
     * the staged build, which failed. Only a process killed mid-swap leaves a READY staging directory, which
     * the next run finishes.
     */
    private static void rollBack(List<Path[]> moved, Path staging) throws IOException {
        for (int i = moved.size() - 1; i >= 0; i--) {
            Files.move(moved.get(i)[1], moved.get(i)[0], StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(staging.resolve(READY));
        deleteTree(staging);
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
