package figures.parse;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money as texts write them: pre-decimal British money in every form ("£722,023", "£4 10s. 6d.",
 * "3s. 10⅔d.", a ledger's "£722,023: 11: 11", "twenty-three shillings and fourpence", "sixpence", "a
 * halfpenny"), and dollars, euros and roubles ("$1,000", "€5", "1,000 roubles"). Exact: pence stay fractions.
 * A compound sum whose shillings reach 20, or whose pence reach 12, is refused: it is no sum anyone writes.
 */
final class MoneyReader {
    private static final String INTEGER = NumberParser.INTEGER;
    /** A whole number, a vulgar fraction, or both: "10", "½", "10⅔", "10 ⅔". */
    private static final String PART = "(\\d+)? ?([" + Fractions.VULGAR_CHARS + "])?";
    /** "£4 10s. 6d.", "£722,023", "10s.", "3s. 10⅔d.", "6d.", "£4 10s", with any of the parts left out. */
    private static final Pattern STERLING = Pattern.compile("(?:[£l]\\.? ?(" + INTEGER + "))?"
            + "(?: ?(\\d+) ?s\\.?(?= |$))?(?: ?" + PART + " ?d\\.?)?");
    /** A ledger's columns: "£722,023: 11: 11", "L.3,341,837 : 9 : 9¾". */
    private static final Pattern LEDGER = Pattern.compile("[£l]\\.? ?(" + INTEGER + ") ?: ?(\\d+) ?: ?" + PART);
    private static final Pattern SIGNED = Pattern.compile("([$€]) ?(" + NumberParser.DECIMAL + ")(?: (thousand|million|billion))?");
    private static final Pattern NAMED = Pattern.compile("(.+?) (dollars?|euros?|roubles?|rubles?|pounds?)");
    private static final Map<String, String> CURRENCY = Map.of("$", "USD", "€", "EUR", "dollar", "USD", "dollars", "USD",
            "euro", "EUR", "euros", "EUR", "rouble", "RUB", "roubles", "RUB", "ruble", "RUB", "rubles", "RUB");
    private static final Map<String, Integer> PENCE_WORDS = Map.ofEntries(Map.entry("twopence", 2),
            Map.entry("threepence", 3), Map.entry("fourpence", 4), Map.entry("fivepence", 5), Map.entry("sixpence", 6),
            Map.entry("sevenpence", 7), Map.entry("eightpence", 8), Map.entry("ninepence", 9), Map.entry("tenpence", 10),
            Map.entry("elevenpence", 11));
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    /** "twenty-three shillings": a number, then the unit it counts. */
    private static final Pattern UNIT_WORDS = Pattern.compile("(.+?) (pounds?|shillings?|pence|penny)");
    /** What money is written with: a body without any of these is no sum, and skips every pattern. */
    private static final Pattern MONEY_SIGNS = Pattern.compile("[£$€:]|[\\d" + Fractions.VULGAR_CHARS + "] ?[sd]\\.?(?: |$)"
            + "|^l\\.? ?\\d|pence|penny|shilling|pound|dollar|euro|rouble|ruble");

    private MoneyReader() {
    }

    /** The sum the text writes, lower case; empty if it is not money. */
    static Optional<Magnitude.Money> read(String body) {
        if (body.isBlank() || !MONEY_SIGNS.matcher(body).find()) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = LEDGER.matcher(body)).matches()) {
            return Optional.of(sterling(m.group(1), m.group(2), m.group(3), m.group(4)));
        }
        if ((m = STERLING.matcher(body)).matches() && (m.group(1) != null || m.group(2) != null || m.group(3) != null
                || m.group(4) != null) && (body.startsWith("£") || body.startsWith("l") || body.endsWith("d")
                || body.endsWith("d.") || body.endsWith("s") || body.endsWith("s."))) {
            return Optional.of(sterling(m.group(1), m.group(2), m.group(3), m.group(4)));
        }
        if ((m = SIGNED.matcher(body)).matches()) {
            BigDecimal amount = new BigDecimal(m.group(2).replace(",", ""));
            if (m.group(3) != null) {
                amount = amount.multiply(NumberWords.SCALES.get(m.group(3)));
            }
            return Optional.of(new Magnitude.Money(CURRENCY.get(m.group(1)), amount, BigDecimal.ONE));
        }
        Optional<Magnitude.Money> words = sterlingInWords(body);
        if (words.isPresent()) {
            return words;
        }
        if ((m = NAMED.matcher(body)).matches()) {
            Optional<BigDecimal> amount = amount(m.group(1));
            if (amount.isPresent()) {
                return Optional.of(m.group(2).startsWith("pound")
                        ? new Magnitude.Money("GBP", amount.get().multiply(Magnitude.Money.POUND), BigDecimal.ONE)
                        : new Magnitude.Money(CURRENCY.get(m.group(2)), amount.get(), BigDecimal.ONE));
            }
        }
        return Optional.empty();
    }

    /** Pounds, shillings and pence (each may be absent) into pence, the pence perhaps with a fraction. */
    private static Magnitude.Money sterling(String pounds, String shillings, String pence, String fraction) {
        BigDecimal s = shillings == null ? BigDecimal.ZERO : new BigDecimal(shillings);
        BigDecimal[] d = Fractions.mixed(pence, fraction).orElse(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE});
        if (pounds != null && s.compareTo(TWENTY) >= 0) {
            throw new IllegalArgumentException("shillings below 20 after pounds, found " + s + "s.");
        }
        if ((pounds != null || shillings != null) && d[0].compareTo(Magnitude.Money.SHILLING.multiply(d[1])) >= 0) {
            throw new IllegalArgumentException("pence below 12 after shillings or pounds, found "
                    + (pence == null ? "" : pence) + (fraction == null ? "" : fraction) + "d.");
        }
        BigDecimal whole = (pounds == null ? BigDecimal.ZERO : new BigDecimal(pounds.replace(",", "")).multiply(Magnitude.Money.POUND))
                .add(s.multiply(Magnitude.Money.SHILLING));
        return new Magnitude.Money("GBP", whole.multiply(d[1]).add(d[0]), d[1]);
    }

    /** "twenty-three shillings and fourpence", "two pounds, ten shillings", "sixpence", "a halfpenny". */
    private static Optional<Magnitude.Money> sterlingInWords(String body) {
        BigDecimal pence = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ONE;
        String last = "";
        boolean any = false;
        for (String part : body.split(",\\s*|\\s+and\\s+")) {
            String p = part.strip();
            Integer coin = PENCE_WORDS.get(p);
            if (coin != null) {
                pence = pence.add(BigDecimal.valueOf(coin));
                last = "pence";
            } else if (p.equals("a halfpenny") || p.equals("halfpenny") || p.equals("a half-penny")) {
                pence = pence.multiply(BigDecimal.valueOf(2)).add(BigDecimal.ONE);
                denominator = BigDecimal.valueOf(2);
                last = "halfpenny";
            } else {
                Matcher m = UNIT_WORDS.matcher(p);
                if (!m.matches()) {
                    return Optional.empty();
                }
                Optional<BigDecimal> n = amount(m.group(1));
                if (n.isEmpty()) {
                    return Optional.empty();
                }
                String unit = m.group(2);
                BigDecimal per = unit.startsWith("pound") ? Magnitude.Money.POUND
                        : unit.startsWith("shilling") ? Magnitude.Money.SHILLING : BigDecimal.ONE;
                if (unit.startsWith("shilling") && last.equals("pounds") && n.get().compareTo(TWENTY) >= 0
                        || (unit.equals("pence") || unit.equals("penny")) && !last.isEmpty()
                        && n.get().compareTo(Magnitude.Money.SHILLING) >= 0) {
                    throw new IllegalArgumentException("a sum whose shillings stay below 20 and pence below 12, found '"
                            + body + "'");
                }
                pence = pence.add(n.get().multiply(per).multiply(denominator));
                last = unit.startsWith("pound") ? "pounds" : unit.startsWith("shilling") ? "shillings" : "pence";
            }
            any = true;
        }
        return any ? Optional.of(new Magnitude.Money("GBP", pence, denominator)) : Optional.empty();
    }

    /** A number in digits (with separators) or in words. */
    private static Optional<BigDecimal> amount(String text) {
        String t = text.strip();
        if (t.matches(NumberParser.DECIMAL)) {
            return Optional.of(new BigDecimal(t.replace(",", "")));
        }
        return NumberWords.read(t);
    }
}
