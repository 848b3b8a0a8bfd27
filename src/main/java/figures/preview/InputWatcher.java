package figures.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the project's inputs (seeds/ and data/, folders made later included) with the JDK's WatchService
 * and calls back once per burst of saves: an editor that writes a file in three steps, or a spreadsheet
 * that saves two, gives one rebuild.
 */
final class InputWatcher implements AutoCloseable {
    /**
     * Quiet time that ends a burst of saves. Editors and spreadsheets write a file's steps (truncate and
     * write, or write a temporary file and rename it) within a millisecond or two; a build that still
     * catches a half-written file fails, shows its problem for a moment, and the next event builds again.
     */
    static final long DEBOUNCE_MILLIS = 10;

    private final WatchService service;
    private final Thread thread;
    private final List<Path> ignored;

    /**
     * Watches {@code folders} of {@code root}, and all folders in them but {@code ignored} ones: the outputs
     * (data/clean/), which every build replaces and which must not set off another build.
     */
    InputWatcher(Path root, List<String> folders, List<String> ignored, Runnable changed) throws IOException {
        this.service = root.getFileSystem().newWatchService();
        this.ignored = ignored.stream().map(root::resolve).toList();
        for (String folder : folders) {
            registerTree(root.resolve(folder));
        }
        this.thread = new Thread(() -> run(changed), "figures-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> !isIgnored(d)).toList()) {
                d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void run(Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean inputs = false;
                do {
                    Path dir = (Path) key.watchable();
                    for (var event : key.pollEvents()) {
                        Path path = event.context() instanceof Path name ? dir.resolve(name) : dir;
                        if (isIgnored(path)) {
                            continue;
                        }
                        inputs = true;
                        if (event.kind() == ENTRY_CREATE) {
                            registerQuietly(path); // a folder made inside, watched too
                        }
                    }
                    key.reset();
                    key = service.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (inputs) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private boolean isIgnored(Path path) {
        return ignored.stream().anyMatch(path::startsWith);
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // a folder that went as it was registered: nothing to watch; its parent's next event registers a new one
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
