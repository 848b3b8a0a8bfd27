package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import figures.pipeline.Pipeline;
import java.io.File;
import java.io.IOException;
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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Opens every clean CSV in a real spreadsheet engine (LibreOffice Calc, headless) with its most
 * eager import settings (special numbers detected, formulas evaluated) and checks that numbers come back
 * as the same numbers, text as the same text, and nothing runs as a formula. CI installs LibreOffice and
 * sets FIGURES_REQUIRE_LIBREOFFICE so that this test cannot be skipped there.
 */
class SpreadsheetTest {
    /**
     * Comma, double quote, UTF-8, from line 1, en-US, formulas evaluated; then: quoted fields as text and
     * special numbers detected (an import that honours quotes), or LibreOffice's defaults (neither).
     */
    private static final String HONOURING_QUOTES = "CSV:44,34,76,1,,1033,true,true,false,false,false,-1,true";
    private static final String DEFAULTS = "CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true";
    /** The columns holding numbers as the text writes them: spreadsheets that ignore quotes reread them. */
    private static final Set<String> AS_WRITTEN = Set.of("written", "mention", "left_written", "right_written");

    @TempDir
    static Path dir;
    static Map<String, List<List<Calc.Cell>>> sheets = new TreeMap<>();
    static Map<String, List<List<Calc.Cell>>> defaults = new TreeMap<>();
    static Map<String, String> csvs = new TreeMap<>();
    static JsonNode pkg;

    @BeforeAll
    static void openEveryCsvInCalc() throws Exception {
        String soffice = Calc.soffice();
        SortedMap<String, byte[]> outputs = Pipeline.run(Path.of(""));
        pkg = new ObjectMapper().readTree(outputs.get("data/clean/datapackage.json"));
        Path in = Files.createDirectories(dir.resolve("in"));
        for (var f : outputs.entrySet()) {
            if (f.getKey().startsWith("data/clean/") && f.getKey().endsWith(".csv")) {
                String name = f.getKey().substring("data/clean/".length());
                csvs.put(name, new String(f.getValue(), StandardCharsets.UTF_8));
            }
        }
        csvs.put("hostile.csv", CsvExport.write(Table.create("hostile",
                StringColumn.create("text", "=1+1", "+SUM(1;2)", "-5 apples", "@cmd", "\tinside", "plain"),
                DoubleColumn.create("number", -5, 0.5, 3024000, 33.3333, 1917, -0.25))));
        for (var csv : csvs.entrySet()) {
            Files.writeString(in.resolve(csv.getKey()), csv.getValue());
        }
        convert(soffice, in, HONOURING_QUOTES, "quotes", sheets);
        convert(soffice, in, DEFAULTS, "defaults", defaults);
    }

    private static void convert(String soffice, Path in, String filter, String label,
                                Map<String, List<List<Calc.Cell>>> into) throws Exception {
        Path out = dir.resolve(label);
        List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--infilter=" + filter,
                "--convert-to", "fods", "--outdir", out.toString()));
        csvs.keySet().forEach(name -> command.add(in.resolve(name).toString()));
        Path log = dir.resolve(label + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        for (String name : csvs.keySet()) {
            File fods = out.resolve(name.replace(".csv", ".fods")).toFile();
            assertThat(fods).as(name + " converted; see " + log).exists();
            into.put(name, Calc.firstSheet(fods));
        }
    }

    @Test
    void numbersComeBackAsTheSameNumbers() throws IOException {
        numbersSurvive(sheets);
        numbersSurvive(defaults);
    }

    private static void numbersSurvive(Map<String, List<List<Calc.Cell>>> sheets) throws IOException {
        for (JsonNode resource : pkg.get("resources")) {
            String name = resource.get("path").asText();
            Set<String> numeric = new HashSet<>();
            resource.get("schema").get("fields").forEach(f -> {
                if (!f.get("type").asText().equals("string")) {
                    numeric.add(f.get("name").asText());
                }
            });
            eachCell(sheets, name, (column, csvText, cell) -> {
                if (numeric.contains(column.split(" ")[0]) && !csvText.isEmpty() && !column.endsWith("(header)")) {
                    assertThat(cell.type()).as(name + " " + column + " " + csvText).isEqualTo("float");
                    assertThat(Double.parseDouble(cell.value())).as(name + " " + column).isEqualTo(Double.parseDouble(csvText));
                }
            });
        }
    }

    @Test
    void textComesBackAsTheSameTextAndEmptyStaysEmptyWhenQuotesAreHonoured() throws IOException {
        assertThat(changed(sheets)).isEmpty();
    }

    /**
     * A spreadsheet that ignores quotes rereads text that looks like a number ("3,024,000", "1/3"): only
     * the columns that hold numbers as the text writes them may change; every other cell comes back.
     */
    @Test
    void withDefaultsOnlyTheAsWrittenColumnsAreReread() throws IOException {
        assertThat(changed(defaults)).allSatisfy(c -> assertThat(AS_WRITTEN).contains(c.split(" ")[1]));
    }

    private static List<String> changed(Map<String, List<List<Calc.Cell>>> sheets) throws IOException {
        List<String> changed = new ArrayList<>();
        for (String name : csvs.keySet()) {
            eachCell(sheets, name, (column, csvText, cell) -> {
                if (csvText.isEmpty() ? !cell.type().isEmpty() : !cell.text().equals(csvText)) {
                    changed.add(name + " " + column + ": '" + csvText + "' came back as " + cell);
                }
            });
        }
        return changed;
    }

    @Test
    void nothingRunsAsAFormula() {
        nothingRuns(sheets);
        nothingRuns(defaults);
    }

    private static void nothingRuns(Map<String, List<List<Calc.Cell>>> sheets) {
        List<List<Calc.Cell>> hostile = sheets.get("hostile.csv");
        List<String> shown = hostile.subList(1, hostile.size()).stream().map(r -> r.get(0).text()).toList();
        assertThat(shown).containsExactly("'=1+1", "'+SUM(1;2)", "'-5 apples", "'@cmd", "'\tinside", "plain");
        assertThat(hostile.subList(1, hostile.size())).allSatisfy(r -> assertThat(r.get(0).type()).isEqualTo("string"));
        assertThat(hostile.get(1).get(1)).isEqualTo(new Calc.Cell("float", "-5", "-5"));
    }

    interface CellCheck {
        void check(String column, String csvText, Calc.Cell cell);
    }

    private static void eachCell(Map<String, List<List<Calc.Cell>>> from, String name, CellCheck check) throws IOException {
        List<List<Calc.Cell>> sheet = from.get(name);
        try (CSVParser parser = CSVParser.parse(new StringReader(csvs.get(name)), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.get(0).toList();
            for (int r = 0; r < records.size(); r++) {
                for (int c = 0; c < header.size(); c++) {
                    List<Calc.Cell> row = r < sheet.size() ? sheet.get(r) : List.of();
                    Calc.Cell cell = c < row.size() ? row.get(c) : new Calc.Cell("", "", "");
                    check.check(header.get(c) + (r == 0 ? " (header)" : " row " + r), records.get(r).get(c), cell);
                }
            }
        }
    }
}
