package figures.export;

import figures.Golden;
import figures.pipeline.Pipeline;
import figures.source.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real outputs of the real inputs, held against reviewed copies: a change in them shows as a diff. */
class GoldenOutputTest {
    private static SortedMap<String, byte[]> outputs;

    @BeforeAll
    static void build() throws InvalidInputException {
        outputs = Pipeline.run(Path.of(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "data/clean/social_composition.csv",
            "data/clean/social_composition.wide.csv",
            "data/clean/moscow_vote_1923.csv"})
    void csvMatchesItsGoldenFile(String path) throws IOException {
        Golden.assertMatches(path.replace('/', '_'), new String(outputs.get(path), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"charts/moscow_vote_1923.svg", "charts/social_composition.svg", "charts/civil_war_deaths.svg"})
    void svgMatchesItsGoldenFileAsXml(String path) throws Exception {
        Golden.assertXmlMatches(path.replace('/', '_'), new String(outputs.get(path), StandardCharsets.UTF_8));
    }

    /** Pixels, within a small tolerance: a theme change shows up as a reviewed diff image. */
    @ParameterizedTest
    @ValueSource(strings = {"charts/moscow_vote_1923.1x.png", "charts/social_composition.1x.png",
            "charts/civil_war_deaths.1x.png"})
    void pngMatchesItsGoldenImage(String path) throws IOException {
        Golden.assertImageMatches(path.replace('/', '_'), outputs.get(path), 0.002);
    }
}
