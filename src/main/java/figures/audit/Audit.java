package figures.audit;

import figures.dataset.Dataset;
import figures.dataset.RawRow;
import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.Seed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts for every numeric mention in the seeds: captured when it lies inside a raw row's value (or
 * period) where that value stands, as a whole token, in the row's quote; else waived by the first rule
 * for its seed that matches; else unaccounted. Pure.
 */
public final class Audit {
    private Audit() {
    }

    /**
     * The audit, and the waivers that waive nothing: a rule left from an older text, or whose pattern no
     * longer matches, would otherwise stay unnoticed until it hides a number it was never meant for.
     */
    public record Report(List<AuditRow> rows, List<Waiver> unusedWaivers) {
    }

    public static Report report(Map<String, Seed> seeds, List<Dataset> datasets, List<Waiver> waivers)
            throws InvalidInputException {
        List<AuditRow> rows = run(seeds, datasets, waivers);
        Set<Waiver> used = Collections.newSetFromMap(new IdentityHashMap<>());
        rows.forEach(r -> r.waiver().ifPresent(used::add));
        return new Report(rows, waivers.stream().filter(w -> !used.contains(w)).toList());
    }

    /**
     * Every mention of every seed, accounted for.
     *
     * @throws InvalidInputException when a waiver's pattern runs out of steps, naming the rule and the mention
     */
    public static List<AuditRow> run(Map<String, Seed> seeds, List<Dataset> datasets, List<Waiver> waivers)
            throws InvalidInputException {
        List<AuditRow> rows = new ArrayList<>();
        for (Seed seed : seeds.values()) {
            List<Captor> captors = captors(seed, datasets);
            for (Mention m : MentionScanner.scan(seed)) {
                rows.add(account(seed, m, captors, waivers));
            }
        }
        return rows;
    }

    /**
     * Where a raw row's value (or period) stands in the seed, inside the row's quote: the mentions within
     * it are what the row captures. A digit string elsewhere in the quote ("7" of "7s." beside the value
     * "356,776") is not captured by it.
     */
    private record Captor(String dataset, int start, int end) {
        boolean captures(Mention m) {
            return m.start() >= start && m.end() <= end;
        }
    }

    private static List<Captor> captors(Seed seed, List<Dataset> datasets) {
        List<Captor> captors = new ArrayList<>();
        for (Dataset d : datasets) {
            if (!d.spec().seed().equals(seed.fileName())) {
                continue;
            }
            for (RawRow row : d.rows()) {
                for (String written : List.of(row.value(), row.period())) {
                    seed.tokenSpans(row.quote(), row.occurrenceNumber(), written)
                            .forEach(span -> captors.add(new Captor(d.id(), span[0], span[1])));
                }
            }
        }
        return captors;
    }

    private static AuditRow account(Seed seed, Mention m, List<Captor> captors, List<Waiver> waivers)
            throws InvalidInputException {
        for (Captor c : captors) {
            if (c.captures(m)) {
                return new AuditRow(seed.fileName(), m, AuditRow.Status.CAPTURED, c.dataset(), Optional.empty());
            }
        }
        for (Waiver w : waivers) {
            boolean matches;
            try {
                matches = w.matches(m, seed.fileName(), seed.text());
            } catch (StepBudget.Exhausted e) {
                throw new InvalidInputException(Problem.at(w.at(), "a rule whose patterns decide within "
                        + StepBudget.STEPS + " steps (no nested repetition such as (\\w+\\s?)*)", "one that did not, on '"
                        + m.text() + "' at seeds/" + seed.fileName() + ":" + m.at().line() + ":" + m.at().column()));
            }
            if (matches) {
                return new AuditRow(seed.fileName(), m, AuditRow.Status.WAIVED, "", Optional.of(w));
            }
        }
        return new AuditRow(seed.fileName(), m, AuditRow.Status.UNACCOUNTED, "", Optional.empty());
    }
}
