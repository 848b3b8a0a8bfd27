package figures.audit;

import figures.dataset.Dataset;
import figures.dataset.RawRow;
import figures.source.Seed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts for every numeric mention in the seeds: captured when a raw row's quote covers it and the
 * row's value or period contains it; else waived by the first matching rule; else unaccounted. Pure.
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

    public static Report report(Map<String, Seed> seeds, List<Dataset> datasets, List<Waiver> waivers) {
        List<AuditRow> rows = run(seeds, datasets, waivers);
        Set<Waiver> used = Collections.newSetFromMap(new IdentityHashMap<>());
        rows.forEach(r -> r.waiver().ifPresent(used::add));
        return new Report(rows, waivers.stream().filter(w -> !used.contains(w)).toList());
    }

    public static List<AuditRow> run(Map<String, Seed> seeds, List<Dataset> datasets, List<Waiver> waivers) {
        List<AuditRow> rows = new ArrayList<>();
        for (Seed seed : seeds.values()) {
            List<Captor> captors = captors(seed, datasets);
            for (Mention m : MentionScanner.scan(seed)) {
                rows.add(account(seed, m, captors, waivers));
            }
        }
        return rows;
    }

    /** A span of a seed that a raw row quotes, and the texts (value, period) of that row. */
    private record Captor(String dataset, int start, int end, String value, String period) {
        /** {@code lowered} is the mention's text in lower case, made once per mention, not per captor. */
        boolean captures(Mention m, String lowered) {
            return m.start() >= start && m.end() <= end && (value.contains(lowered) || period.contains(lowered));
        }
    }

    private static List<Captor> captors(Seed seed, List<Dataset> datasets) {
        List<Captor> captors = new ArrayList<>();
        for (Dataset d : datasets) {
            if (!d.spec().seed().equals(seed.fileName())) {
                continue;
            }
            for (RawRow row : d.rows()) {
                seed.span(row.quote()).ifPresent(span -> captors.add(new Captor(d.id(), span[0], span[1],
                        Seed.fold(row.value()).toLowerCase(Locale.ROOT), Seed.fold(row.period()).toLowerCase(Locale.ROOT))));
            }
        }
        return captors;
    }

    private static AuditRow account(Seed seed, Mention m, List<Captor> captors, List<Waiver> waivers) {
        String lowered = m.text().toLowerCase(Locale.ROOT);
        for (Captor c : captors) {
            if (c.captures(m, lowered)) {
                return new AuditRow(seed.fileName(), m, AuditRow.Status.CAPTURED, c.dataset(), Optional.empty());
            }
        }
        for (Waiver w : waivers) {
            if (w.matches(m, seed.text())) {
                return new AuditRow(seed.fileName(), m, AuditRow.Status.WAIVED, "", Optional.of(w));
            }
        }
        return new AuditRow(seed.fileName(), m, AuditRow.Status.UNACCOUNTED, "", Optional.empty());
    }
}
