package figures.parse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/** What a written number amounts to, once its words and separators are read. */
public sealed interface Magnitude {

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
            if (denominator.signum() == 0) {
                throw new IllegalArgumentException("a share needs a non-zero denominator");
            }
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
