package figures.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import figures.source.InvalidInputException;
import figures.source.Problem;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads YAML spec files into records; a typo or a wrong type is a {@link Problem} with its line. */
public final class SpecReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
                    // A key given twice would silently replace the first (a second 'charts:' or 'tolerance:').
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SpecReader() {
    }

    public static DatasetSpec dataset(String file, String yaml) throws InvalidInputException {
        return read(file, yaml, new TypeReference<DatasetSpec>() { });
    }

    /** {@code data/checks.yml}: consistency rules between datasets. */
    public static List<CheckSpec> checks(String file, String yaml) throws InvalidInputException {
        return read(file, yaml, new TypeReference<List<CheckSpec>>() { });
    }

    /** {@code data/sources.yml}: seed file name to the publication it was taken from. */
    public static Map<String, SourceInfo> sources(String file, String yaml) throws InvalidInputException {
        Map<String, SourceInfo> read = read(file, yaml, new TypeReference<Map<String, SourceInfo>>() { });
        return new TreeMap<>(read);
    }

    private static <T> T read(String file, String yaml, TypeReference<T> type) throws InvalidInputException {
        List<Problem> shape = YamlShape.problems(file, yaml);
        if (!shape.isEmpty()) {
            throw new InvalidInputException(shape);
        }
        try {
            T value = YAML.readValue(yaml, type);
            if (value == null) {
                throw new InvalidInputException(Problem.inFile(file, "a YAML mapping", "an empty file"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(problem(file, yaml, e));
        }
    }

    private static Problem problem(String file, String yaml, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        if (e instanceof UnrecognizedPropertyException u) {
            return new SpecLines(file, yaml).problem(u.getPropertyName(), null,
                    "one of the keys " + names(u.getKnownPropertyIds()), "'" + u.getPropertyName() + "'");
        }
        if (e instanceof StreamReadException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field '")) {
            String key = e.getOriginalMessage().substring("Duplicate field '".length()).replaceFirst("'.*", "");
            return new Problem(file, line, column, "each key once in a mapping", "'" + key + "' a second time");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String accepted = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return new Problem(file, line, column, "one of " + accepted, "'" + f.getValue() + "'");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new Problem(file, line, column, shapeOf(m.getTargetType()) + pathOf(m), "a value of another shape");
        }
        return new Problem(file, line, column, "a valid spec (see README, 'Adding a dataset')",
                plain(firstLine(e.getOriginalMessage())));
    }

    /** What a value of this Java type looks like in YAML, in a spec writer's words. */
    private static String shapeOf(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list (lines starting '- ', or [a, b])";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (lines of 'key: value', or {key: value})";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a text";
    }

    /** " for 'charts'": the key whose value has the wrong shape, when Jackson knows it. */
    private static String pathOf(MismatchedInputException e) {
        return e.getPath().stream().map(r -> r.getFieldName()).filter(f -> f != null).reduce((a, b) -> b)
                .map(f -> " for '" + f + "'").orElse("");
    }

    /** A parser's message with Java's names left out: `java.util.ArrayList` and the like mean nothing to a writer. */
    private static String plain(String message) {
        return message.replaceAll("`?\\b(?:java|com|org|figures)\\.[\\w.$]+`?", "a value").replaceAll("\\(of type [A-Z_]+\\)", "");
    }

    private static String names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        return message == null ? "an unreadable spec" : message.lines().findFirst().orElse(message);
    }
}
