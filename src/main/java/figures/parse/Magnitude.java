package figures.parse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** What a written number amounts to, once its words and separators are read. */
public sealed interface Magnitude {

    /** A fraction's denominator must not be zero: "1/0" is no number. */
    private static void requireDenominator(BigDecimal denominator, String what) {
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException(what + " needs a non-zero denominator");
        }
    }

    /** The number a table cell shows: a count, an amount, an index. */
    double value();

    /** The share of a whole in percent, when the text gives one or gives part and whole. */
    OptionalDouble sharePercent();

    /** A plain amount: "3,024,000", "8 million", "350,000". */
    record Amount(BigDecimal amount) implements Magnitude {
        @Override
        public double value() {
            return amount.doubleValue();
        }

        @Override
        public OptionalDouble sharePercent() {
            return OptionalDouble.empty();
        }
    }

    /**
     * A share, kept as the exact fraction the text gives: "90%" is 90/100, "1/3" is 1/3,
     * "two-thirds" is 2/3. Its value is the share in percent.
     */
    record Share(BigDecimal numerator, BigDecimal denominator) implements Magnitude {
        public Share {
            requireDenominator(denominator, "a share");
        }

        @Override
        public double value() {
            return numerator.multiply(BigDecimal.valueOf(100))
                    .divide(denominator, MathContext.DECIMAL64).doubleValue();
        }

        @Override
        public OptionalDouble sharePercent() {
            return OptionalDouble.of(value());
        }
    }

    /**
     * An amount written with a fraction, kept exact: "9¾" is 39/4, "10 ⅔" is 32/3, and a sum of money read into
     * one unit ("3s. 10⅔d." is 142/3 pence). Its value is the quotient.
     */
    record Exact(BigDecimal numerator, BigDecimal denominator) implements Magnitude {
        public Exact {
            requireDenominator(denominator, "an amount");
        }

        @Override
        public double value() {
            return numerator.divide(denominator, MathContext.DECIMAL64).doubleValue();
        }

        @Override
        public OptionalDouble sharePercent() {
            return OptionalDouble.empty();
        }
    }

    /**
     * A sum of money as the text writes it, in its currency's smallest written unit: pre-decimal British money
     * in pence ("£4 10s. 6d." is 1086 pence), other currencies in their main unit ("$1,000"). Exact, so that
     * "9¾d." stays 39/4 pence. Its value is in pounds (or the main unit) until the series' unit says which
     * unit to count in ({@link Money#in}).
     *
     * @param currency    {@code GBP} for pounds, shillings and pence; {@code USD}, {@code EUR}, {@code RUB}
     * @param numerator   the sum, over
     * @param denominator this, in pence for GBP and in the main unit otherwise
     */
    record Money(String currency, BigDecimal numerator, BigDecimal denominator) implements Magnitude {
        /** Pence in a shilling and in a pound, before 1971. */
        static final BigDecimal SHILLING = BigDecimal.valueOf(12);
        static final BigDecimal POUND = BigDecimal.valueOf(240);

        public Money {
            requireDenominator(denominator, "a sum");
        }

        @Override
        public double value() {
            return in(currency.equals("GBP") ? "pounds" : currency).orElseThrow().value();
        }

        @Override
        public OptionalDouble sharePercent() {
            return OptionalDouble.empty();
        }

        /**
         * The sum counted in a series' unit: "pounds" or "£", "shillings" or "s.", "pence" or "d." for GBP;
         * the currency's own words or sign otherwise. Empty when the unit is not one of this currency.
         */
        public Optional<Exact> in(String unit) {
            String u = unit.strip().toLowerCase(Locale.ROOT);
            BigDecimal per = switch (currency) {
                case "GBP" -> switch (u) {
                    case "£", "pounds", "pound", "l." -> POUND;
                    case "s.", "shillings", "shilling" -> SHILLING;
                    case "d.", "pence", "penny" -> BigDecimal.ONE;
                    default -> null;
                };
                case "USD" -> List.of("$", "dollars", "dollar", "usd").contains(u) ? BigDecimal.ONE : null;
                case "EUR" -> List.of("€", "euros", "euro", "eur").contains(u) ? BigDecimal.ONE : null;
                case "RUB" -> List.of("roubles", "rouble", "rubles", "ruble", "rub").contains(u) ? BigDecimal.ONE : null;
                default -> null;
            };
            return per == null ? Optional.empty() : Optional.of(new Exact(numerator, denominator.multiply(per)));
        }

        /** The currency in words, for messages. */
        public String currencyWords() {
            return switch (currency) {
                case "GBP" -> "pounds, shillings and pence";
                case "USD" -> "dollars";
                case "EUR" -> "euros";
                case "RUB" -> "roubles";
                default -> currency;
            };
        }
    }

    /**
     * A range the text gives instead of one number: "between twenty-six and thirty", "20 to 30", "1920–30";
     * or two alternatives, "nine or ten". It has a low and a high end and no value: no midpoint is invented.
     *
     * @param low         the low end
     * @param high        the high end, not below the low one
     * @param alternative whether the text offers two readings ("A or B") rather than a span ("A to B")
     */
    record Range(Magnitude low, Magnitude high, boolean alternative) implements Magnitude {
        public Range {
            if (low instanceof Range || high instanceof Range) {
                throw new IllegalArgumentException("a range of two numbers, not of ranges");
            }
            if (low.value() > high.value()) {
                throw new IllegalArgumentException("a range whose low end comes first, found its high end first");
            }
        }

        /** No one value: a range is its two ends. */
        @Override
        public double value() {
            return Double.NaN;
        }

        @Override
        public OptionalDouble sharePercent() {
            return OptionalDouble.empty();
        }
    }

    /** A part of a counted whole: "67 (cells) out of 346". Its value is the part; its share is derived. */
    record Ratio(long part, long whole) implements Magnitude {
        public Ratio {
            if (whole <= 0 || part < 0 || part > whole) {
                throw new IllegalArgumentException("a ratio needs 0 <= part <= whole and whole > 0");
            }
        }

        @Override
        public double value() {
            return part;
        }

        @Override
        public OptionalDouble sharePercent() {
            return OptionalDouble.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64).doubleValue());
        }
    }
}
