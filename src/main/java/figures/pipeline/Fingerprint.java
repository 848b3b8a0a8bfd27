package figures.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Identifies the code that draws charts, so that a new version of the tool (or a changed theme in a
 * development build) does not reuse charts an older one drew. Uses file sizes and modification times,
 * not contents: hashing a 50 MB jar on every build would cost more than it saves.
 */
final class Fingerprint {
    private static byte[] value;

    private Fingerprint() {
    }

    static synchronized byte[] of() {
        if (value == null) {
            StringBuilder id = new StringBuilder("figures:");
            try {
                Path code = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(code)) {
                    try (Stream<Path> classes = Files.walk(code)) {
                        for (Path p : classes.filter(Files::isRegularFile).sorted().toList()) {
                            id.append(code.relativize(p)).append(':').append(Files.size(p)).append(':')
                                    .append(Files.getLastModifiedTime(p).toMillis()).append(';');
                        }
                    }
                } else {
                    id.append(code.getFileName()).append(':').append(Files.size(code)).append(':')
                            .append(Files.getLastModifiedTime(code).toMillis());
                }
            } catch (IOException | URISyntaxException | SecurityException e) {
                id.append("unknown:").append(System.nanoTime()); // never reuse what we cannot identify
            }
            value = id.toString().getBytes(StandardCharsets.UTF_8);
        }
        return value;
    }
}
