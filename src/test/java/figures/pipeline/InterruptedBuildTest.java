package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import figures.cli.Main;
import figures.output.OutputTree;
import figures.project.Layout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds killed with SIGKILL at points spread over a whole build, and two builds at once. */
class InterruptedBuildTest {
    @TempDir
    Path root;
    /** A killed JVM leaves its temporary copies of the bundled fonts behind; keep them out of /tmp. */
    @TempDir
    Path jvmTemp;

    @Test
    void aBuildKilledAtAnyMomentLeavesOldOrNewOutputsWhole() throws Exception {
        TestProjects.copyOfInputs(root);
        assertThat(Main.execute(new String[] {"build", "--root", root.toString()}, quiet(), quiet())).isZero();
        SortedMap<String, byte[]> old = onDisk();
        Path spec = root.resolve("data/raw/brest_litovsk.meta.yml");
        Files.writeString(spec, Files.readString(spec).replace("cost half of industry", "cost a half of industry"));
        SortedMap<String, byte[]> fresh = Pipeline.run(root);
        assertThat(fresh.keySet()).isEqualTo(old.keySet());
        assertThat(Arrays.equals(fresh.get("charts/brest_litovsk.svg"), old.get("charts/brest_litovsk.svg"))).isFalse();

        long whole = timedBuild();
        restore(old);
        int sawOld = 0;
        int sawNew = 0;
        for (int i = 0; i < 20; i++) {
            long killAt = whole * i / 19;
            Process build = start();
            Thread.sleep(killAt);
            build.destroyForcibly(); // SIGKILL on Linux
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

            SortedMap<String, byte[]> now = onDisk();
            boolean complete = same(now, old) || same(now, fresh);
            assertThat(complete || readyStagingExists()).as("after a kill at " + killAt + " ms").isTrue();

            try (OutputTree.Lock lock = OutputTree.lock(root, s -> { })) {
                OutputTree.recover(root);
            }
            now = onDisk();
            assertThat(same(now, old) || same(now, fresh)).as("after recovery, kill at " + killAt + " ms").isTrue();
            assertThat(stagingDirs()).isZero();
            if (same(now, old)) {
                sawOld++;
            } else {
                sawNew++;
                restore(old);
            }
        }
        assertThat(sawOld).as("some kills landed before the swap").isPositive();
    }

    @Test
    void aSecondBuildWaitsForTheFirstAndSaysSo() throws Exception {
        TestProjects.copyOfInputs(root);
        Process second;
        try (OutputTree.Lock held = OutputTree.lock(root, s -> { })) {
            second = start();
            assertThat(second.waitFor(8, TimeUnit.SECONDS)).as("the second build waits while the lock is held").isFalse();
        }
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("another build is running", "waiting for it", "figures: wrote");
    }

    private long timedBuild() throws Exception {
        long start = System.nanoTime();
        Process p = start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Process start() throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + jvmTemp, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--root", root.toString()).redirectErrorStream(true).start();
    }

    private SortedMap<String, byte[]> onDisk() throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String dir : Layout.OUTPUT_DIRS) {
            Path base = root.resolve(dir);
            if (Files.isDirectory(base)) {
                try (Stream<Path> walk = Files.walk(base)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                    }
                }
            }
        }
        return files;
    }

    private void restore(SortedMap<String, byte[]> files) throws IOException {
        for (String dir : Layout.OUTPUT_DIRS) {
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.createDirectories(root.resolve(f.getKey()).getParent());
            Files.write(root.resolve(f.getKey()), f.getValue());
        }
    }

    private static boolean same(SortedMap<String, byte[]> a, SortedMap<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    private boolean readyStagingExists() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith(Layout.STAGING_PREFIX)
                    && Files.exists(p.resolve(OutputTree.READY)));
        }
    }

    private long stagingDirs() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(Layout.STAGING_PREFIX)).count();
        }
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }
}
