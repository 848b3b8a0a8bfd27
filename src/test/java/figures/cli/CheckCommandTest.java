package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import figures.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check tells CI, in words and as JSON. */
class CheckCommandTest {
    @TempDir
    Path root;

    @BeforeEach
    void build() throws Exception {
        CliRun.builtCopyOfInputs(root);
    }

    @Test
    void jsonSaysUpToDateWithExitZero() throws Exception {
        CliRun r = CliRun.of("check", "--json", "--root", root.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        JsonNode result = new ObjectMapper().readTree(r.out());
        assertThat(result.get("up_to_date").asBoolean()).isTrue();
        assertThat(result.get("files").asInt()).isEqualTo(Pipeline.run(root).size());
        assertThat(result.get("differences")).isEmpty();
    }

    @Test
    void jsonListsEachStaleMissingOrExtraFileWithExitOne() throws Exception {
        Path csv = root.resolve("data/clean/brest_litovsk.csv");
        Files.writeString(csv, Files.readString(csv).replace("\n", "\r\n"));
        Files.delete(root.resolve("charts/brest_litovsk.svg"));
        Files.writeString(root.resolve("charts/notes.md"), "a person's notes");

        CliRun r = CliRun.of("check", "--json", "--root", root.toString());

        assertThat(r.code()).isEqualTo(Main.INVALID);
        assertThat(r.out().lines()).as("one line of JSON").hasSize(1);
        JsonNode result = new ObjectMapper().readTree(r.out());
        assertThat(result.get("up_to_date").asBoolean()).isFalse();
        // Stale and missing files in path order, then extra ones, as check prints them.
        assertThat(result.get("differences")).extracting(JsonNode::asText).satisfiesExactly(
                missing -> assertThat(missing).isEqualTo("missing: charts/brest_litovsk.svg"),
                stale -> assertThat(stale).startsWith("stale:   data/clean/brest_litovsk.csv: first difference at line 1")
                        .contains("\\r\\n"),
                extra -> assertThat(extra).isEqualTo("extra:   charts/notes.md"));
    }
}
