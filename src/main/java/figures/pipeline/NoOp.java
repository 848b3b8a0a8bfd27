package figures.pipeline;

import figures.project.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Recognises a build with nothing to do before any library is loaded: the digest of every input file
 * (and of the tool) is the one the last build recorded in {@code .figures/last-build}, and every output
 * still has the size and modification time that build left it with. Plain JDK only, on purpose: loading
 * Tablesaw, Jackson or JFreeChart costs more than the whole check.
 */
public final class NoOp {

    private NoOp() {
    }

    /** True when the last build recorded these inputs and its outputs are untouched. */
    public static boolean upToDate(Path root) {
        try {
            Path record = root.resolve(Layout.LAST_BUILD);
            if (!Files.isRegularFile(record)) {
                return false;
            }
            Properties last = new Properties();
            try (var in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
                last.load(in);
            }
            if (!inputsDigest(root).equals(last.getProperty("inputs"))) {
                return false;
            }
            return outputsStamp(root).equals(last.getProperty("outputs"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records what was just built; call after the outputs are written. */
    public static void record(Path root) {
        try {
            Properties now = new Properties();
            now.setProperty("inputs", inputsDigest(root));
            now.setProperty("outputs", outputsStamp(root));
            Files.createDirectories(root.resolve(Layout.LAST_BUILD).getParent());
            try (var out = Files.newBufferedWriter(root.resolve(Layout.LAST_BUILD), StandardCharsets.UTF_8)) {
                now.store(out, "the last build's inputs and outputs; delete to force a full check");
            }
        } catch (IOException e) {
            // Only the next build's speed depends on this record.
        }
    }

    static String inputsDigest(Path root) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        parts.add(Fingerprint.of());
        List<Path> files = new ArrayList<>();
        for (String dir : Layout.INPUT_DIRS) {
            if (Files.isDirectory(root.resolve(dir))) {
                try (Stream<Path> list = Files.list(root.resolve(dir))) {
                    list.sorted().forEach(files::add);
                }
            }
        }
        Layout.INPUT_FILES.forEach(f -> files.add(root.resolve(f)));
        for (Path f : files) {
            parts.add(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            parts.add(Files.isRegularFile(f) ? Files.readAllBytes(f) : new byte[] {(byte) 0xff});
        }
        return Digest.sha256(parts.toArray(byte[][]::new));
    }

    /** Every output file's path, size and modification time: changes when anyone touches an output. */
    static String outputsStamp(Path root) throws IOException {
        StringBuilder stamp = new StringBuilder();
        for (String dir : Layout.OUTPUT_DIRS) {
            Path base = root.resolve(dir);
            if (!Files.isDirectory(base)) {
                stamp.append(dir).append(":absent;");
                continue;
            }
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    stamp.append(root.relativize(p)).append(':').append(a.size()).append(':')
                            .append(a.lastModifiedTime().toMillis()).append(';');
                }
            }
        }
        return Digest.sha256(stamp.toString().getBytes(StandardCharsets.UTF_8));
    }
}
