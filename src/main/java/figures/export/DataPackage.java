package figures.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import figures.source.SpreadsheetText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * {@code data/clean/datapackage.json}: a Frictionless Tabular Data Package describing every clean CSV.
 * Schemas are derived from the Tablesaw tables that the CSVs are written from, so they cannot drift.
 */
public final class DataPackage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** One CSV and what to say about it. */
    public record Resource(String name, String path, String title, String description, Table table,
                           List<String> primaryKey, Map<String, String> fieldDescriptions, Map<String, Object> extra) {
    }

    /** The publication the data was taken from. */
    public record Source(String title, String path, String publisher, String date) {
    }

    /** Everything the package says: about the whole, its sources and licences, and each table. */
    public record Contents(String name, String title, String description, List<Source> sources,
                           List<Map<String, String>> licences, List<Resource> resources) {
    }

    private DataPackage() {
    }

    public static String json(Contents contents) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", contents.name());
        pkg.put("title", contents.title());
        pkg.put("description", contents.description());
        pkg.put("licenses", contents.licences());
        List<Map<String, Object>> src = new ArrayList<>();
        for (Source s : contents.sources()) {
            Map<String, Object> one = ordered("title", s.title(), "path", s.path(), "publisher", s.publisher(), "date", s.date());
            if (s.path().isEmpty()) {
                one.remove("path"); // a source with no address has no path: an empty one is no valid path
            }
            src.add(one);
        }
        pkg.put("sources", src);
        List<Map<String, Object>> res = new ArrayList<>();
        for (Resource r : contents.resources()) {
            res.add(resource(r));
        }
        pkg.put("resources", res);
        try {
            return JSON.writer(PRETTY).writeValueAsString(pkg) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and lists always serialise", e);
        }
    }

    private static Map<String, Object> resource(Resource r) {
        Map<String, Object> m = ordered("name", r.name(), "path", r.path(), "profile", "tabular-data-resource",
                "title", r.title(), "description", r.description(), "format", "csv", "mediatype", "text/csv",
                "encoding", "utf-8");
        m.put("dialect", ordered("delimiter", ",", "lineTerminator", "\n", "quoteChar", "\"", "doubleQuote", true,
                "header", true));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column<?> c : r.table().columns()) {
            // The name as the CSV's header writes it, a formula's first character neutralised.
            Map<String, Object> f = ordered("name", SpreadsheetText.neutralised(c.name()), "type", type(c.type()));
            String d = r.fieldDescriptions().get(c.name());
            if (d != null) {
                f.put("description", d);
            }
            if (r.primaryKey().contains(c.name())) {
                f.put("constraints", ordered("required", true));
            }
            fields.add(f);
        }
        Map<String, Object> schema = ordered("fields", fields, "missingValues", List.of(""));
        if (!r.primaryKey().isEmpty()) {
            schema.put("primaryKey", r.primaryKey());
        }
        m.put("schema", schema);
        m.putAll(r.extra());
        return m;
    }

    /** Table Schema types for Tablesaw's column types. */
    public static String type(ColumnType type) {
        String name = type.name();
        return switch (name) {
            case "INTEGER", "LONG", "SHORT" -> "integer";
            case "DOUBLE", "FLOAT" -> "number";
            case "BOOLEAN" -> "boolean";
            default -> "string";
        };
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
