package figures.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as an article writes it: "3,024,000", "1.5 million", "90%", "1/3", "two-thirds",
 * "half", "Out of 346 cells, 67", "no less than 4430 out of 4766", "nearly 8 million".
 *
 * <p>Written by hand rather than with {@link java.text.NumberFormat}: that reads "1,5" as 15 and stops
 * at the first character it does not know, where we must refuse anything that is not wholly a number.
 */
public final class NumberParser {

    static final String EXPECTED = "a number as an article writes it, such as '3,024,000', '1.5 million', "
            + "'90%', '1/3', '9¾', 'two-thirds', 'twenty-six', '67 out of 346', '£4 10s. 6d.' or 'nearly 8 million'";

    /** "3,024,000" or "4430": digits, grouped by commas or not. */
    static final String INTEGER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";
    static final String DECIMAL = INTEGER + "(?:\\.\\d+)?";
    /** A minus sign: the hyphen-minus, or Unicode's minus (U+2212) that typeset texts use. */
    private static final String MINUS = "[-\u2212]";
    private static final Pattern AMOUNT =
            Pattern.compile("(" + MINUS + "?" + DECIMAL + ")(?: (thousand|million|billion))?");
    private static final Pattern PERCENT = Pattern.compile("(" + DECIMAL + ") ?(?:%|per ?cent|p\\.c\\.)");
    /** "½" alone, a share like "1/2"; "9¾", "10 ⅔", an amount with a fraction. */
    private static final Pattern VULGAR = Pattern.compile("(\\d+)? ?([" + Fractions.VULGAR_CHARS + "])");
    private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)");
    private static final Pattern PART_OUT_OF_WHOLE =
            Pattern.compile("(" + INTEGER + ") out of (" + INTEGER + ")");
    /** "Out of 346 cells, 67": the whole first, then a noun, then the part. */
    private static final Pattern OUT_OF_WHOLE_PART =
            Pattern.compile("out of (" + INTEGER + ")(?: [\\p{L}'’ -]+?)?, (" + INTEGER + ")");

    private static final Pattern ALTERNATIVES = Pattern.compile("(.+?) or (.+)");
    private static final List<Pattern> RANGES = List.of(Pattern.compile("between (.+?) and (.+)"),
            Pattern.compile("from (.+?) to (.+)"), Pattern.compile("(.+?) to (.+)"),
            Pattern.compile("(" + DECIMAL + ") ?[-–] ?(" + DECIMAL + ")"), ALTERNATIVES);

    private static final Map<String, Magnitude> WORDS = Map.ofEntries(
            share("half", 1, 2), share("a half", 1, 2), share("one half", 1, 2),
            share("a third", 1, 3), share("one third", 1, 3), share("one-third", 1, 3),
            share("two thirds", 2, 3), share("two-thirds", 2, 3),
            share("a quarter", 1, 4), share("one quarter", 1, 4), share("one-quarter", 1, 4),
            share("three quarters", 3, 4), share("three-quarters", 3, 4));

    private NumberParser() {
    }

    public static WrittenNumber parse(String written) throws NumberParseException {
        String folded = written.strip().replaceAll("\\s+", " ");
        String lower = folded.toLowerCase(Locale.ROOT);
        Qualifier qualifier = Qualifier.NONE;
        for (Qualifier q : Qualifier.longestFirst()) {
            if (lower.startsWith(q.words() + " ")) {
                qualifier = q;
                lower = lower.substring(q.words().length() + 1);
                break;
            }
        }
        Optional<Magnitude> magnitude;
        try {
            magnitude = read(lower);
        } catch (ArithmeticException | IllegalArgumentException e) {
            // Too many digits for a count, a zero denominator, a part larger than its whole.
            throw new NumberParseException(written, EXPECTED + " (" + e.getMessage() + ")");
        }
        boolean finite = magnitude.isPresent() && (magnitude.get() instanceof Magnitude.Range r
                ? Double.isFinite(r.low().value()) && Double.isFinite(r.high().value()) : Double.isFinite(magnitude.get().value()));
        if (!finite) {
            throw new NumberParseException(written, EXPECTED);
        }
        return new WrittenNumber(written, qualifier, magnitude.get());
    }

    private static Optional<Magnitude> read(String body) {
        Optional<Magnitude> range = range(body);
        return range.isPresent() ? range : single(body);
    }

    /** "between A and B", "from A to B", "A to B", "A–B" (digits), "A or B": two numbers, low then high. */
    private static Optional<Magnitude> range(String body) {
        Matcher m;
        for (Pattern p : RANGES) {
            if ((m = p.matcher(body)).matches()) {
                Optional<Magnitude> low = single(m.group(1));
                Optional<Magnitude> high = single(expand(m.group(1), m.group(2)));
                if (low.isPresent() && high.isPresent()) {
                    return Optional.of(new Magnitude.Range(low.get(), high.get(), p == ALTERNATIVES));
                }
            }
        }
        return Optional.empty();
    }

    /** "1920–30": the high end written short takes the low end's first digits (1930). */
    private static String expand(String low, String high) {
        if (low.matches("\\d{4}") && high.matches("\\d{2}")) {
            return low.substring(0, 2) + high;
        }
        return high;
    }

    private static Optional<Magnitude> single(String body) {
        Magnitude word = WORDS.get(body);
        if (word != null) {
            return Optional.of(word);
        }
        Optional<Magnitude.Money> money = MoneyReader.read(body);
        if (money.isPresent()) {
            return Optional.of(money.get());
        }
        Matcher m;
        if ((m = VULGAR.matcher(body)).matches()) {
            BigDecimal[] f = Fractions.mixed(m.group(1), m.group(2)).orElseThrow();
            return Optional.of(m.group(1) == null ? new Magnitude.Share(f[0], f[1]) : new Magnitude.Exact(f[0], f[1]));
        }
        Optional<BigDecimal> words = NumberWords.read(body);
        if (words.isPresent()) {
            return Optional.of(new Magnitude.Amount(words.get()));
        }
        if ((m = OUT_OF_WHOLE_PART.matcher(body)).matches()) {
            return Optional.of(new Magnitude.Ratio(integer(m.group(2)), integer(m.group(1))));
        }
        if ((m = PART_OUT_OF_WHOLE.matcher(body)).matches()) {
            return Optional.of(new Magnitude.Ratio(integer(m.group(1)), integer(m.group(2))));
        }
        if ((m = FRACTION.matcher(body)).matches()) {
            return Optional.of(new Magnitude.Share(new BigDecimal(m.group(1)), new BigDecimal(m.group(2))));
        }
        if ((m = PERCENT.matcher(body)).matches()) {
            return Optional.of(new Magnitude.Share(decimal(m.group(1)), BigDecimal.valueOf(100)));
        }
        if ((m = AMOUNT.matcher(body)).matches()) {
            BigDecimal amount = decimal(m.group(1));
            if (m.group(2) != null) {
                amount = amount.multiply(NumberWords.SCALES.get(m.group(2)));
            }
            return Optional.of(new Magnitude.Amount(amount));
        }
        return Optional.empty();
    }

    private static BigDecimal decimal(String digits) {
        return new BigDecimal(digits.replace(",", "").replace('\u2212', '-'));
    }

    private static long integer(String digits) {
        return decimal(digits).longValueExact();
    }

    private static Map.Entry<String, Magnitude> share(String words, int numerator, int denominator) {
        return Map.entry(words, new Magnitude.Share(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)));
    }

}
