package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.pipeline.Pipeline;
import figures.source.InvalidInputException;
import figures.source.SeedLoader;
import figures.spec.SourceInfo;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    void describesEveryCleanCsvAndNothingElse() throws InvalidInputException {
        Set<String> described = new HashSet<>();
        pkg.get("resources").forEach(r -> described.add("data/clean/" + r.get("path").asText()));
        Set<String> csvs = new HashSet<>();
        outputs.keySet().stream().filter(p -> p.startsWith("data/clean/") && p.endsWith(".csv")).forEach(csvs::add);
        assertThat(described).isEqualTo(csvs);
        assertThat(pkg.get("profile").asText()).isEqualTo("tabular-data-package");
        List<String> cited = new ArrayList<>();
        pkg.get("sources").forEach(s -> cited.add(s.get("title").asText()));
        assertThat(cited).isEqualTo(sources().values().stream().map(SourceInfo::citation).toList());
    }

    /**
     * Each resource cites its own source, by a path the Frictionless spec allows: an address, never one that
     * climbs out of the package's folder; and its licence, "unknown" where the source gives none.
     */
    @Test
    void eachDatasetCitesItsOwnSourceWithAValidPath() throws Exception {
        Map<String, SourceInfo> sources = sources();
        Map<String, String> seedOf = new HashMap<>();
        for (Dataset d : DatasetLoader.load(Path.of(""), SeedLoader.load(Path.of("")).keySet())) {
            seedOf.put(d.id(), d.spec().seed());
        }
        for (JsonNode r : pkg.get("resources")) {
            String dataset = r.get("name").asText().replaceFirst("-wide$", "");
            if (!seedOf.containsKey(dataset)) {
                continue; // audit and checks: the project's own
            }
            SourceInfo source = sources.get(seedOf.get(dataset));
            JsonNode cited = r.get("sources").get(0);
            assertThat(cited.get("title").asText()).isEqualTo(source.citation());
            assertThat(cited.path("path").asText()).isEqualTo(source.url()).doesNotContain("..");
            assertThat(r.path("licenses").get(0).path("name").asText())
                    .isEqualTo(source.licence().isEmpty() ? "unknown" : source.licence());
        }
    }

    private static Map<String, SourceInfo> sources() throws InvalidInputException {
        return DatasetLoader.sources(Path.of(""), SeedLoader.load(Path.of("")).keySet());
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
