package figures.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
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
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String accepted = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return new Problem(file, line, column, "one of " + accepted, "'" + f.getValue() + "'");
        }
        return new Problem(file, line, column, "a valid spec (see README, 'Adding a dataset')",
                firstLine(e.getOriginalMessage()));
    }

    private static String names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        return message == null ? "an unreadable spec" : message.lines().findFirst().orElse(message);
    }
}
