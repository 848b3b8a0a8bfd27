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
    /** Quiet time that ends a burst of saves. */
    static final long DEBOUNCE_MILLIS = 25;

    private final WatchService service;
    private final Thread thread;

    InputWatcher(Path root, List<String> folders, Runnable changed) throws IOException {
        this.service = root.getFileSystem().newWatchService();
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
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void run(Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                do {
                    Path dir = (Path) key.watchable();
                    for (var event : key.pollEvents()) {
                        if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
                            registerTree(dir.resolve(name)); // a folder made inside, watched too
                        }
                    }
                    key.reset();
                    key = service.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                changed.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (IOException e) {
            // a folder that went as it was registered: its parent's next event registers it again
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
