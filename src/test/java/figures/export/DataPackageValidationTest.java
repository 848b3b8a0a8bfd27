package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import figures.ExternalTools;
import figures.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data package of a build passes an independent Frictionless validator: datapackage-js (npm, pinned in
 * src/test/js), which checks the descriptor against its profile and reads every row of every resource,
 * cast against its table schema. CI installs it and sets FIGURES_REQUIRE_NODE so that this cannot be skipped.
 */
class DataPackageValidationTest {
    private static final Path VALIDATOR = Path.of("src/test/js/validate-datapackage.js");

    @TempDir
    static Path dir;
    static Path root;

    @BeforeAll
    static void build() throws Exception {
        if (!Files.isDirectory(Path.of("src/test/js/node_modules/datapackage"))) {
            ExternalTools.missing("FIGURES_REQUIRE_NODE", "node and datapackage-js are required here: (cd src/test/js && npm ci)");
        }
        root = TestProjects.builtCopy(dir.resolve("project"));
    }

    @Test
    void aBuildsDataPackageHasNoErrorInDescriptorOrRows() throws Exception {
        String out = validate();
        assertThat(out).as(out).endsWith(" 0 errors\n");
    }

    /** The validator is no formality: a number that is not one is reported with its resource and row. */
    @Test
    void theValidatorReportsAValueThatBreaksItsSchema() throws Exception {
        Path csv = root.resolve("data/clean/brest_litovsk.csv");
        String original = Files.readString(csv, StandardCharsets.UTF_8);
        String[] lines = original.split("\n", -1);
        String[] cells = lines[1].split(",", -1);
        int value = 5; // series, period, period_start, period_end, group, value
        cells[value] = "abc";
        lines[1] = String.join(",", cells);
        try {
            Files.writeString(csv, String.join("\n", lines), StandardCharsets.UTF_8);
            assertThat(validate()).contains("brest_litovsk: The value \"abc\" in column \"value\" is not type \"number\"");
        } finally {
            Files.writeString(csv, original, StandardCharsets.UTF_8);
        }
    }

    /** Every source's licence is said, "unknown" with the reason where the source gives none. */
    @Test
    void everyResourceAndThePackageSayTheirLicence() throws Exception {
        JsonNode pkg = new ObjectMapper().readTree(root.resolve("data/clean/datapackage.json").toFile());
        assertThat(pkg.path("licenses").size()).isPositive();
        pkg.path("licenses").forEach(l -> assertThat(l.path("name").asText()).isNotBlank());
        for (JsonNode r : pkg.path("resources")) {
            if (r.has("sources")) {
                assertThat(r.path("licenses").size()).as(r.path("name").asText()).isEqualTo(1);
            }
        }
    }

    private static String validate() throws Exception {
        Process node = new ProcessBuilder("node", VALIDATOR.toString(), root.resolve("data/clean/datapackage.json").toString())
                .redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return out;
    }
}
