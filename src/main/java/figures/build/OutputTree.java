package figures.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The only place that writes outputs. A build is written whole into a temporary directory beside the
 * outputs, then swapped in directory by directory, so a failed or interrupted build leaves the previous
 * outputs in place.
 */
public final class OutputTree {
    private OutputTree() {
    }

    public static void replace(Path root, SortedMap<String, byte[]> files) throws IOException {
        Path staging = Files.createTempDirectory(root, ".figures-tmp-");
        try {
            for (var file : files.entrySet()) {
                Path target = staging.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            for (String dir : Pipeline.OUTPUT_DIRS) {
                Path fresh = staging.resolve(dir);
                Files.createDirectories(fresh);
                Path live = root.resolve(dir);
                Path old = staging.resolve(".old-" + dir.replace('/', '-'));
                Files.createDirectories(live.getParent());
                if (Files.exists(live)) {
                    Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteTree(staging);
        }
    }

    /** What differs between the files a build would write and those on disk: one line per file. */
    public static List<String> differences(Path root, SortedMap<String, byte[]> files) throws IOException {
        TreeSet<String> onDisk = new TreeSet<>();
        for (String dir : Pipeline.OUTPUT_DIRS) {
            Path base = root.resolve(dir);
            if (Files.isDirectory(base)) {
                try (Stream<Path> walk = Files.walk(base)) {
                    walk.filter(Files::isRegularFile).forEach(p -> onDisk.add(root.relativize(p).toString().replace('\\', '/')));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (var file : files.entrySet()) {
            if (!onDisk.remove(file.getKey())) {
                lines.add("missing: " + file.getKey());
            } else if (!Arrays.equals(Files.readAllBytes(root.resolve(file.getKey())), file.getValue())) {
                lines.add("stale:   " + file.getKey());
            }
        }
        onDisk.forEach(extra -> lines.add("extra:   " + extra));
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
