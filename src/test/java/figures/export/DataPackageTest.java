package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import figures.pipeline.Pipeline;
import figures.source.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks every clean CSV against the Table Schema that datapackage.json gives it: field names and order,
 * types, required fields and unique primary keys. A small checker of our own: the Frictionless Java
 * libraries are not published on Maven Central.
 */
class DataPackageTest {
    private static SortedMap<String, byte[]> outputs;
    private static JsonNode pkg;

    @BeforeAll
    static void build() throws InvalidInputException, IOException {
        outputs = Pipeline.run(Path.of(""));
        pkg = new ObjectMapper().readTree(outputs.get("data/clean/datapackage.json"));
    }

    @Test
    void describesEveryCleanCsvAndNothingElse() {
        Set<String> described = new HashSet<>();
        pkg.get("resources").forEach(r -> described.add("data/clean/" + r.get("path").asText()));
        Set<String> csvs = new HashSet<>();
        outputs.keySet().stream().filter(p -> p.startsWith("data/clean/") && p.endsWith(".csv")).forEach(csvs::add);
        assertThat(described).isEqualTo(csvs);
        assertThat(pkg.get("profile").asText()).isEqualTo("tabular-data-package");
        assertThat(pkg.get("sources").get(0).get("title").asText()).isEqualTo("Lenin and Trotsky confronting the bureaucracy");
    }

    /** A person opening any clean CSV can look up what each column means, and a wide column's unit. */
    @Test
    void describesEveryFieldOfEveryCsv() {
        for (JsonNode resource : pkg.get("resources")) {
            for (JsonNode f : resource.get("schema").get("fields")) {
                assertThat(f.path("description").asText()).as(resource.get("name").asText() + " " + f.get("name").asText())
                        .isNotBlank();
            }
        }
        JsonNode wide = null;
        for (JsonNode r : pkg.get("resources")) {
            wide = r.get("name").asText().equals("social_composition-wide") ? r : wide;
        }
        List<String> families = new ArrayList<>();
        wide.get("schema").get("fields").forEach(f -> {
            if (f.get("name").asText().equals("Peasant Families")) {
                families.add(f.get("description").asText());
            }
        });
        assertThat(families).singleElement().asString().contains("in families").contains("never zero");
    }

    @Test
    void everyCsvConformsToItsSchema() throws IOException {
        for (JsonNode resource : pkg.get("resources")) {
            String name = resource.get("name").asText();
            assertThat(name).matches("[a-z0-9._-]+");
            String csv = new String(outputs.get("data/clean/" + resource.get("path").asText()), StandardCharsets.UTF_8);
            JsonNode fields = resource.get("schema").get("fields");
            List<String> names = new ArrayList<>();
            fields.forEach(f -> names.add(f.get("name").asText()));
            List<String> key = new ArrayList<>();
            resource.get("schema").path("primaryKey").forEach(k -> key.add(k.asText()));
            try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                assertThat(parser.getHeaderNames()).as(name).isEqualTo(names);
                Set<List<String>> keys = new HashSet<>();
                for (CSVRecord row : parser) {
                    for (JsonNode f : fields) {
                        String cell = row.get(f.get("name").asText());
                        String where = name + " line " + row.getParser().getCurrentLineNumber() + " " + f.get("name").asText();
                        boolean required = f.path("constraints").path("required").asBoolean(false);
                        if (cell.isEmpty()) {
                            assertThat(required).as(where + " is required").isFalse();
                            continue;
                        }
                        switch (f.get("type").asText()) {
                            case "integer" -> assertThat(cell).as(where).matches("-?\\d+");
                            case "number" -> assertThat(cell).as(where).matches("-?\\d+(\\.\\d+)?");
                            default -> { }
                        }
                    }
                    if (!key.isEmpty()) {
                        assertThat(keys.add(key.stream().map(row::get).toList())).as(name + " key " + key).isTrue();
                    }
                }
            }
        }
    }
}
