package figures.dataset;

import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.SourcePosition;
import figures.source.SpreadsheetText;
import figures.source.TextPositions;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a raw CSV: RFC 4180, a header line, one row per number the article gives. Every problem is
 * reported with the file, line and column of the cell at fault.
 */
public final class RawCsv {
    public static final String SERIES = "series";
    public static final String PERIOD = "period";
    public static final String GROUP = "group";
    public static final String VALUE = "value";
    public static final String QUOTE = "quote";
    public static final String CERTAINTY = "certainty";
    public static final String NOTE = "note";

    public static final List<String> REQUIRED = List.of(SERIES, VALUE, QUOTE);
    /** Which occurrence of its quote a row means, when the quote stands more than once in the seed. */
    public static final String OCCURRENCE = "occurrence";
    /** How the row reads its number, when the words around it say more than its qualifier: exact, approximate, upper, lower. */
    public static final String READING = "reading";
    public static final List<String> KNOWN = List.of(SERIES, PERIOD, GROUP, VALUE, QUOTE, OCCURRENCE, READING, CERTAINTY,
            NOTE);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setIgnoreEmptyLines(true)
            .get();

    private RawCsv() {
    }

    public static List<RawRow> parse(String file, String content) throws InvalidInputException {
        // A spreadsheet's "CSV UTF-8" starts with a byte order mark; it is not part of the first name.
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new InvalidInputException(Problem.inFile(file,
                    "a header line naming the columns " + String.join(",", REQUIRED), "an empty file"));
        }
        List<Problem> problems = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();
        TextPositions lines = TextPositions.of(file, text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(file, header, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            for (CSVRecord record : parser) {
                int[] offsets = cellOffsets(text, (int) record.getCharacterPosition(), record.size());
                SourcePosition start = lines.at(record.getCharacterPosition());
                if (record.size() != header.size()) {
                    problems.add(Problem.at(start, header.size() + " cells (" + String.join(",", header) + ")",
                            record.size() + " cells"));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                Map<String, SourcePosition> positions = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    // A draft from extract, or a sheet saved by a spreadsheet, may neutralise a formula-like cell.
                    cells.put(header.get(i), SpreadsheetText.restored(record.get(i)));
                    positions.put(header.get(i), lines.at(offsets[i]));
                }
                rows.add(new RawRow(start, cells, positions));
            }
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses duplicate or blank header names this way.
            problems.add(new Problem(file, 1, 1, "a header with distinct column names", e.getMessage()));
        } catch (UncheckedIOException | IOException e) {
            problems.add(unreadable(file, e));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(new Problem(file, 2, 1, "at least one row of data", "only a header"));
        }
        return rows;
    }

    /**
     * Commons CSV reports an unbalanced quote as "(startline N) EOF reached before encapsulated token
     * finished": say it as the user would fix it, at the line where the quoted cell opens.
     */
    private static Problem unreadable(String file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        Matcher line = Pattern.compile("startline (\\d+)").matcher(message);
        int at = line.find() ? Integer.parseInt(line.group(1)) : 0;
        String found = message.contains("EOF reached")
                ? "a quoted cell opening on this line that is never closed"
                : message.replaceAll("^[\\w.]+Exception: ", "");
        return new Problem(file, at, at > 0 ? 1 : 0, "RFC 4180 CSV (quotes closed, doubled inside quoted cells)", found);
    }

    private static void checkHeader(String file, List<String> header, List<Problem> problems) {
        Set<String> seen = new LinkedHashSet<>(header);
        for (String required : REQUIRED) {
            if (!seen.contains(required)) {
                problems.add(new Problem(file, 1, 1, "a column named '" + required + "'",
                        "the columns " + String.join(",", header)));
            }
        }
        for (String name : header) {
            if (!KNOWN.contains(name)) {
                problems.add(new Problem(file, 1, 1, "only the columns " + String.join(",", KNOWN),
                        "an unknown column '" + name + "'"));
            }
        }
    }

    /**
     * Where each cell of a record starts. Commons CSV gives the record's start only, and a user fixing a
     * bad value wants to be taken to the cell.
     */
    static int[] cellOffsets(String text, int recordStart, int cells) {
        int[] offsets = new int[cells];
        int i = recordStart;
        for (int cell = 0; cell < cells; cell++) {
            offsets[cell] = i;
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (i < text.length()) {
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
            }
            while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            i++; // past the comma
        }
        return offsets;
    }
}
