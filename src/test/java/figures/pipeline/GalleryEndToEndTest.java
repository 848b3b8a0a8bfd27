package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import figures.chart.ChartData;
import figures.chart.Spoken;
import figures.parse.Period;
import java.util.ArrayList;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import figures.chart.Point;
import figures.clean.CleanDataset;
import figures.clean.CleanRow;
import figures.clean.Cleaner;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.export.Html;
import figures.source.InvalidInputException;
import figures.source.SeedLoader;
import figures.spec.ChartSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gallery of a whole build: every chart and its data linked, every number quoted, every article accounted for. */
class GalleryEndToEndTest {
    @TempDir
    static Path dir;
    static Path root;
    static List<Dataset> datasets;

    @BeforeAll
    static void buildACopy() throws IOException, InvalidInputException {
        root = TestProjects.builtCopy(dir.resolve("project"));
        datasets = DatasetLoader.load(root, SeedLoader.load(root).keySet());
    }

    @Test
    void theGalleryLinksEveryChartAndItsData() throws IOException, InvalidInputException {
        String html = Files.readString(root.resolve("charts/index.html"), StandardCharsets.UTF_8);
        for (Dataset d : datasets) {
            for (ChartSpec c : d.spec().charts()) {
                assertThat(html).contains("src=\"" + c.id() + ".png\"", "href=\"" + c.id() + ".svg\"");
            }
            assertThat(html).contains("href=\"../data/clean/" + d.id() + ".csv\"");
        }
        // Nothing remote is loaded: the only addresses are links to the sources, which a reader may follow.
        assertThat(html).doesNotContain("src=\"http", "<link", "<script", "@import", "url(");
        Set<String> urls = new TreeSet<>();
        DatasetLoader.sources(root, SeedLoader.load(root).keySet()).values().forEach(s -> urls.add(s.url()));
        Matcher remote = Pattern.compile("href=\"(https?://[^\"]*)\"").matcher(html);
        while (remote.find()) {
            assertThat(urls).contains(remote.group(1).replace("&amp;", "&"));
        }
    }

    /** A writer checks a chart's numbers in the gallery: each point's quote, where it starts, and its written form. */
    @Test
    void theGalleryQuotesEveryNumberAChartDraws() throws IOException, InvalidInputException {
        String html = Files.readString(root.resolve("charts/index.html"), StandardCharsets.UTF_8);
        var seeds = SeedLoader.load(root);
        int quoted = 0;
        for (Dataset d : datasets) {
            CleanDataset clean = Cleaner.clean(d, seeds.get(d.spec().seed()));
            for (ChartSpec c : d.spec().charts()) {
                int start = html.indexOf("<figure id=\"" + c.id() + "\">");
                String figure = html.substring(start, html.indexOf("</figure>", start));
                assertThat(figure).contains("href=\"../seeds/" + d.spec().seed() + "\"");
                for (Point p : ChartData.of(c, clean).points()) {
                    CleanRow row = p.row();
                    String written = row.number().map(n -> Html.escape(n.written())).orElse("—");
                    assertThat(figure).as(c.id() + " " + p).contains("<td>" + written + "</td><td><a href=\"texts/"
                            + d.spec().seed() + ".html#q-" + row.source().line() + "-" + row.source().column() + "\"",
                            ">" + row.source().line() + ":" + row.source().column() + "</a></td><td>" + Html.escape(row.quote()));
                    quoted++;
                }
            }
        }
        assertThat(quoted).isGreaterThan(50);
    }

    /**
     * Every value a chart draws has exactly one mark in its SVG: a link to its passage, with data attributes
     * naming its row and a title naming its quote's line and column.
     */
    @Test
    void everyDrawnValueHasExactlyOneMarkInItsSvg() throws Exception {
        var seeds = SeedLoader.load(root);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        for (Dataset d : datasets) {
            CleanDataset clean = Cleaner.clean(d, seeds.get(d.spec().seed()));
            for (ChartSpec c : d.spec().charts()) {
                Document svg = xml.newDocumentBuilder().parse(root.resolve("charts/" + c.id() + ".svg").toFile());
                NodeList paths = svg.getElementsByTagName("path");
                List<Element> marks = new ArrayList<>();
                for (int i = 0; i < paths.getLength(); i++) {
                    Element path = (Element) paths.item(i);
                    if (path.hasAttribute("data-seed")) {
                        marks.add(path);
                    }
                }
                List<Point> drawn = ChartData.of(c, clean).points().stream().filter(p -> p.value().isPresent()).toList();
                assertThat(marks).as(c.id()).hasSize(drawn.size());
                for (Point p : drawn) {
                    CleanRow row = p.row();
                    List<Element> mine = marks.stream().filter(m -> m.getAttribute("data-series").equals(row.series())
                            && m.getAttribute("data-period").equals(row.period().map(Period::written).orElse(""))
                            && m.getAttribute("data-seed").equals(row.source().toString())
                            && m.getTextContent().contains(p.label().isEmpty() ? "" : Spoken.of(p.label()))).toList();
                    assertThat(mine).as(c.id() + " " + p).hasSize(1);
                    Element mark = mine.get(0);
                    assertThat(mark.getAttribute("data-dataset")).isEqualTo(d.id());
                    assertThat(mark.getTextContent()).contains("line " + row.source().line() + ", column " + row.source().column());
                    assertThat(((Element) mark.getParentNode()).getAttribute("href")).isEqualTo("texts/" + d.spec().seed()
                            + ".html#q-" + row.source().line() + "-" + row.source().column());
                }
            }
        }
    }

    /** The gallery's count of the source's numbers and of the cross-checks is what audit.csv and checks.csv hold. */
    @Test
    void theGalleryCountsWhatTheAuditAndTheChecksHold() throws IOException, InvalidInputException {
        String html = Files.readString(root.resolve("charts/index.html"), StandardCharsets.UTF_8);
        Map<String, Long> checks = statuses("data/clean/checks.csv");
        for (String seed : SeedLoader.load(root).keySet()) {
            Map<String, Long> audit = statuses("data/clean/audit.csv", seed);
            long mentions = audit.values().stream().mapToLong(Long::longValue).sum();
            int article = html.indexOf("<section id=\"article-" + seed.replaceAll("[^A-Za-z0-9_-]", "-") + "\">");
            assertThat(html.substring(article, html.indexOf("</section>", article))).contains("Numeric mentions in "
                    + "this text: " + mentions + ", of which " + audit.getOrDefault("captured", 0L) + " in its datasets, "
                    + audit.getOrDefault("waived", 0L) + " waived");
        }
        assertThat(html).contains("Cross-checks between datasets and the prose: " + checks.values().stream()
                .mapToLong(Long::longValue).sum() + ", of which " + checks.getOrDefault("pass", 0L) + " in agreement, "
                + checks.getOrDefault("within_tolerance", 0L) + " within");
    }

    private static Map<String, Long> statuses(String csv) throws IOException {
        return statuses(csv, null);
    }

    /** How many rows of a CSV have each status; only a seed's rows when {@code seed} is given. */
    private static Map<String, Long> statuses(String csv, String seed) throws IOException {
        try (CSVParser parser = CSVParser.parse(root.resolve(csv), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.stream().filter(r -> seed == null || r.get("seed").equals(seed))
                    .collect(Collectors.groupingBy(r -> r.get("status"), Collectors.counting()));
        }
    }
}
