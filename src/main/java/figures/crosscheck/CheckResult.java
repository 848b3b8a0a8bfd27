package figures.crosscheck;

import figures.spec.CheckSpec;
import java.util.Locale;

/**
 * The outcome of one rule, with the figures compared.
 *
 * @param difference left minus right, in percent of right
 */
public record CheckResult(CheckSpec spec, double left, String leftWritten, double right, String rightWritten,
                          String expectation, double difference, Status status) {

    public enum Status {
        PASS, WITHIN_TOLERANCE, CONTRADICTION;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A contradiction nobody has explained: the build fails on it. */
    public boolean fails() {
        return status == Status.CONTRADICTION && spec.explained().isBlank();
    }
}
