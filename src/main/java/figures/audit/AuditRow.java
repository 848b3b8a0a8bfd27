package figures.audit;

/**
 * How one mention is accounted for.
 *
 * @param seed    the seed's file name
 * @param mention the mention
 * @param status  captured by a dataset, waived by a rule, or unaccounted
 * @param by      the dataset that captures it, or the waiver's reason; empty when unaccounted
 * @param waiver  the rule that waives it, if it is waived
 */
public record AuditRow(String seed, Mention mention, Status status, String by, java.util.Optional<Waiver> waiver) {

    public enum Status {
        CAPTURED, WAIVED, UNACCOUNTED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
