package figures.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import figures.project.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging directory a build fills as it makes its outputs, then swaps in or throws away. */
class OutputTreeTest {
    @TempDir
    Path root;

    @BeforeEach
    void existingOutputs() throws IOException {
        write("charts/a.svg", "old a");
        write("charts/b.svg", "b");
        write("data/clean/old.csv", "gone next build");
    }

    @Test
    void aWholeBuildReplacesTheOutputDirectoriesAndListsWhatChanged() throws IOException {
        try (OutputTree.Staging staging = OutputTree.stage(root, true)) {
            staging.put("charts/a.svg", bytes("new a"));
            staging.put("charts/b.svg", bytes("b"));
            staging.put("charts/c.svg", bytes("c"));
            assertThat(staging.count()).isEqualTo(3);
            assertThat(staging.changes()).extracting(Change::toString).containsExactly("stale:   charts/a.svg", "missing: charts/c.svg",
                    "extra:   data/clean/old.csv");
            staging.commit();
        }
        assertThat(read("charts/a.svg")).isEqualTo("new a");
        assertThat(read("charts/b.svg")).isEqualTo("b");
        assertThat(read("charts/c.svg")).isEqualTo("c");
        assertThat(root.resolve("data/clean/old.csv")).doesNotExist();
        assertThat(stagingDirs()).isZero();
    }

    @Test
    void anUnchangedFileIsLinkedIntoStagingNotWrittenAgain() throws IOException {
        try (OutputTree.Staging staging = OutputTree.stage(root, true)) {
            staging.put("charts/b.svg", bytes("b"));
            Path staged = onlyStagingDir().resolve("charts/b.svg");
            assertThat(Files.isSameFile(staged, root.resolve("charts/b.svg"))).isTrue();
        }
    }

    @Test
    void anOutputReplacedByASymbolicLinkBecomesARealFileAgain(@TempDir Path elsewhere) throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("b.svg"), "b");
        Files.delete(root.resolve("charts/b.svg"));
        Files.createSymbolicLink(root.resolve("charts/b.svg"), outside);
        try (OutputTree.Staging staging = OutputTree.stage(root, true)) {
            staging.put("charts/b.svg", bytes("b"));
            staging.put("charts/a.svg", bytes("new a"));
            staging.commit();
        }
        assertThat(root.resolve("charts/b.svg")).isRegularFile();
        assertThat(Files.isSymbolicLink(root.resolve("charts/b.svg"))).isFalse();
        assertThat(read("charts/b.svg")).isEqualTo("b");
    }

    @Test
    void closingWithoutACommitLeavesTheOutputsAsTheyWere() throws IOException {
        try (OutputTree.Staging staging = OutputTree.stage(root, true)) {
            staging.put("charts/a.svg", bytes("new a"));
            // the build fails here: no commit
        }
        assertThat(read("charts/a.svg")).isEqualTo("old a");
        assertThat(read("data/clean/old.csv")).isEqualTo("gone next build");
        assertThat(stagingDirs()).isZero();
    }

    @Test
    void aPartialBuildReplacesOnlyTheFilesThatChanged() throws IOException {
        try (OutputTree.Staging staging = OutputTree.stage(root, false)) {
            staging.put("charts/a.svg", bytes("new a"));
            staging.put("charts/b.svg", bytes("b"));
            assertThat(staging.changes()).extracting(Change::toString).containsExactly("stale:   charts/a.svg");
            staging.commit();
        }
        assertThat(read("charts/a.svg")).isEqualTo("new a");
        assertThat(read("data/clean/old.csv")).isEqualTo("gone next build");
        assertThat(stagingDirs()).isZero();
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    @Test
    void aSwapThatFailsPartWayIsUndoneSoNoBuildLeavesNewDataBesideOldCharts() throws IOException {
        try (OutputTree.Staging staging = OutputTree.stage(root, true)) {
            staging.put("data/clean/new.csv", bytes("new data"));
            staging.put("charts/a.svg", bytes("new a"));
            // data/clean/ is swapped first; the place charts/ would move to is taken, so its rename fails.
            write(onlyStagingDir().getFileName() + "/.old-charts/in-the-way", "x");

            assertThatThrownBy(staging::commit).isInstanceOf(IOException.class);
        }
        assertThat(read("data/clean/old.csv")).isEqualTo("gone next build");
        assertThat(root.resolve("data/clean/new.csv")).doesNotExist();
        assertThat(read("charts/a.svg")).isEqualTo("old a");
        assertThat(stagingDirs()).isZero();
    }

    private String read(String file) throws IOException {
        return Files.readString(root.resolve(file));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path onlyStagingDir() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(Layout.STAGING_PREFIX)).findFirst().orElseThrow();
        }
    }

    private long stagingDirs() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(Layout.STAGING_PREFIX)).count();
        }
    }
}
