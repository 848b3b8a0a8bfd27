package figures.export;

import figures.Golden;
import figures.build.Pipeline;
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
            "data/clean/moscow_vote_1923.csv",
            "charts/moscow_vote_1923.svg",
            "charts/social_composition.svg"})
    void outputMatchesItsGoldenFile(String path) throws IOException {
        Golden.assertMatches(path.replace('/', '_'), new String(outputs.get(path), StandardCharsets.UTF_8));
    }
}
