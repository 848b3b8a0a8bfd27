package figures.audit;

import figures.dataset.Dataset;
import figures.dataset.RawRow;
import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.Seed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
        return run(seeds, datasets, waivers, MentionScanner::scan);
    }

    /** As {@link #run(Map, List, List)}, with each seed's mentions found by {@code scanner} (or a memo of it). */
    public static List<AuditRow> run(Map<String, Seed> seeds, List<Dataset> datasets, List<Waiver> waivers,
                                     Function<Seed, List<Mention>> scanner) throws InvalidInputException {
        List<AuditRow> rows = new ArrayList<>();
        for (Seed seed : seeds.values()) {
            Captors captors = new Captors(captors(seed, datasets));
            for (Mention m : scanner.apply(seed)) {
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
    private record Captor(String dataset, int start, int end, int order) {
        boolean captures(Mention m) {
            return m.start() >= start && m.end() <= end;
        }
    }

    /**
     * A seed's captors by where they start, so that a mention is checked only against those that start
     * shortly before it: checking each mention against every captor took 45 s for a 50,000-row table.
     */
    private static final class Captors {
        private final List<Captor> byStart;
        private final int longest;

        Captors(List<Captor> all) {
            this.byStart = all.stream().sorted(Comparator.comparingInt(Captor::start)).toList();
            this.longest = all.stream().mapToInt(c -> c.end() - c.start()).max().orElse(0);
        }

        /** The first captor in dataset and row order that captures {@code m}: the dataset the audit names. */
        Optional<Captor> first(Mention m) {
            int i = lastStartingAtOrBefore(m.start());
            Optional<Captor> first = Optional.empty();
            for (; i >= 0 && byStart.get(i).start() >= m.start() - longest; i--) {
                Captor c = byStart.get(i);
                if (c.captures(m) && (first.isEmpty() || c.order() < first.get().order())) {
                    first = Optional.of(c);
                }
            }
            return first;
        }

        private int lastStartingAtOrBefore(int at) {
            int lo = 0;
            int hi = byStart.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (byStart.get(mid).start() <= at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
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
                            .forEach(span -> captors.add(new Captor(d.id(), span[0], span[1], captors.size())));
                }
            }
        }
        return captors;
    }

    private static AuditRow account(Seed seed, Mention m, Captors captors, List<Waiver> waivers)
            throws InvalidInputException {
        Optional<Captor> captor = captors.first(m);
        if (captor.isPresent()) {
            return new AuditRow(seed.fileName(), m, AuditRow.Status.CAPTURED, captor.get().dataset(), Optional.empty());
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
