package figures.pipeline;

import figures.audit.AuditRow;
import figures.chart.ChartData;
import figures.clean.CleanRow;
import figures.crosscheck.CheckResult;
import figures.export.Gallery;
import figures.parse.WrittenNumber;
import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the gallery shows, gathered from the build's results: each chart's entry, and the accounting at the top. */
final class GalleryParts {
    private GalleryParts() {
    }

    /** A chart's entry: its captions, notes (the spec's, then the data's), source, files and quoted numbers. */
    static Gallery.Entry entry(ChartSpec spec, ChartData data, String alt, SourceInfo source, String seed,
                               List<String> dataFiles) {
        List<String> notes = new ArrayList<>(spec.notes());
        notes.addAll(data.notes());
        return new Gallery.Entry(spec.id(), spec.title(), spec.subtitle(), alt, notes, source.citation(),
                spec.width(), spec.height(), dataFiles, seed, quoted(data));
    }

    /** The audit's and the cross-checks' outcomes, counted. */
    static Gallery.Accounting accounting(List<AuditRow> audit, List<CheckResult> checks) {
        Map<AuditRow.Status, Long> mentions = audit.stream()
                .collect(Collectors.groupingBy(AuditRow::status, Collectors.counting()));
        Map<CheckResult.Status, Long> outcomes = checks.stream()
                .collect(Collectors.groupingBy(CheckResult::status, Collectors.counting()));
        return new Gallery.Accounting(mentions.getOrDefault(AuditRow.Status.CAPTURED, 0L).intValue(),
                mentions.getOrDefault(AuditRow.Status.WAIVED, 0L).intValue(),
                mentions.getOrDefault(AuditRow.Status.UNACCOUNTED, 0L).intValue(), checks.size(),
                outcomes.getOrDefault(CheckResult.Status.WITHIN_TOLERANCE, 0L).intValue(),
                outcomes.getOrDefault(CheckResult.Status.CONTRADICTION, 0L).intValue());
    }

    /** Each point of a chart with the passage its number comes from. */
    private static List<Gallery.Quoted> quoted(ChartData data) {
        return data.points().stream().map(p -> {
            CleanRow row = p.row();
            String what = Stream.of(p.x(), p.by()).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
            String written = row.number().map(WrittenNumber::written).orElse("");
            return new Gallery.Quoted(what, p.value().isPresent() ? p.label() : "no value", written,
                    row.source().line(), row.source().column(), row.quote(), row.note());
        }).toList();
    }
}
