package figures.pipeline;

import figures.audit.Waiver;
import figures.audit.WaiverReader;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.project.Layout;
import figures.source.InvalidInputException;
import figures.source.SafePaths;
import figures.source.Seed;
import figures.source.SeedLoader;
import figures.source.TextFiles;
import figures.spec.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the build reads, read once. */
record Inputs(Map<String, Seed> seeds, Map<String, SourceInfo> sources, List<Dataset> datasets,
              List<Waiver> waivers, Optional<String> checksText) {
    /** Reads every input, after making sure the output folders are inside the project. */
    static Inputs load(Path root) throws InvalidInputException {
        return load(root, Memo.NONE);
    }

    /** Reads every input, making seeds and datasets whose texts are unchanged from {@code memo}. */
    static Inputs load(Path root, Memo memo) throws InvalidInputException {
        for (String dir : Layout.OUTPUT_DIRS) {
            SafePaths.requireInside(root, root.resolve(dir), dir);
        }
        Map<String, Seed> seeds = SeedLoader.load(root,
                (name, text) -> memo.remember("seed", List.of(name, text), () -> new Seed(name, text)));
        Map<String, SourceInfo> sources = DatasetLoader.sources(root, seeds.keySet());
        List<Dataset> datasets = DatasetLoader.load(root, seeds.keySet(), (texts, names) ->
                memo.remember("dataset", List.of(texts, names), () -> DatasetLoader.parse(texts, names)));
        Optional<String> waivers = optionalText(root, Layout.WAIVERS);
        List<Waiver> rules = waivers.isEmpty() ? List.of() : memo.remember("waivers", List.of(waivers.get(), seeds.keySet()),
                () -> WaiverReader.parse(Layout.WAIVERS, waivers.get(), seeds.keySet()));
        return new Inputs(seeds, sources, datasets, rules, optionalText(root, Layout.CHECKS));
    }

    private static Optional<String> optionalText(Path root, String file) throws InvalidInputException {
        Path path = root.resolve(file);
        return Files.isRegularFile(path) ? Optional.of(TextFiles.readText(path, file)) : Optional.empty();
    }
}
