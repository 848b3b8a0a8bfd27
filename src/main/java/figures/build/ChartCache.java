package figures.build;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The manifest of an earlier build ({@code .figures/manifest.json}, not committed): for each chart, a
 * hash of everything its files depend on, and a hash of each file it wrote. A chart whose inputs hash the
 * same and whose files on disk are unchanged is reused instead of drawn again. {@code figures check}
 * never uses it: CI compares against a full build.
 */
final class ChartCache {
    static final String MANIFEST = ".figures/manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One chart's entry: its inputs' hash and the hash of each file it wrote. */
    record Entry(String inputs, Map<String, String> files) {
    }

    private final Path root;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new TreeMap<>();
    /** A forced build (or one without charts) neither reads nor saves the manifest, so it need not hash what it draws either. */
    private final boolean recording;

    private ChartCache(Path root, Map<String, Entry> previous, boolean recording) {
        this.root = root;
        this.previous = previous;
        this.recording = recording;
    }

    static ChartCache load(Path root, boolean ignore) {
        Map<String, Entry> previous = Map.of();
        Path file = root.resolve(MANIFEST);
        if (!ignore && Files.isRegularFile(file)) {
            try {
                previous = JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Entry>>() { });
            } catch (IOException e) {
                previous = Map.of(); // a damaged manifest only costs a full build
            }
        }
        return new ChartCache(root, previous, !ignore);
    }

    /** The chart's files from disk, if an earlier build wrote them from the same inputs and nobody changed them. */
    Optional<Map<String, byte[]>> reuse(String chart, String inputs) {
        Entry entry = previous.get(chart);
        if (entry == null || !entry.inputs().equals(inputs)) {
            return Optional.empty();
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (var f : entry.files().entrySet()) {
            Path path = root.resolve(f.getKey());
            try {
                byte[] bytes = Files.readAllBytes(path);
                if (!Digest.sha256(bytes).equals(f.getValue())) {
                    return Optional.empty();
                }
                files.put(f.getKey(), bytes);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        synchronized (this) {
            next.put(chart, entry);
        }
        return Optional.of(files);
    }

    void record(String chart, String inputs, Map<String, byte[]> files) {
        if (!recording) {
            return;
        }
        // Hashed before taking the lock, so that threads drawing charts do not wait on each other's hashing.
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, bytes) -> hashes.put(path, Digest.sha256(bytes)));
        synchronized (this) {
            next.put(chart, new Entry(inputs, hashes));
        }
    }

    /** Saves what this build drew, keeping what earlier builds drew of charts this one did not touch. */
    void save() throws IOException {
        if (!recording) {
            return;
        }
        Map<String, Entry> merged = new TreeMap<>(previous);
        merged.putAll(next);
        Path file = root.resolve(MANIFEST);
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(merged));
    }
}
