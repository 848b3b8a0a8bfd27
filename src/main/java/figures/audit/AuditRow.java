package figures.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * How one mention is accounted for.
 *
 * @param seed    the seed's file name
 * @param mention the mention
 * @param status  captured by a dataset, waived by a rule, or unaccounted
 * @param dataset the dataset that captures it; empty unless it is captured
 * @param waiver  the rule that waives it, if it is waived
 */
public record AuditRow(String seed, Mention mention, Status status, String dataset, Optional<Waiver> waiver) {

    /** The dataset that captures it, or the reason of the waiver that waives it; empty when unaccounted. */
    public String by() {
        return waiver.map(Waiver::reason).orElse(dataset);
    }

    public enum Status {
        CAPTURED, WAIVED, UNACCOUNTED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
