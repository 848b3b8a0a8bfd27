package figures.audit;

import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.SourcePosition;
import figures.source.TextPositions;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code data/audit-waivers.csv}: columns seed, kind, text, before, after, lines, reason. Every rule
 * names the seed it is for, or {@code *} for every seed, so that a rule written for one article never
 * waives a mention of another.
 */
public final class WaiverReader {
    static final List<String> COLUMNS = List.of("seed", "kind", "text", "before", "after", "lines", "reason");
    /** The seed cell of a rule for every seed. */
    public static final String EVERY_SEED = "*";

    private WaiverReader() {
    }

    /** The rules of {@code content}; {@code seeds} are the file names in seeds/, which a rule's seed must be one of. */
    public static List<Waiver> parse(String file, String content, Set<String> seeds) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get())) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                throw new InvalidInputException(new Problem(file, 1, 1, "the header " + String.join(",", COLUMNS),
                        String.join(",", parser.getHeaderNames())));
            }
            TextPositions lines = TextPositions.of(file, content);
            for (CSVRecord r : parser) {
                SourcePosition at = lines.at(r.getCharacterPosition());
                if (r.size() != COLUMNS.size()) {
                    problems.add(Problem.at(at, COLUMNS.size() + " cells", r.size() + " cells"));
                    continue;
                }
                String seed = r.get("seed").strip();
                if (!seed.equals(EVERY_SEED) && !seeds.contains(seed)) {
                    problems.add(Problem.at(at, "the name of a file in seeds/ " + new TreeSet<>(seeds) + ", or " + EVERY_SEED
                            + " for every seed", seed.isEmpty() ? "none" : "'" + seed + "'"));
                    continue;
                }
                try {
                    waivers.add(waiver(r, seed.equals(EVERY_SEED) ? Optional.empty() : Optional.of(seed), at));
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.at(at, "a waiver with a known kind, valid regular expressions, lines "
                            + "as N or N-M and a reason", e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.inFile(file, "RFC 4180 CSV", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return waivers;
    }

    private static Waiver waiver(CSVRecord r, Optional<String> seed, SourcePosition at) {
        String reason = r.get("reason").strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("no reason");
        }
        Optional<Mention.Kind> kind = r.get("kind").isBlank() ? Optional.empty() : Optional.of(Arrays.stream(
                Mention.Kind.values()).filter(k -> k.label().equals(r.get("kind").strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + r.get("kind") + "'")));
        int from = 1;
        int to = Integer.MAX_VALUE;
        String lines = r.get("lines").strip();
        if (!lines.isEmpty()) {
            String[] ends = lines.split("-", 2);
            try {
                from = Integer.parseInt(ends[0].strip());
                to = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : from;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("lines '" + lines + "'");
            }
        }
        return new Waiver(seed, kind, regex(r.get("text")), regex(r.get("before")).map(p -> Pattern.compile("(?:" + p.pattern() + ")$")),
                regex(r.get("after")), from, to, reason, at);
    }

    private static Optional<Pattern> regex(String cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(cell));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the regular expression '" + cell + "'");
        }
    }
}
