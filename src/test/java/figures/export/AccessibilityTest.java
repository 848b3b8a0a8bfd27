package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The gallery and every reading page pass axe-core (Deque's accessibility engine, from npm, run in headless
 * Chromium) at WCAG 2.2 AA with every folded section open, and neither page scrolls sideways on a 320 px
 * screen (WCAG's reflow): a wide table scrolls inside its own box.
 */
class AccessibilityTest {
    private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path dir;
    static Path root;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        root = TestProjects.builtCopy(dir.resolve("project"));
        if (!Files.isRegularFile(AXE)) {
            HeadlessChromium.required("axe-core is required here: (cd src/test/js && npm ci)");
        }
        browser = HeadlessChromium.open(dir);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** charts/index.html and each charts/texts/*.html of the fixture's build, relative to charts/. */
    static Stream<String> pages() throws Exception {
        List<String> pages = new ArrayList<>(List.of("index.html"));
        try (var texts = Files.list(Path.of("src/test/resources/first-article/seeds"))) {
            texts.map(p -> "texts/" + p.getFileName() + ".html").sorted().forEach(pages::add);
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void passesAxeAtWcag22AA(String page) throws Exception {
        open(page, 1000);
        JavascriptExecutor js = browser;
        js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.length, first: v.nodes[0].target.join(' '), why: v.nodes[0].failureSummary}))))
                  .catch(e => done([{id: 'axe failed', help: String(e)}]));""", TAGS);
        assertThat(violations).as("axe-core violations at WCAG 2.2 AA on %s", page).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void doesNotScrollSidewaysOnANarrowScreen(String page) throws Exception {
        open(page, 320);
        JavascriptExecutor js = browser;
        // Each element that sticks out on the right, unless it is inside a box that scrolls on its own.
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) js.executeScript("""
                const width = document.documentElement.clientWidth;
                return Array.from(document.body.querySelectorAll('*'))
                  .filter(e => e.getBoundingClientRect().right > width + 0.5 && !e.parentElement.closest('.scroll'))
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ('
                       + Math.round(e.getBoundingClientRect().right) + ' px): ' + (e.textContent || '').slice(0, 60));""");
        assertThat(wide).as("elements wider than a %d px screen", browser.manage().window().getSize().width).isEmpty();
    }

    /**
     * What axe-core leaves to judgement, checked as the gallery issue asks: every folded section opens from a
     * target at least 24 px high, the page has one main landmark, and every link to a file is named by the
     * file it downloads.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void targetsAreLargeAndLinksToFilesSayWhichFile(String page) {
        open(page, 1000);
        JavascriptExecutor js = browser;
        @SuppressWarnings("unchecked")
        List<Number> heights = (List<Number>) js.executeScript(
                "return Array.from(document.querySelectorAll('summary')).map(s => s.getBoundingClientRect().height)");
        assertThat(heights).allSatisfy(h -> assertThat(h.doubleValue()).isGreaterThanOrEqualTo(24));
        assertThat((Number) js.executeScript("return document.querySelectorAll('main').length")).isEqualTo(1L);
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('a[href]'))
                  .filter(a => /\\.(png|svg|csv|json)$/.test(a.getAttribute('href')))
                  .filter(a => !a.textContent.includes(a.getAttribute('href').split('/').pop()))
                  .map(a => a.getAttribute('href') + ' named ' + a.textContent);""");
        assertThat(unnamed).as("links to files not named by their file").isEmpty();
    }

    /** Opens the page at this window width, with every folded section (alt texts, tables of numbers) open. */
    private static void open(String page, int width) {
        browser.manage().window().setSize(new Dimension(width, 1000));
        browser.get(root.resolve("charts").resolve(page).toUri().toString());
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
    }
}
