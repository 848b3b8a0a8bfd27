package figures.crosscheck;

import figures.clean.CleanDataset;
import figures.clean.CleanRow;
import figures.parse.Period;
import figures.parse.Qualifier;
import figures.parse.WrittenNumber;
import figures.spec.CheckSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates consistency rules between clean datasets. The right side's qualifier sets the direction of
 * a {@code consistent} rule: "not more than R" passes when left is at most R, "more than R" when it is at
 * least R, "nearly"/"about" when the two are within the tolerance, and a plain number when they are equal
 * (or within tolerance). Pure.
 */
public final class CrossCheck {
    private CrossCheck() {
    }

    /** A rule whose reference names no row: what to tell the user. */
    public record Unresolved(CheckSpec spec, String reference) {
    }

    public static List<CheckResult> run(List<CheckSpec> specs, Map<String, CleanDataset> datasets,
                                        List<Unresolved> unresolved) {
        List<CheckResult> results = new ArrayList<>();
        for (CheckSpec spec : specs) {
            List<Optional<CleanRow>> left = spec.left().stream().map(r -> find(r, datasets)).toList();
            Optional<CleanRow> right = find(spec.right(), datasets);
            boolean ok = true;
            for (int i = 0; i < left.size(); i++) {
                if (left.get(i).flatMap(CleanRow::number).isEmpty()) {
                    unresolved.add(new Unresolved(spec, spec.left().get(i).toString()));
                    ok = false;
                }
            }
            if (right.flatMap(CleanRow::number).isEmpty()) {
                unresolved.add(new Unresolved(spec, spec.right().toString()));
                ok = false;
            }
            if (ok) {
                results.add(evaluate(spec, left.stream().map(Optional::get).toList(), right.get()));
            }
        }
        return results;
    }

    static CheckResult evaluate(CheckSpec spec, List<CleanRow> leftRows, CleanRow rightRow) {
        double left = measure(leftRows.get(0), spec.left().get(0));
        for (int i = 1; i < leftRows.size(); i++) {
            double next = measure(leftRows.get(i), spec.left().get(i));
            left = switch (spec.operation()) {
                case SUM -> left + next;
                case DIFFERENCE -> left - next;
                case PRODUCT -> left * next;
                case QUOTIENT -> left / next;
            };
        }
        left *= spec.factor();
        double right = measure(rightRow, spec.right());
        Qualifier.Bound bound = rightRow.number().get().bound();
        Qualifier q = rightRow.number().get().qualifier();
        double difference = right == 0 ? 0 : (left - right) / Math.abs(right) * 100;
        double within = Math.abs(difference);
        String expectation;
        CheckResult.Status status;
        switch (spec.relation()) {
            case LESS_THAN -> {
                expectation = "left < right";
                status = left < right ? CheckResult.Status.PASS : CheckResult.Status.CONTRADICTION;
            }
            case GREATER_THAN -> {
                expectation = "left > right";
                status = left > right ? CheckResult.Status.PASS : CheckResult.Status.CONTRADICTION;
            }
            default -> {
                switch (bound) {
                    case UPPER -> {
                        expectation = "left ≤ right (right is '" + q.words() + "')";
                        status = left <= right ? CheckResult.Status.PASS : tolerance(difference, spec);
                    }
                    case LOWER -> {
                        expectation = "left ≥ right (right is '" + q.words() + "')";
                        status = left >= right ? CheckResult.Status.PASS : tolerance(-difference, spec);
                    }
                    case APPROXIMATE -> {
                        expectation = "left ≈ right within " + spec.tolerance() + "% (right is '" + q.words() + "')";
                        status = within <= spec.tolerance() ? CheckResult.Status.PASS : CheckResult.Status.CONTRADICTION;
                    }
                    default -> {
                        expectation = "left = right";
                        status = within < 1e-9 ? CheckResult.Status.PASS : tolerance(within, spec);
                    }
                }
            }
        }
        return new CheckResult(spec, left, written(leftRows, spec), right, rightRow.number().get().written(), expectation,
                difference, status);
    }

    private static CheckResult.Status tolerance(double overshoot, CheckSpec spec) {
        return overshoot <= spec.tolerance() ? CheckResult.Status.WITHIN_TOLERANCE : CheckResult.Status.CONTRADICTION;
    }

    private static double measure(CleanRow row, CheckSpec.Ref ref) {
        WrittenNumber n = row.number().orElseThrow();
        return ref.share() ? n.magnitude().sharePercent().orElse(n.magnitude().value()) : n.magnitude().value();
    }

    /** "3,024,000 + 50,000", "958,895 × 4": the left numbers as written, combined as the rule combines them. */
    private static String written(List<CleanRow> rows, CheckSpec spec) {
        String combined = rows.stream().map(r -> r.number().get().written()).collect(Collectors.joining(spec.operation().sign()));
        return spec.factor() == 1.0 ? combined : (rows.size() > 1 ? "(" + combined + ")" : combined) + spec.timesFactor();
    }

    private static Optional<CleanRow> find(CheckSpec.Ref ref, Map<String, CleanDataset> datasets) {
        CleanDataset d = datasets.get(ref.dataset());
        if (d == null) {
            return Optional.empty();
        }
        return d.rows().stream()
                .filter(r -> r.series().equals(ref.series()))
                .filter(r -> ref.period().isEmpty() || r.period().map(Period::written).orElse("").equals(ref.period()))
                .filter(r -> ref.group().isEmpty() || r.group().equals(ref.group()))
                .findFirst();
    }
}
