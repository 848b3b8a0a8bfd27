package figures.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The audit as a table ({@code data/clean/audit.csv}) and as a summary for the terminal. */
public final class AuditTable {
    /** What each column of the table means, for the data package. */
    public static final Map<String, String> DESCRIPTIONS = Map.of(
            "seed", "The file in seeds/ the mention is in",
            "line", "Line of the seed where the mention starts",
            "column", "Column of the seed where the mention starts",
            "kind", "What sort of mention it is: " + labels(Mention.Kind.values(), Mention.Kind::label),
            "mention", "The mention exactly as the text writes it",
            "status", "How it is accounted for: " + labels(AuditRow.Status.values(), AuditRow.Status::label),
            "by", "For a captured mention, the dataset whose quote holds it; for a waived one, the waiver's reason");

    private AuditTable() {
    }

    private static <E> String labels(E[] values, Function<E, String> label) {
        return String.join(", ", Arrays.stream(values).map(label).toList());
    }

    public static Table of(List<AuditRow> rows) {
        return Table.create("audit",
                StringColumn.create("seed", rows.stream().map(AuditRow::seed)),
                IntColumn.create("line", rows.stream().mapToInt(r -> r.mention().at().line()).toArray()),
                IntColumn.create("column", rows.stream().mapToInt(r -> r.mention().at().column()).toArray()),
                StringColumn.create("kind", rows.stream().map(r -> r.mention().kind().label())),
                StringColumn.create("mention", rows.stream().map(r -> r.mention().text())),
                StringColumn.create("status", rows.stream().map(r -> r.status().label())),
                StringColumn.create("by", rows.stream().map(AuditRow::by)));
    }

    /**
     * Counts by kind and status, as aligned text: one table per seed, each ending in its own total, then
     * the total of every seed, so that an article's audit reads on its own.
     */
    public static String summary(List<AuditRow> rows) {
        Map<String, List<AuditRow>> bySeed = new TreeMap<>();
        rows.forEach(r -> bySeed.computeIfAbsent(r.seed(), s -> new ArrayList<>()).add(r));
        StringBuilder out = new StringBuilder();
        bySeed.forEach((seed, seedRows) -> out.append("seeds/").append(seed).append('\n').append(table(seedRows)).append('\n'));
        int[] total = counts(rows);
        out.append(String.format(Locale.ROOT, "%-10s %9d %7d %12d   (%d seed%s)%n", "in total", total[0], total[1], total[2],
                bySeed.size(), bySeed.size() == 1 ? "" : "s"));
        return out.toString();
    }

    private static String table(List<AuditRow> rows) {
        Map<String, List<AuditRow>> byKind = new TreeMap<>();
        rows.forEach(r -> byKind.computeIfAbsent(r.mention().kind().label(), k -> new ArrayList<>()).add(r));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %9s %7s %12s%n", "kind", "captured", "waived", "unaccounted"));
        byKind.forEach((kind, kindRows) -> out.append(line(kind, counts(kindRows))));
        return out.append(line("all", counts(rows))).toString();
    }

    private static String line(String label, int[] c) {
        return String.format(Locale.ROOT, "%-10s %9d %7d %12d%n", label, c[0], c[1], c[2]);
    }

    /** How many rows have each status, in the order of {@link AuditRow.Status}. */
    private static int[] counts(List<AuditRow> rows) {
        int[] c = new int[AuditRow.Status.values().length];
        rows.forEach(r -> c[r.status().ordinal()]++);
        return c;
    }
}
