package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import figures.TestProjects;
import figures.cli.Main;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.project.Layout;
import figures.source.InvalidInputException;
import figures.source.SeedLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel drawing gives the sequential bytes; a rebuild redoes only what its inputs changed. */
class IncrementalBuildTest {
    @TempDir
    Path root;

    @BeforeEach
    void copy() throws Exception {
        TestProjects.copyOfInputs(root);
    }

    @Test
    void drawingOnFourThreadsGivesTheBytesOfOne() throws Exception {
        SortedMap<String, byte[]> one = Pipeline.inMemory(root, new BuildOptions(1, true));
        SortedMap<String, byte[]> four = Pipeline.inMemory(root, new BuildOptions(4, true));
        assertThat(four.keySet()).isEqualTo(one.keySet());
        one.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, four.get(path))).as(path).isTrue());
    }

    @Test
    void aBuildWithoutChartsMakesTheSameDataAndNoChart() throws Exception {
        SortedMap<String, byte[]> full = Pipeline.inMemory(root, new BuildOptions(2, true));
        SortedMap<String, byte[]> data = Pipeline.inMemory(root, new BuildOptions(2, true).withoutCharts());
        assertThat(data.keySet()).noneMatch(path -> path.startsWith(Layout.CHARTS + "/"))
                .isEqualTo(full.tailMap(Layout.CLEAN + "/").keySet());
        data.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, full.get(path))).as(path).isTrue());
    }

    @Test
    void aRebuildDrawsOnlyTheChartsWhoseInputsChanged() throws Exception {
        JsonNode first = build();
        assertThat(first.get("charts_drawn").asInt()).isEqualTo(charts());

        JsonNode noop = build();
        assertThat(noop.get("up_to_date").asBoolean()).isTrue();

        Path csv = root.resolve("data/raw/war_communism.csv");
        // 90% is in the same quote ("90% of men's shoes"), so provenance still holds: only the data changes.
        Files.writeString(csv, Files.readString(csv).replace("Tobacco,1920,100%,", "Tobacco,1920,90%,"));
        JsonNode changed = build();
        assertThat(changed.get("charts_drawn").asInt()).isEqualTo(1);
        assertThat(changed.get("charts_reused").asInt()).isEqualTo(charts() - 1);
        assertThat(changed.get("changed").toString()).contains("charts/war_communism.png", "data/clean/war_communism.csv");
    }

    /** Any setting of a spec, however deeply nested, is part of what its charts are drawn from. */
    @Test
    void aChangedChartSettingRedrawsThatChart() throws Exception {
        build();
        Path spec = root.resolve("data/raw/war_communism.meta.yml");
        Files.writeString(spec, Files.readString(spec).replace("axis: {format: percent, min: 0, max: 100}",
                "axis: {format: percent, min: 0, max: 120}"));
        JsonNode changed = build();
        assertThat(changed.get("charts_drawn").asInt()).isEqualTo(1);
        assertThat(changed.get("changed").toString()).contains("charts/war_communism.png")
                .doesNotContain("data/clean/war_communism.csv");
    }

    @Test
    void aTamperedOutputIsNoticedAndRebuilt() throws Exception {
        build();
        Files.writeString(root.resolve("charts/brest_litovsk.txt"), "edited by hand\n");
        JsonNode repaired = build();
        assertThat(repaired.get("charts_drawn").asInt()).isEqualTo(1);
        assertThat(repaired.get("changed").toString()).contains("charts/brest_litovsk.txt");
        assertThat(Main.execute(new String[] {"check", "--root", root.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();
    }

    @Test
    void forceDrawsEverythingAgain() throws Exception {
        build();
        JsonNode forced = new ObjectMapper().readTree(run("build", "--force", "--json"));
        assertThat(forced.get("charts_drawn").asInt()).isEqualTo(charts());
        assertThat(forced.get("files_changed").asInt()).isZero();
    }

    @Test
    void aBuildAfterAForcedOneReusesWhatItDrew() throws Exception {
        JsonNode forced = new ObjectMapper().readTree(run("build", "--force", "--json"));
        assertThat(forced.get("charts_drawn").asInt()).isEqualTo(charts());
        Path csv = root.resolve("data/raw/war_communism.csv");
        Files.writeString(csv, Files.readString(csv).replace("Tobacco,1920,100%,", "Tobacco,1920,90%,"));
        JsonNode next = build();
        assertThat(next.get("charts_drawn").asInt()).isEqualTo(1);
        assertThat(next.get("charts_reused").asInt()).isEqualTo(charts() - 1);
    }

    @Test
    void aDamagedManifestOnlyCostsAFullBuild() throws Exception {
        build();
        Files.writeString(root.resolve(Layout.MANIFEST), "brest_litovsk\tnot enough fields\n");
        Files.delete(root.resolve(Layout.LAST_BUILD)); // or the build would stop at "up to date"
        JsonNode next = build();
        assertThat(next.get("charts_drawn").asInt()).isEqualTo(charts());
        assertThat(build().get("up_to_date").asBoolean()).isTrue();
        Files.delete(root.resolve(Layout.LAST_BUILD));
        assertThat(build().get("charts_reused").asInt()).isEqualTo(charts()); // and the manifest is whole again
    }

    @Test
    void aBuildInMemoryLeavesTheManifestAlone() throws Exception {
        build();
        Path manifest = root.resolve(Layout.MANIFEST);
        String before = Files.readString(manifest);
        Path csv = root.resolve("data/raw/war_communism.csv");
        Files.writeString(csv, Files.readString(csv).replace("Tobacco,1920,100%,", "Tobacco,1920,90%,"));
        Pipeline.inMemory(root, new BuildOptions(2, false)); // as check and the tests build: nothing on disk
        assertThat(Files.readString(manifest)).isEqualTo(before);
    }

    @Test
    void threeShardsTogetherWriteExactlyAFullBuild(@TempDir Path shards) throws Exception {
        SortedMap<String, byte[]> full = Pipeline.run(root);
        Map<String, byte[]> union = new TreeMap<>();
        for (int k = 1; k <= 3; k++) {
            Path copy = TestProjects.copyOfInputs(shards.resolve("shard" + k));
            StringWriter err = new StringWriter();
            assertThat(Main.execute(new String[] {"build", "--shard", k + "/3", "--root", copy.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true))).as(err.toString()).isZero();
            for (String dir : Layout.OUTPUT_DIRS) {
                if (Files.isDirectory(copy.resolve(dir))) {
                    try (var walk = Files.walk(copy.resolve(dir))) {
                        for (Path p : walk.filter(Files::isRegularFile).toList()) {
                            assertThat(union.put(copy.relativize(p).toString(), Files.readAllBytes(p)))
                                    .as("written by one shard only: " + p).isNull();
                        }
                    }
                }
            }
        }
        assertThat(union.keySet()).isEqualTo(full.keySet());
        full.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, union.get(path))).as(path).isTrue());
    }

    @Test
    void onlyRewritesTheNamedDatasetAndLeavesTheRest() throws Exception {
        build();
        Path other = root.resolve("charts/brest_litovsk.txt");
        Files.writeString(other, "not this build's business\n");
        Path csv = root.resolve("data/raw/war_communism.csv");
        Files.writeString(csv, Files.readString(csv).replace("Tobacco,1920,100%,", "Tobacco,1920,90%,"));
        JsonNode only = new ObjectMapper().readTree(run("build", "--only", "war_communism", "--json"));
        assertThat(only.get("charts_drawn").asInt()).isEqualTo(1);
        assertThat(Files.readString(other)).isEqualTo("not this build's business\n");
        assertThat(Files.readString(root.resolve("data/clean/war_communism.csv"))).contains("\"Tobacco\",\"1920\",1920,1920,,90,");
    }

    @Test
    void onlyTakesAChartIdForItsDatasetAndASeedForAllOfItsDatasets() throws Exception {
        build();
        List<Dataset> datasets = DatasetLoader.load(root, SeedLoader.load(root).keySet());
        Dataset first = datasets.get(0);
        String seed = first.spec().seed();
        int seedCharts = datasets.stream().filter(d -> d.spec().seed().equals(seed)).mapToInt(d -> d.spec().charts().size()).sum();

        JsonNode byChart = new ObjectMapper().readTree(run("build", "--force", "--only", first.spec().charts().get(0).id(), "--json"));
        JsonNode bySeed = new ObjectMapper().readTree(run("build", "--force", "--only", seed, "--json"));

        assertThat(byChart.get("charts_drawn").asInt()).isEqualTo(first.spec().charts().size());
        assertThat(bySeed.get("charts_drawn").asInt()).isEqualTo(seedCharts);
    }

    /** How many charts the project declares, counted from its specs. */
    private int charts() throws InvalidInputException {
        return DatasetLoader.load(root, SeedLoader.load(root).keySet()).stream().mapToInt(d -> d.spec().charts().size()).sum();
    }

    private JsonNode build() throws Exception {
        return new ObjectMapper().readTree(run("build", "--json"));
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        String[] all = Stream.concat(Arrays.stream(args), Stream.of("--root", root.toString()))
                .toArray(String[]::new);
        StringWriter err = new StringWriter();
        int code = Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }
}
