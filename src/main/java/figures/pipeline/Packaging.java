package figures.pipeline;

import figures.audit.AuditTable;
import figures.clean.CleanDataset;
import figures.clean.TidyTable;
import figures.clean.WideTable;
import figures.crosscheck.ChecksTable;
import figures.export.DataPackage;
import figures.spec.SeriesSpec;
import figures.spec.SourceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** Describes the clean outputs as a Frictionless data package: what each file is and where it came from. */
final class Packaging {
    private Packaging() {
    }

    static String datapackage(List<CleanDataset> clean, Map<String, SourceInfo> sources, Table audit, Table checks) {
        return DataPackage.json(contents(clean, sources, audit, checks));
    }

    /** What the data package says of every clean table, which the typed workbook says too. */
    static DataPackage.Contents contents(List<CleanDataset> clean, Map<String, SourceInfo> sources, Table audit,
                                         Table checks) {
        List<DataPackage.Resource> resources = new ArrayList<>();
        for (CleanDataset d : clean) {
            Map<String, Object> extra = new LinkedHashMap<>();
            Map<String, String> units = new LinkedHashMap<>();
            for (SeriesSpec s : d.spec().series()) {
                units.put(s.name(), s.unit());
            }
            extra.put("units", units);
            SourceInfo source = sources.get(d.spec().seed());
            extra.put("sources", List.of(cited(source)));
            extra.put("licenses", List.of(licence(source)));
            extra.put("notes", d.spec().notes());
            resources.add(new DataPackage.Resource(d.id(), d.id() + ".csv", d.spec().title(), d.spec().description(),
                    d.tidy(), TidyTable.primaryKey(d.rows()), TidyTable.DESCRIPTIONS, extra));
            d.wide().ifPresent(wide -> resources.add(new DataPackage.Resource(d.id() + "-wide", d.id() + ".wide.csv",
                    d.spec().title() + " (wide)", "The same data, one row per " + d.spec().wide().rows()
                    + " and one column per " + d.spec().wide().columns() + "; ambiguous_cells names the cells of "
                    + "the row whose reading is ambiguous.", wide, List.of(d.spec().wide().rows()),
                    WideTable.descriptions(wide, d.spec().wide(), d.spec().series()), extra)));
        }
        resources.add(new DataPackage.Resource("audit", "audit.csv", "Audit of numeric mentions",
                "Every numeric mention in seeds/, captured by a dataset, waived with a reason "
                        + "(data/audit-waivers.csv), or unaccounted.",
                audit, List.of("seed", "line", "column"), AuditTable.DESCRIPTIONS, Map.of()));
        resources.add(new DataPackage.Resource("checks", "checks.csv", "Cross-checks",
                "Consistency rules between datasets and the prose (data/checks.yml) and their outcomes.",
                checks, List.of("id"), ChecksTable.DESCRIPTIONS, Map.of()));
        List<DataPackage.Source> cited = sources.values().stream()
                .map(s -> new DataPackage.Source(s.citation(), s.url(), s.publication(), s.date())).toList();
        List<Map<String, String>> licences = sources.values().stream().map(Packaging::licence).distinct().toList();
        return new DataPackage.Contents("figures", "Figures from " + sources.size() + " source text" + (sources.size() == 1 ? "" : "s"),
                "Numbers from the project's source texts (" + String.join("; ", sources.values().stream()
                        .map(SourceInfo::citation).toList()) + "), each traceable to its verbatim quote (seed, line, column), "
                        + "cleaned into typed tidy tables. Made by figures (target/figures build) from seeds/ and "
                        + "data/raw/.", cited, licences, resources);
    }

    /**
     * The licence a source gives (data/sources.yml, {@code licence:}), or "unknown" with the reason: the
     * package says so rather than leave a reader to assume the data is free to republish.
     */
    private static Map<String, String> licence(SourceInfo source) {
        Map<String, String> licence = new LinkedHashMap<>();
        if (source.licence().isEmpty()) {
            licence.put("name", "unknown");
            licence.put("title", "Unknown: " + source.citation() + " gives no licence; ask its publisher before "
                    + "republishing the text");
        } else {
            licence.put("name", source.licence());
        }
        return licence;
    }

    /**
     * A resource's source: its citation, and its address where it has one. Never the seed's path: the
     * Frictionless spec allows no path that climbs out of the package's folder (data/clean/).
     */
    private static Map<String, String> cited(SourceInfo source) {
        // Ordered maps only: Map.of iterates in an order that changes from one JVM run to the next.
        Map<String, String> cited = new LinkedHashMap<>();
        cited.put("title", source.citation());
        if (!source.url().isEmpty()) {
            cited.put("path", source.url());
        }
        return cited;
    }
}
