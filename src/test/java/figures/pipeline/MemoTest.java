package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import figures.TestProjects;
import figures.project.Layout;
import figures.source.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A memo (what serve keeps between builds) changes how fast a build is, never what it writes. */
class MemoTest {
    @TempDir
    Path root;

    private final Memo memo = Memo.forProcess();

    @BeforeEach
    void copy() throws Exception {
        TestProjects.copyOfInputs(root);
    }

    /** Each edit a writer makes while serve runs, made to the fixture's own files. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a chart title", "two raw rows swapped", "a sentence added to a seed", "a waiver removed",
            "a dataset removed"})
    void aBuildAfterAnEditWithTheMemoWritesWhatAFreshBuildWrites(String edit) throws Exception {
        build(memo);
        edit(edit);
        assertSameFiles(build(memo), build(Memo.NONE));
        edit(edit); // and once more: the memo now holds the edited inputs
        assertSameFiles(build(memo), build(Memo.NONE));
    }

    @Test
    void anInvalidEditFailsAsAFreshBuildFailsAndItsFixBuildsAsBefore() throws Exception {
        SortedMap<String, byte[]> before = build(memo);
        Path spec = firstSpecWithACharts();
        String good = Files.readString(spec);
        Files.writeString(spec, good.replaceFirst("\ncharts:", "\ncharts: ["));
        InvalidInputException fresh = catchProblems(Memo.NONE);
        assertThatThrownBy(() -> build(memo)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems()).isEqualTo(fresh.problems());
        Files.writeString(spec, good);
        assertSameFiles(build(memo), before);
    }

    @Test
    void itKeepsOnlyWhatTheLastBuildUsed() throws Exception {
        build(memo);
        int oneBuild = memo.size();
        for (int i = 0; i < 5; i++) {
            edit("a chart title");
            edit("a sentence added to a seed");
            build(memo);
        }
        assertThat(memo.size()).isEqualTo(oneBuild);
    }

    @Test
    void noneRemembersNothing() throws Exception {
        build(Memo.NONE);
        assertThat(Memo.NONE.size()).isZero();
    }

    private SortedMap<String, byte[]> build(Memo with) throws Exception {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Pipeline.run(root, new BuildOptions(2, true), (path, content) -> {
            synchronized (files) {
                files.put(path, content);
            }
        }, with);
        return files;
    }

    private InvalidInputException catchProblems(Memo with) {
        try {
            build(with);
        } catch (InvalidInputException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the build should have failed");
    }

    private static void assertSameFiles(SortedMap<String, byte[]> actual, SortedMap<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(Arrays.equals(actual.get(path), bytes)).as(path).isTrue());
    }

    private void edit(String edit) throws IOException {
        switch (edit) {
            case "a chart title" -> {
                Path spec = firstSpecWithACharts();
                Files.writeString(spec, Files.readString(spec).replaceFirst("\n(    title: [^\"\n]+)\n", "\n$1 (edited)\n"));
            }
            case "two raw rows swapped" -> {
                Path csv = root.resolve(Layout.RAW).resolve(firstSpecWithACharts().getFileName().toString()
                        .replace(Layout.SPEC_SUFFIX, ".csv"));
                List<String> lines = new ArrayList<>(Files.readAllLines(csv));
                lines.add(1, lines.remove(lines.size() - 1));
                Files.write(csv, lines);
            }
            case "a sentence added to a seed" -> {
                Path seed = files(root.resolve(Layout.SEEDS)).get(0);
                Files.writeString(seed, Files.readString(seed) + "\nA later note counted 12 more pages.\n");
            }
            case "a waiver removed" -> {
                Path waivers = root.resolve(Layout.WAIVERS);
                List<String> lines = new ArrayList<>(Files.readAllLines(waivers));
                lines.remove(lines.size() - 1);
                Files.write(waivers, lines);
            }
            case "a dataset removed" -> {
                // One no cross-check refers to, so that the build still succeeds.
                String checks = Files.readString(root.resolve(Layout.CHECKS));
                Path spec = files(root.resolve(Layout.RAW)).stream()
                        .filter(p -> p.toString().endsWith(Layout.SPEC_SUFFIX))
                        .filter(p -> !checks.contains(p.getFileName().toString().replace(Layout.SPEC_SUFFIX, "")))
                        .findFirst().orElseThrow();
                Files.deleteIfExists(spec.resolveSibling(spec.getFileName().toString().replace(Layout.SPEC_SUFFIX, ".csv")));
                Files.delete(spec);
            }
            default -> throw new IllegalArgumentException(edit);
        }
    }

    private Path firstSpecWithACharts() {
        return files(root.resolve(Layout.RAW)).stream().filter(p -> p.toString().endsWith(Layout.SPEC_SUFFIX))
                .filter(p -> read(p).contains("\ncharts:")).findFirst().orElseThrow();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
