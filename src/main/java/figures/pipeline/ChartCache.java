package figures.pipeline;

import figures.project.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * The manifest of the builds that wrote the outputs on disk ({@code .figures/manifest.tsv}, not
 * committed): for each chart, a hash of everything its files depend on, and a checksum of each file it
 * wrote. A chart whose inputs hash the same and whose files on disk are unchanged is reused instead of
 * drawn again. Only a build that writes the outputs keeps it; {@code figures check} never uses it: CI
 * compares against a full build.
 */
final class ChartCache {
    private static final String HEADER = "# figures chart manifest: chart, hash of its inputs, file, checksum";

    /** One chart's entry: its inputs' hash and the checksum of each file it wrote. */
    record Entry(String inputs, Map<String, String> files) {
    }

    private final Path root;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new TreeMap<>();
    private final boolean recording;
    private final boolean reusing;

    private ChartCache(Path root, Map<String, Entry> previous, boolean recording, boolean reusing) {
        this.root = root;
        this.previous = previous;
        this.recording = recording;
        this.reusing = reusing;
    }

    /**
     * @param record whether this build's charts become the outputs on disk, so that the manifest is kept
     *     (a build in memory, or one without charts, leaves it alone)
     * @param reuse whether charts may be taken from disk instead of drawn; a forced build draws them all,
     *     and records them, so that the next build can reuse them
     */
    static ChartCache load(Path root, boolean record, boolean reuse) {
        Map<String, Entry> previous = Map.of();
        Path file = root.resolve(Layout.MANIFEST);
        if (record && Files.isRegularFile(file)) {
            try {
                previous = parse(Files.readAllLines(file));
            } catch (IOException | IllegalArgumentException e) {
                previous = Map.of(); // a damaged manifest only costs a full build
            }
        }
        return new ChartCache(root, previous, record, record && reuse);
    }

    /** Whether an earlier build drew the chart from the same inputs: {@link #reuse} may then find its files. */
    boolean mayReuse(String chart, String inputs) {
        Entry entry = reusing ? previous.get(chart) : null;
        return entry != null && entry.inputs().equals(inputs);
    }

    /** The chart's files from disk, if an earlier build wrote them from the same inputs and nobody changed them. */
    Optional<Map<String, byte[]>> reuse(String chart, String inputs) {
        if (!mayReuse(chart, inputs)) {
            return Optional.empty();
        }
        Entry entry = previous.get(chart);
        Map<String, byte[]> files = new TreeMap<>();
        for (var f : entry.files().entrySet()) {
            Path path = root.resolve(f.getKey());
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty(); // a link is never followed: the chart is drawn again
            }
            try {
                byte[] bytes = Files.readAllBytes(path);
                if (!checksum(bytes).equals(f.getValue())) {
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
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, bytes) -> hashes.put(path, checksum(bytes)));
        synchronized (this) {
            next.put(chart, new Entry(inputs, hashes));
        }
    }

    /**
     * Whether a file is still the one a build wrote: guards against hand edits, not against an adversary
     * (CI's check compares with a full build and never reads the manifest), so CRC-32C and the length.
     * SHA-256 took 1.1 s of CPU for the 150 MB of 1,000 charts under the C1 compiler, which has no
     * intrinsic for it; CRC-32C has one, and takes milliseconds.
     */
    static String checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return "crc32c:" + Long.toHexString(crc.getValue()) + ":" + bytes.length;
    }

    /** Saves the manifest, or leaves it as it was when it cannot be written. */
    void saveQuietly() {
        try {
            save();
        } catch (IOException e) {
            // Only the next build's speed depends on the manifest; it never decides an output.
        }
    }

    /** Saves what this build drew, keeping what earlier builds drew of charts this one did not touch. */
    void save() throws IOException {
        if (!recording) {
            return;
        }
        Map<String, Entry> merged = new TreeMap<>(previous);
        merged.putAll(next);
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        merged.forEach((chart, entry) -> entry.files().forEach((path, sum) ->
                text.append(chart).append('\t').append(entry.inputs()).append('\t').append(path).append('\t')
                        .append(sum).append('\n')));
        Path file = root.resolve(Layout.MANIFEST);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * Tab-separated lines rather than JSON: a forced cold build reads and writes the manifest, and
     * Jackson's start-up for it (reflection over the records) cost about 0.1 s of CPU there.
     */
    private static Map<String, Entry> parse(List<String> lines) {
        Map<String, Entry> entries = new TreeMap<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException("not a manifest line: " + line);
            }
            // The manifest is read as untrusted: a line may name only one of its own chart's files, so that no
            // edit of it makes a build read (and copy into charts/) a file from anywhere else.
            if (!Layout.CHART_SUFFIXES.stream().map(suffix -> Layout.chartFile(f[0], suffix)).toList().contains(f[2])
                    || !f[0].matches("[a-z0-9][a-z0-9_]{0,63}")) {
                throw new IllegalArgumentException("not a file of chart " + f[0] + ": " + f[2]);
            }
            Entry entry = entries.computeIfAbsent(f[0], chart -> new Entry(f[1], new TreeMap<>()));
            if (!entry.inputs().equals(f[1])) {
                throw new IllegalArgumentException("two input hashes for chart " + f[0]);
            }
            entry.files().put(f[2], f[3]);
        }
        return entries;
    }
}
