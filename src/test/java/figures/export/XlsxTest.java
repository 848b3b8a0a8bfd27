package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The workbook's bytes: a first sheet that explains, one per table, the same bytes every time. */
class XlsxTest {
    static DataPackage.Contents contents() {
        Table shares = Table.create("shares", StringColumn.create("written", "1/3", "-1.875", "=1+1"),
                DoubleColumn.create("value", 33.333333333, -1.875, Double.NaN));
        return new DataPackage.Contents("p", "A title", "A description",
                List.of(new DataPackage.Source("A citation", "https://example.org", "A publisher", "2017-03-19")),
                List.of(Map.of("name", "unknown", "title", "Unknown: no licence given")),
                List.of(new DataPackage.Resource("shares", "shares.csv", "Shares", "Some shares", shares, List.of(),
                        Map.of("written", "as the text writes it"), Map.of())));
    }

    @Test
    void theSameTablesGiveTheSameBytes() throws Exception {
        byte[] first = Xlsx.of(contents());
        Thread.sleep(1100); // the library writes the clock, to the second in zip entries
        assertThat(Xlsx.of(contents())).isEqualTo(first);
    }

    @Test
    void everyEntryIsDatedAlikeAndThePropertiesCarryNoCreationTime() throws Exception {
        Map<String, String> entries = entries(Xlsx.of(contents()));
        assertThat(entries).containsKeys("xl/workbook.xml", "docProps/core.xml");
        assertThat(entries.get("docProps/core.xml")).contains("<dc:title>A title</dc:title>").doesNotContain("created");
    }

    @Test
    void theFirstSheetExplainsAndEachTableHasItsOwn() throws Exception {
        String workbook = entries(Xlsx.of(contents())).get("xl/workbook.xml");
        assertThat(sheetNames(workbook)).containsExactly(Xlsx.ABOUT, "shares");
    }

    /** Numbers are written as numbers (t="n"), text as strings (t="s" or inlineStr), missing as no cell. */
    @Test
    void numbersAreNumbersTextIsTextAndMissingIsNoCell() throws Exception {
        String sheet = entries(Xlsx.of(contents())).get("xl/worksheets/sheet2.xml");
        assertThat(sheet).contains("<c r=\"B3\"").contains("<c r=\"A4\"").doesNotContain("r=\"B4\"");
        String b3 = sheet.substring(sheet.indexOf("<c r=\"B3\""), sheet.indexOf("</c>", sheet.indexOf("<c r=\"B3\"")));
        assertThat(b3).contains(" t=\"n\"").contains("<v>-1.875</v>");
        String a3 = sheet.substring(sheet.indexOf("<c r=\"A3\""), sheet.indexOf("</c>", sheet.indexOf("<c r=\"A3\"")));
        assertThat(a3).containsPattern(" t=\"(s|inlineStr|str)\"");
        assertThat(sheet).contains("<pane ").contains("state=\"frozen\"");
    }

    private static List<String> sheetNames(String workbookXml) {
        List<String> names = new ArrayList<>();
        for (String part : workbookXml.split("<sheet ")) {
            int at = part.indexOf("name=\"");
            if (at >= 0 && !part.startsWith("<")) {
                names.add(part.substring(at + 6, part.indexOf('"', at + 6)));
            }
        }
        return names;
    }

    private static Map<String, String> entries(byte[] xlsx) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
