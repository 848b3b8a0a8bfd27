package figures.pipeline;

import figures.audit.AuditRow;
import figures.audit.Waiver;
import figures.chart.ChartData;
import figures.clean.CleanDataset;
import figures.clean.CleanRow;
import figures.crosscheck.CheckResult;
import figures.dataset.Dataset;
import figures.dataset.RawRow;
import figures.export.Gallery;
import figures.export.ReadingPage;
import figures.parse.WrittenNumber;
import figures.project.Layout;
import figures.source.Seed;
import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the gallery shows, gathered from the build's results: each article with its accounting, charts and tables. */
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

    /**
     * Each seed as the gallery shows it: its source, how its mentions are accounted for, the charts of its
     * datasets (in dataset order) and its datasets without a chart.
     *
     * @param charts each dataset's chart entries, by dataset id
     */
    static List<Gallery.Article> articles(Set<String> seeds, Map<String, SourceInfo> sources, List<CleanDataset> clean,
                                          Map<String, List<Gallery.Entry>> charts, List<AuditRow> audit) {
        List<Gallery.Article> articles = new ArrayList<>();
        for (String seed : seeds) {
            SourceInfo source = sources.get(seed);
            List<CleanDataset> own = clean.stream().filter(d -> d.spec().seed().equals(seed)).toList();
            List<Gallery.Entry> entries = own.stream().flatMap(d -> charts.getOrDefault(d.id(), List.of()).stream()).toList();
            List<Gallery.TableEntry> tables = own.stream().filter(d -> d.spec().charts().isEmpty())
                    .map(d -> new Gallery.TableEntry(d.id(), d.spec().title(), d.spec().description(), dataFiles(d))).toList();
            Map<AuditRow.Status, Long> mentions = audit.stream().filter(r -> r.seed().equals(seed))
                    .collect(Collectors.groupingBy(AuditRow::status, Collectors.counting()));
            articles.add(new Gallery.Article(seed, source.title(), source.citation(), source.url(), new Gallery.Accounting(
                    mentions.getOrDefault(AuditRow.Status.CAPTURED, 0L).intValue(),
                    mentions.getOrDefault(AuditRow.Status.WAIVED, 0L).intValue(),
                    mentions.getOrDefault(AuditRow.Status.UNACCOUNTED, 0L).intValue()), entries, tables));
        }
        return articles;
    }

    /** A dataset's clean CSVs, as the gallery links them. */
    static List<String> dataFiles(CleanDataset d) {
        List<String> files = new ArrayList<>(List.of(Layout.fromCharts(Layout.tidyCsv(d.id()))));
        d.wide().ifPresent(w -> files.add(Layout.fromCharts(Layout.wideCsv(d.id()))));
        return files;
    }

    /** The cross-checks' outcomes, counted. */
    static Gallery.Checks checks(List<CheckResult> checks) {
        Map<CheckResult.Status, Long> outcomes = checks.stream()
                .collect(Collectors.groupingBy(CheckResult::status, Collectors.counting()));
        return new Gallery.Checks(checks.size(), outcomes.getOrDefault(CheckResult.Status.WITHIN_TOLERANCE, 0L).intValue(),
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

    /**
     * What a seed's reading page shows: every passage a raw row quotes, linked to the chart that draws the row (or its
     * dataset's table), and every number of the text the audit waived or could not account for.
     */
    static ReadingPage.Parts readingPage(Seed seed, SourceInfo source, List<Dataset> datasets, List<AuditRow> audit) {
        List<ReadingPage.Passage> passages = new ArrayList<>();
        for (QuotedRows.QuotedRow q : QuotedRows.of(seed, datasets)) {
            RawRow row = q.row();
            String says = q.dataset().id() + ": " + Stream.of(row.series(), row.period(), row.group(), row.value())
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "))
                    + (q.charts().isEmpty() ? " (table)" : " (chart " + String.join(", ", q.charts()) + ")");
            passages.add(new ReadingPage.Passage(q.start(), q.end(), q.at().line(), q.at().column(), says,
                    q.charts().isEmpty() ? q.dataset().id() : q.charts().get(0)));
        }
        List<ReadingPage.Flag> flags = audit.stream()
                .filter(r -> r.seed().equals(seed.fileName()) && r.status() != AuditRow.Status.CAPTURED)
                .map(r -> new ReadingPage.Flag(r.mention().start(), r.mention().end(), r.status() == AuditRow.Status.WAIVED,
                        r.waiver().map(Waiver::reason).orElse("")))
                .toList();
        return new ReadingPage.Parts(source.title(), source.citation(), passages, flags);
    }
}
