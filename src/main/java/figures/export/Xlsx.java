package figures.export;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * The clean tables as one typed .xlsx workbook, for spreadsheets that would otherwise guess at a CSV's
 * cells: numbers are numbers, text is text (so {@code 1/3} never becomes a date nor {@code -1.875} another
 * number under a comma-decimal locale), whatever the locale or import settings. A first sheet cites the
 * sources and explains every sheet and column, from the same descriptions as the data package.
 */
public final class Xlsx {
    static final String ABOUT = "About";
    /** Column widths, in characters: wide enough for a year or a code, never wider than a screen's third. */
    private static final int NARROWEST = 8;
    private static final int WIDEST = 60;
    /** Every entry's time: the same bytes on every build (the zip format cannot say 1970). */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private Xlsx() {
    }

    public static byte[] of(DataPackage.Contents contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(out, "figures", null);
            book.properties().setTitle(contents.title()).setSubject(contents.description());
            Worksheet about = book.newWorksheet(ABOUT);
            List<String> sheetNames = new ArrayList<>();
            for (DataPackage.Resource r : contents.resources()) {
                Worksheet sheet = book.newWorksheet(r.name());
                sheetNames.add(sheet.getName());
                table(sheet, r);
            }
            about(about, contents, sheetNames);
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return repeatable(out.toByteArray());
    }

    /** A table's sheet: a bold header row frozen above the data, filters on it, columns as wide as their text. */
    private static void table(Worksheet sheet, DataPackage.Resource r) {
        List<Column<?>> columns = r.table().columns();
        for (int c = 0; c < columns.size(); c++) {
            Column<?> column = columns.get(c);
            sheet.value(0, c, column.name());
            int width = column.name().length();
            boolean numbers = column instanceof NumericColumn<?>;
            if (!numbers) {
                sheet.style(c).format("@").set(); // text typed into the column later stays text too
            }
            for (int row = 0; row < column.size(); row++) {
                if (column.isMissing(row) || column.getString(row).isEmpty()) {
                    continue; // missing stays empty, never 0
                }
                if (numbers) {
                    String number = CsvExport.number(((NumericColumn<?>) column).getDouble(row));
                    sheet.value(row + 1, c, Double.parseDouble(number));
                    width = Math.max(width, number.length());
                } else {
                    sheet.value(row + 1, c, column.getString(row));
                    width = Math.max(width, column.getString(row).length());
                }
            }
            sheet.width(c, Math.min(WIDEST, Math.max(NARROWEST, width + 2)));
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, columns.size() - 1);
    }

    /** The first sheet: what the workbook is, its sources and licences, and every sheet and column. */
    private static void about(Worksheet sheet, DataPackage.Contents contents, List<String> sheetNames) {
        Rows rows = new Rows(sheet);
        rows.heading(contents.title());
        rows.line(contents.description());
        rows.line("");
        rows.heading("Sources");
        rows.line("citation", "publisher", "date", "address");
        for (DataPackage.Source s : contents.sources()) {
            rows.line(s.title(), s.publisher(), s.date(), s.path());
        }
        rows.line("");
        rows.heading("Licences");
        for (Map<String, String> licence : contents.licences()) {
            rows.line(licence.get("name"), licence.getOrDefault("title", ""));
        }
        rows.line("");
        rows.heading("Sheets");
        rows.line("sheet", "title", "description", "rows");
        for (int i = 0; i < sheetNames.size(); i++) {
            DataPackage.Resource r = contents.resources().get(i);
            rows.line(sheetNames.get(i), r.title(), r.description(), r.table().rowCount());
        }
        rows.line("");
        rows.heading("Columns");
        rows.line("sheet", "column", "type", "description");
        for (int i = 0; i < sheetNames.size(); i++) {
            DataPackage.Resource r = contents.resources().get(i);
            for (Column<?> c : r.table().columns()) {
                rows.line(sheetNames.get(i), c.name(), DataPackage.type(c.type()),
                        r.fieldDescriptions().getOrDefault(c.name(), ""));
            }
        }
        sheet.width(0, 30);
        sheet.width(1, 30);
        sheet.width(2, WIDEST);
        sheet.width(3, 30);
    }

    /** Writes the About sheet a row at a time, leaving out empty cells. */
    private static final class Rows {
        private final Worksheet sheet;
        private int row;

        Rows(Worksheet sheet) {
            this.sheet = sheet;
        }

        void heading(String text) {
            sheet.value(row, 0, text);
            sheet.style(row, 0).bold().set();
            row++;
        }

        /** Text and numbers, each as what it is. */
        void line(Object... cells) {
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (cells[c] instanceof String text && !text.isEmpty()) {
                    sheet.value(row, c, text);
                }
            }
            row++;
        }
    }

    /**
     * The workbook with every zip entry dated alike and no creation time in its properties: the library
     * writes the clock into both, so two builds would differ in bytes that say nothing about the data.
     */
    static byte[] repeatable(byte[] xlsx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        Path file = null;
        try {
            // Read through the central directory, which only ZipFile does, and only from a file:
            // java.util.zip.ZipInputStream refuses the library's local headers (no sizes, ZIP64 descriptors).
            file = Files.createTempFile("figures-", ".xlsx");
            Files.write(file, xlsx);
            try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream entryStream = in.getInputStream(entry)) {
                        content = entryStream.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(ENTRY_TIME);
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the temporary directory, as for the bundled fonts
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        return out.toByteArray();
    }
}
