package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import figures.TestProjects;
import figures.pipeline.BuildOptions;
import figures.pipeline.Pipeline;
import figures.source.SpreadsheetText;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed workbook opened in LibreOffice Calc, which this project did not write: every cell of every
 * clean CSV comes back from its sheet, numbers as the same numbers and text as the same text, with no
 * import setting to choose. CI installs LibreOffice and sets FIGURES_REQUIRE_LIBREOFFICE.
 */
class WorkbookInCalcTest {
    @TempDir
    static Path dir;
    static SortedMap<String, byte[]> outputs;
    static List<String> sheetNames;
    static List<List<List<Calc.Cell>>> sheets;

    @BeforeAll
    static void openTheWorkbookInCalc() throws Exception {
        String soffice = Calc.soffice();
        Path root = TestProjects.copyOfInputs(dir.resolve("project"));
        outputs = Pipeline.inMemory(root, BuildOptions.fresh().withoutCharts());
        Path xlsx = Files.write(dir.resolve("figures.xlsx"), Pipeline.workbook(root));
        Path log = dir.resolve("soffice.log");
        Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "fods",
                "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Map<String, List<List<Calc.Cell>>> read = Calc.sheets(dir.resolve("figures.fods").toFile());
        sheetNames = new ArrayList<>(read.keySet());
        sheets = new ArrayList<>(read.values());
    }

    @Test
    void theFirstSheetCitesTheSourcesAndExplainsTheColumns() {
        assertThat(sheetNames.get(0)).isEqualTo(Xlsx.ABOUT);
        List<String> firstColumn = sheets.get(0).stream().filter(r -> !r.isEmpty()).map(r -> r.get(0).text()).toList();
        assertThat(firstColumn).contains("Sources", "Licences", "Sheets", "Columns");
    }

    @Test
    void everyCellOfEveryCleanCsvComesBackFromItsSheet() throws Exception {
        JsonNode resources = new ObjectMapper().readTree(outputs.get("data/clean/datapackage.json")).get("resources");
        assertThat(sheetNames).hasSize(resources.size() + 1);
        List<String> wrong = new ArrayList<>();
        long cells = 0;
        for (int i = 0; i < resources.size(); i++) {
            JsonNode resource = resources.get(i);
            Set<String> numeric = new HashSet<>();
            resource.get("schema").get("fields").forEach(f -> {
                if (!f.get("type").asText().equals("string")) {
                    numeric.add(f.get("name").asText());
                }
            });
            String name = resource.get("path").asText();
            List<List<Calc.Cell>> sheet = sheets.get(i + 1);
            String csv = new String(outputs.get("data/clean/" + name), StandardCharsets.UTF_8);
            try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
                List<CSVRecord> records = parser.getRecords();
                List<String> header = records.get(0).toList();
                for (int r = 0; r < records.size(); r++) {
                    List<Calc.Cell> row = r < sheet.size() ? sheet.get(r) : List.of();
                    for (int c = 0; c < header.size(); c++) {
                        Calc.Cell cell = c < row.size() ? row.get(c) : new Calc.Cell("", "", "");
                        String expected = SpreadsheetText.restored(records.get(r).get(c));
                        String where = sheetNames.get(i + 1) + " row " + (r + 1) + " " + header.get(c) + ": '" + expected + "' came back as " + cell;
                        cells++;
                        if (expected.isEmpty()) {
                            if (!cell.type().isEmpty()) {
                                wrong.add(where);
                            }
                        } else if (r > 0 && numeric.contains(header.get(c))) {
                            if (!cell.type().equals("float") || Double.parseDouble(cell.value()) != Double.parseDouble(expected)) {
                                wrong.add(where);
                            }
                        } else if (!cell.type().equals("string") || !cell.text().equals(expected)) {
                            wrong.add(where);
                        }
                    }
                }
            }
        }
        assertThat(wrong).as(cells + " cells compared").isEmpty();
        assertThat(cells).isPositive();
    }
}
