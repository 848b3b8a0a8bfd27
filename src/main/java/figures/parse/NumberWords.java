package figures.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English cardinals in words, of any size: "eighteen", "twenty-six", "twentyfour", "one hundred and fifty
 * thousand", "a million and a half", "two and a half millions", "two dozen". Exact: the value is a
 * {@link BigDecimal}.
 *
 * <p>Written here rather than with ICU4J's {@code RuleBasedNumberFormat}: its lenient English spell-out
 * reads "twentyfour" and "one hundred and fifty thousand" too, but not the halves old texts write
 * ("a million and a half", "two and a half millions") nor "a dozen"; and it would bring ICU's 12 MB of data
 * into the jar and its start-up into a cold build, for a grammar of some forty words.
 */
final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** The words that multiply what comes before them, singular and plural. */
    static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.valueOf(1_000), "thousands", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "millions", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000), "billions", BigDecimal.valueOf(1_000_000_000));
    /** "twentyfour", written as one word. */
    private static final Pattern JOINED = Pattern.compile("(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(one|two|three|four|five|six|seven|eight|nine)");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private NumberWords() {
    }

    /** The number the words say, lower case; empty if they are not (wholly) a cardinal in words. */
    static Optional<BigDecimal> read(String words) {
        List<String> tokens = tokens(words);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = null;          // the number being built before a scale word
        BigDecimal lastScale = null;      // the scale just applied, which "and a half" halves
        boolean any = false;
        boolean unitsWritten = false;     // a number below a hundred was just written: another cannot follow
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("and")) {
                if (tokens.subList(i + 1, tokens.size()).equals(List.of("a", "half"))) {
                    // "a million and a half": half the last scale; "two and a half millions": half a unit.
                    if (group == null && lastScale != null) {
                        total = total.add(lastScale.multiply(HALF));
                    } else if (group != null) {
                        group = group.add(HALF);
                    } else {
                        return Optional.empty();
                    }
                    return Optional.of(plain(total.add(group == null ? BigDecimal.ZERO : group)));
                }
                if (i + 3 < tokens.size() && tokens.get(i + 1).equals("a") && tokens.get(i + 2).equals("half")
                        && SCALES.containsKey(tokens.get(i + 3)) && group != null) {
                    group = group.add(HALF);
                    i += 2;
                    continue;
                }
                continue; // "one hundred and fifty"
            }
            if (t.equals("a") && i == 0 && tokens.size() > 1) {
                group = BigDecimal.ONE;
                continue;
            }
            Integer small = SMALL.get(t);
            Integer tens = TENS.get(t);
            Matcher joined = JOINED.matcher(t);
            if (small != null || tens != null || joined.matches()) {
                if (unitsWritten) {
                    return Optional.empty(); // "five five", "twenty thirty": no number
                }
                int n = small != null ? small : tens != null ? tens : TENS.get(joined.group(1)) + SMALL.get(joined.group(2));
                if (tens != null && i + 1 < tokens.size() && SMALL.containsKey(tokens.get(i + 1))
                        && SMALL.get(tokens.get(i + 1)) < 10 && SMALL.get(tokens.get(i + 1)) > 0) {
                    n += SMALL.get(tokens.get(++i)); // "twenty four", "twenty-four"
                }
                group = (group == null ? BigDecimal.ZERO : group).add(BigDecimal.valueOf(n));
                any = true;
                unitsWritten = true;
                continue;
            }
            unitsWritten = false;
            if (t.equals("hundred")) {
                group = (group == null ? BigDecimal.ONE : group).multiply(BigDecimal.valueOf(100));
                any = true;
                continue;
            }
            if (t.equals("dozen")) {
                group = (group == null ? BigDecimal.ONE : group).multiply(BigDecimal.valueOf(12));
                any = true;
                continue;
            }
            BigDecimal scale = SCALES.get(t);
            if (scale != null) {
                total = total.add((group == null ? BigDecimal.ONE : group).multiply(scale));
                group = null;
                lastScale = scale;
                any = true;
                continue;
            }
            return Optional.empty();
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(plain(total.add(group == null ? BigDecimal.ZERO : group)));
    }

    /** 20 as 20, not 2E+1; 2.5 as 2.5, not 2.50: the number as one would write it. */
    private static BigDecimal plain(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Words split at spaces and hyphens. */
    private static List<String> tokens(String words) {
        List<String> tokens = new ArrayList<>();
        for (String t : words.strip().split("[\\s-]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
