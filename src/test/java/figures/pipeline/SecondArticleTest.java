package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import figures.audit.AuditRow;
import figures.cli.Main;
import figures.dataset.Dataset;
import figures.dataset.DatasetLoader;
import figures.source.InvalidInputException;
import figures.source.SeedLoader;
import figures.spec.ChartSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second article goes into a project as data only (a seed, its raw files, a sources entry, its waivers):
 * it builds, check is clean, the audit reports it on its own and complete, no rule of the first article
 * waives any of its mentions, and the gallery shows the two apart.
 */
class SecondArticleTest {
    private static final String SEED = "us-constitution-article-1.txt";

    @TempDir
    static Path dir;
    static Path root;
    static List<Dataset> own;

    @BeforeAll
    static void addAndBuild() throws IOException, InvalidInputException {
        root = TestProjects.withSecondArticle(TestProjects.copyOfInputs(dir.resolve("project")));
        Result build = run("build");
        assertThat(build.code).as(build.err).isZero();
        own = DatasetLoader.load(root, SeedLoader.load(root).keySet()).stream()
                .filter(d -> d.spec().seed().equals(SEED)).toList();
        assertThat(own).isNotEmpty();
    }

    @Test
    void buildsAndCheckFindsNothingStale() {
        Result check = run("check");
        assertThat(check.code).as(check.err).isZero();
    }

    @Test
    void theAuditReportsEachArticleOnItsOwnAndAccountsForEveryMention() throws InvalidInputException {
        Result audit = run("audit");
        assertThat(audit.code).as(audit.err).isZero();
        assertThat(audit.out).contains("seeds/" + SEED + "\n", "(" + SeedLoader.load(root).size() + " seeds)");
    }

    @Test
    void noRuleOfTheFirstArticleWaivesAMentionOfTheSecond() throws Exception {
        // Without the second article's own rules, every mention of it that no row captures is unaccounted.
        Path waivers = root.resolve("data/audit-waivers.csv");
        String all = Files.readString(waivers);
        try {
            Files.writeString(waivers, all.lines().filter(l -> !l.startsWith(SEED + ","))
                    .collect(Collectors.joining("\n", "", "\n")));
            List<AuditRow> rows = Pipeline.audit(root).rows().stream().filter(r -> r.seed().equals(SEED)).toList();
            assertThat(rows).isNotEmpty().noneMatch(r -> r.status() == AuditRow.Status.WAIVED);
            assertThat(rows).anyMatch(r -> r.status() == AuditRow.Status.UNACCOUNTED);
        } finally {
            Files.writeString(waivers, all);
        }
    }

    @Test
    void theGalleryShowsEachArticleWithItsOwnChartsAndTables() throws IOException {
        String html = Files.readString(root.resolve("charts/index.html"), StandardCharsets.UTF_8);
        int first = html.indexOf("<section id=\"article-");
        int second = html.indexOf("<section id=\"article-" + SEED.replaceAll("[^A-Za-z0-9_-]", "-") + "\">");
        assertThat(first).isNotNegative().isLessThan(second);
        String article = html.substring(second, html.indexOf("</section>", second));
        for (Dataset d : own) {
            for (ChartSpec c : d.spec().charts()) {
                assertThat(article).contains("<figure id=\"" + c.id() + "\">");
            }
            if (d.spec().charts().isEmpty()) {
                assertThat(article).contains("<li id=\"" + d.id() + "\">", "href=\"../data/clean/" + d.id() + ".csv\"");
            }
        }
        assertThat(html.substring(first, second)).doesNotContain(own.stream().map(Dataset::id)
                .map(id -> "id=\"" + id + "\"").toArray(String[]::new));
    }

    @Test
    void onlyASeedNameBuildsThatArticleAlone() throws IOException {
        Set<String> before = files();
        Files.writeString(root.resolve("charts/marker.txt"), "x");
        Result only = run("build", "--force", "--only", SEED, "--json");
        assertThat(only.code).as(only.err).isZero();
        int charts = own.stream().mapToInt(d -> d.spec().charts().size()).sum();
        assertThat(only.out).contains("\"charts_drawn\":" + charts + ",");
        Files.delete(root.resolve("charts/marker.txt"));
        assertThat(files()).isEqualTo(before);
    }

    private static Set<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("charts"))) {
            return walk.map(p -> root.relativize(p).toString()).collect(Collectors.toSet());
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--root", root.toString())).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
