package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.project.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No command writes into seeds/ or data/raw/, onto an input file, or through a link out of the project:
 * each attempt is refused before anything is written, and every input, every output and every file
 * outside the project keeps its bytes.
 */
class InputsNeverHarmedTest {
    @TempDir
    Path root;
    @TempDir
    Path outside;

    @BeforeEach
    void build() throws IOException {
        CliRun.builtCopyOfInputs(root);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/raw", "seeds", "seeds/drafts", "data/raw/../raw", "data/sources.yml"})
    void excelRefusesToWriteAmongTheInputs(String place) throws IOException {
        Map<String, String> before = everyFile(root);

        CliRun run = CliRun.of("excel", "--root", root.toString(), "--to", root.resolve(place).toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--to: expected a place outside the project's inputs");
        assertThat(everyFile(root)).isEqualTo(before);
    }

    @Test
    void excelRefusesALinkThatLeadsAmongTheInputs() throws IOException {
        Path link = Files.createSymbolicLink(outside.resolve("spreadsheets"), root.resolve(Layout.RAW));
        Map<String, String> before = everyFile(root);

        CliRun run = CliRun.of("excel", "--root", root.toString(), "--to", link.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(everyFile(root)).isEqualTo(before);
    }

    @Test
    void extractRefusesToPutADraftAmongTheSeeds() throws IOException {
        Path seed = firstSeed();
        Map<String, String> before = everyFile(root);

        CliRun run = CliRun.of("extract", seed.toString(), "--root", root.toString(), "--out",
                root.resolve("seeds/draft.csv").toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--out: expected a place outside the project's inputs");
        assertThat(everyFile(root)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/clean=data/raw", "charts=seeds"})
    void anOutputFolderLinkedToAnInputIsRefusedAndTheInputKeptWhole(String link) throws IOException {
        String[] parts = link.split("=");
        deleteTree(root.resolve(parts[0]));
        Files.createSymbolicLink(root.resolve(parts[0]), root.resolve(parts[1]));
        Map<String, String> before = everyFile(root.resolve(parts[1]));

        CliRun run = CliRun.of("build", "--only", "brest_litovsk", "--root", root.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(parts[0] + ": expected a directory of the project's own", "found a link to")
                .doesNotContain("Exception");
        assertThat(everyFile(root.resolve(parts[1]))).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Layout.LOCK, Layout.MANIFEST, Layout.LAST_BUILD})
    void aLockOrCacheFileLinkedOutOfTheProjectIsNeverWritten(String file) throws IOException {
        Path target = Files.writeString(outside.resolve("precious.txt"), "a person's file\n");
        Files.createDirectories(root.resolve(file).getParent());
        Files.deleteIfExists(root.resolve(file));
        Files.createSymbolicLink(root.resolve(file), target);

        for (String[] command : new String[][] {{"build", "--force", "--root", root.toString()}, {"check", "--root", root.toString()}}) {
            CliRun run = CliRun.of(command);
            assertThat(run.code()).as(command[0] + ": " + run.err()).isEqualTo(Main.INVALID);
            assertThat(run.err()).contains(file + ": expected a file of the project's own");
        }
        assertThat(Files.readString(target)).isEqualTo("a person's file\n");
    }

    @Test
    void aCacheFolderLinkedOutOfTheProjectIsNeverWritten() throws IOException {
        deleteTree(root.resolve(Layout.CACHE));
        Files.createSymbolicLink(root.resolve(Layout.CACHE), outside);

        CliRun run = CliRun.of("build", "--force", "--root", root.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(Layout.CACHE + ": expected a directory of the project's own");
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aManifestLineNamingAFileOutsideTheChartsIsNotFollowed() throws IOException {
        Path project = outside.resolve("project");
        CliRun.builtCopyOfInputs(project);
        byte[] secret = "not a chart\n".getBytes(StandardCharsets.UTF_8);
        Files.write(outside.resolve("secret"), secret);
        Path manifest = project.resolve(Layout.MANIFEST);
        String line = Files.readAllLines(manifest).stream().filter(l -> l.startsWith("brest_litovsk\t")).findFirst()
                .orElseThrow();
        String[] f = line.split("\t");
        String planted = String.join("\t", f[0], f[1], "../secret",
                "crc32c:" + crc(secret) + ":" + secret.length);
        Files.writeString(manifest, Files.readString(manifest) + planted + "\n");
        Files.delete(project.resolve(Layout.LAST_BUILD)); // or the build would stop at "up to date"
        Map<String, String> outsideBefore = everyFile(outside, 1);
        Map<String, String> inputsBefore = everyFileBut(project, Layout.CLEAN, Layout.CHARTS, Layout.CACHE);

        CliRun build = CliRun.of("build", "--root", project.toString());

        assertThat(build.code()).as(build.err()).isZero();
        assertThat(everyFile(outside, 1)).isEqualTo(outsideBefore);
        assertThat(everyFileBut(project, Layout.CLEAN, Layout.CHARTS, Layout.CACHE)).isEqualTo(inputsBefore);
        assertThat(CliRun.of("check", "--root", project.toString()).code()).isZero();
    }

    private Path firstSeed() throws IOException {
        try (Stream<Path> seeds = Files.list(root.resolve(Layout.SEEDS))) {
            return seeds.sorted().findFirst().orElseThrow();
        }
    }

    private static String crc(byte[] bytes) {
        var crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue());
    }

    private static Map<String, String> everyFile(Path dir) throws IOException {
        return everyFile(dir, Integer.MAX_VALUE);
    }

    /** Every regular file under {@code dir} (not following links), by path, with a digest of its bytes. */
    private static Map<String, String> everyFile(Path dir, int depth) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(dir.relativize(p).toString(), Arrays.toString(Files.readAllBytes(p)).hashCode() + ":" + Files.size(p));
            }
        }
        return files;
    }

    /** As {@link #everyFile(Path)}, leaving out the files under the given folders of {@code dir}. */
    private static Map<String, String> everyFileBut(Path dir, String... folders) throws IOException {
        Map<String, String> files = new TreeMap<>(everyFile(dir));
        files.keySet().removeIf(f -> Arrays.stream(folders).anyMatch(folder -> f.startsWith(folder + "/")));
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
