package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import figures.pipeline.Pipeline;
import figures.project.Layout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code figures serve} as a process: Ctrl-C stops it cleanly, even while it rebuilds. */
class ServeCommandTest {
    /** How a JVM ends on SIGINT once its shutdown hooks have run: 128 + 2. */
    private static final int INTERRUPTED = 130;

    @TempDir
    Path dir;

    @Test
    void ctrlCWhileARebuildRunsLetsItFinishAndLeavesNoLockNorStagingBehind() throws Exception {
        Path root = TestProjects.copyOfInputs(dir.resolve("project"));
        // A terminal's Ctrl-C is SIGINT to the foreground process. A process started from a background job
        // inherits SIGINT ignored (the JVM then ignores it too), so env gives the server its default again.
        Process serve = new ProcessBuilder("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--root", root.toString()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        try {
            awaitLine(lines, "figures: serving charts/ at http://127.0.0.1:");
            SortedMap<String, byte[]> before = outputs(root);

            Path spec = root.resolve("data/raw/brest_litovsk.meta.yml");
            Files.writeString(spec, Files.readString(spec).replace("cost half of industry", "cost a half of industry"));
            Thread.sleep(40); // past the watcher's quiet time: the rebuild is under way, or about to be
            assertThat(new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start().waitFor()).isZero();

            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stopped within 60 s").isTrue();
            assertThat(serve.exitValue()).isEqualTo(INTERRUPTED);
            try (Stream<Path> list = Files.list(root)) {
                assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(Layout.STAGING_PREFIX));
            }
            try (FileChannel lock = FileChannel.open(root.resolve(Layout.LOCK), StandardOpenOption.WRITE);
                 FileLock held = lock.tryLock()) {
                assertThat(held).as("the project's lock is free").isNotNull();
            }
            // Whole outputs: the rebuild's, when it got to finish, or else the ones before it.
            SortedMap<String, byte[]> after = outputs(root);
            assertThat(same(after, Pipeline.run(root)) || same(after, before)).as("outputs whole").isTrue();
        } finally {
            serve.destroyForcibly();
            reader.join(10_000);
        }
    }

    private static void awaitLine(BlockingQueue<String> lines, String start) throws InterruptedException {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(start)) {
                return;
            }
            if (line != null) {
                seen.append(line).append('\n');
            }
        }
        throw new AssertionError("no line starting '" + start + "' within 120 s; serve printed:\n" + seen);
    }

    private static SortedMap<String, byte[]> outputs(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String output : Layout.OUTPUT_DIRS) {
            try (Stream<Path> walk = Files.walk(root.resolve(output))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static boolean same(SortedMap<String, byte[]> a, SortedMap<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }
}
