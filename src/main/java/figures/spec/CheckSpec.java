package figures.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One consistency rule between numbers of the clean datasets, declared in {@code data/checks.yml}.
 *
 * @param id          a name for the rule, used in {@code data/clean/checks.csv}
 * @param description what is compared, in words
 * @param left        the numbers summed on the left
 * @param relation    how left must relate to right; {@code consistent} reads the right's qualifier
 * @param right       the number compared against
 * @param tolerance   how far apart, in percent of the right, still counts as "within tolerance"
 * @param explained   why a contradiction is expected; an unexplained contradiction fails the build
 */
public record CheckSpec(String id, String description, List<Ref> left, Relation relation, Ref right,
                        Double tolerance, String explained) {

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
    }
}
