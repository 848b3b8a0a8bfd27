package figures.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * One consistency rule between numbers of the clean datasets, declared in {@code data/checks.yml}.
 *
 * @param id          a name for the rule, used in {@code data/clean/checks.csv}
 * @param description what is compared, in words
 * @param left        the numbers combined on the left, by {@code operation}
 * @param relation    how left must relate to right; {@code consistent} reads the right's qualifier
 * @param right       the number compared against
 * @param tolerance   how far apart, in percent of the right, still counts as "within tolerance"
 * @param explained   why a contradiction is expected; an unexplained contradiction fails the build
 * @param operation   how the left numbers combine: their sum (default), the first less the others, their
 *                    product, or the first divided by the others
 * @param factor      what the combined left is multiplied by: "the average of four years times four is the
 *                    total" is an average on the left with factor 4; 1 if not given
 */
public record CheckSpec(String id, String description, List<Ref> left, Relation relation, Ref right,
                        Double tolerance, String explained, Operation operation, Double factor) {

    /** How a rule combines its left numbers. */
    public enum Operation {
        @JsonProperty("sum") SUM(" + "),
        @JsonProperty("difference") DIFFERENCE(" − "),
        @JsonProperty("product") PRODUCT(" × "),
        @JsonProperty("quotient") QUOTIENT(" ÷ ");

        private final String sign;

        Operation(String sign) {
            this.sign = sign;
        }

        /** Between two numbers as written: " × ". */
        public String sign() {
            return sign;
        }
    }

    /** A number in a clean dataset: the row with this series, and period and group when given. */
    public record Ref(String dataset, String series, String period, String group, Boolean share) {
        public Ref {
            period = period == null ? "" : period;
            group = group == null ? "" : group;
            share = share != null && share;
        }

        @Override
        public String toString() {
            return dataset + ": " + series + (period.isEmpty() ? "" : " " + period) + (group.isEmpty() ? "" : " (" + group + ")")
                    + (share ? " [share %]" : "");
        }
    }

    public enum Relation {
        /** As the right's qualifier says: "not more than" is an upper bound, "nearly" an approximation. */
        @JsonProperty("consistent") CONSISTENT,
        @JsonProperty("less_than") LESS_THAN,
        @JsonProperty("greater_than") GREATER_THAN
    }

    public CheckSpec {
        description = description == null ? "" : description;
        left = left == null ? List.of() : List.copyOf(left);
        relation = relation == null ? Relation.CONSISTENT : relation;
        tolerance = tolerance == null ? 0.0 : tolerance;
        explained = explained == null ? "" : explained;
        operation = operation == null ? Operation.SUM : operation;
        factor = factor == null ? 1.0 : factor;
    }

    /** " × 4" after the left side, or nothing for a factor of 1. */
    public String timesFactor() {
        return factor == 1.0 ? "" : " × " + BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString();
    }
}
