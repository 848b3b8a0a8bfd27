package figures.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import figures.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens charts/index.html of a fresh build in headless Chromium (Debian's chromium and chromedriver,
 * driven by Selenium): the page loads with no console errors, every image has decoded, and every number's
 * link lands on its passage in the article's reading page. CI installs
 * both and sets FIGURES_REQUIRE_BROWSER so that this test cannot be skipped there.
 */
class GalleryBrowserTest {
    @TempDir
    Path dir;

    @Test
    void everyFigureLoadsWithNoConsoleErrors() throws Exception {
        Path root = TestProjects.builtCopy(dir.resolve("project"));
        ChromeDriver browser = HeadlessChromium.open(dir);
        try {
            openGallery(browser, root);
            JavascriptExecutor js = browser;
            @SuppressWarnings("unchecked")
            List<Long> widths = (List<Long>) js.executeScript("return Array.from(document.images).map(i => i.naturalWidth)");
            assertThat(widths).hasSize((int) charts(root)).allSatisfy(w -> assertThat(w).isGreaterThan(0L));
            // Each chart's SVG lies exactly over its PNG, so that its marks are where the PNG draws them.
            @SuppressWarnings("unchecked")
            List<List<Number>> boxes = (List<List<Number>>) js.executeScript("""
                    return Array.from(document.querySelectorAll('figure .chart')).map(c => {
                      const i = c.querySelector('img').getBoundingClientRect();
                      const s = c.querySelector('object').contentDocument.documentElement.getBoundingClientRect();
                      const o = c.querySelector('object').getBoundingClientRect();
                      return [i.left - o.left, i.top - o.top, i.width - s.width, i.height - s.height, s.width];
                    });""");
            assertThat(boxes).hasSize((int) charts(root)).allSatisfy(b -> {
                assertThat(b.subList(0, 4)).allSatisfy(d -> assertThat(d.doubleValue()).isCloseTo(0, within(0.5)));
                assertThat(b.get(4).doubleValue()).isGreaterThan(0);
            });
            HeadlessChromium.assertNoConsoleErrors(browser);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/gallery.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    private static long charts(Path root) throws Exception {
        try (var list = Files.list(root.resolve("charts"))) {
            return list.filter(p -> p.toString().endsWith(".svg")).count();
        }
    }

    /** Opens the gallery and waits until every chart's SVG has loaded into its box. */
    private static void openGallery(ChromeDriver browser, Path root) {
        browser.get(root.resolve("charts/index.html").toUri().toString());
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js.executeScript("""
                return document.readyState === 'complete' && Array.from(document.images).every(i => i.complete)
                  && Array.from(document.querySelectorAll('figure object'))
                  .every(o => o.contentDocument && o.contentDocument.readyState === 'complete'
                              && o.contentDocument.documentElement.localName === 'svg')""")));
    }

    /**
     * Every "Numbers and the passages they come from" row links to its passage in the article's reading
     * page: following the link lands on a highlight whose text, read on from there, is the row's quote,
     * which holds the value as written.
     */
    @Test
    void everyNumbersLinkLandsOnItsHighlightedPassage() throws Exception {
        Path root = TestProjects.builtCopy(dir.resolve("project"));
        ChromeDriver browser = HeadlessChromium.open(dir);
        try {
            browser.get(root.resolve("charts/index.html").toUri().toString());
            JavascriptExecutor js = browser;
            @SuppressWarnings("unchecked")
            List<List<String>> rows = (List<List<String>>) js.executeScript("""
                    return Array.from(document.querySelectorAll('td a[href*="#q-"]')).map(a => {
                      const cells = a.closest('tr').querySelectorAll('td');
                      return [a.href, cells[1].textContent, cells[3].firstChild.textContent];
                    });""");
            assertThat(rows).isNotEmpty();
            for (List<String> row : rows) {
                browser.get(row.get(0));
                String landed = (String) js.executeScript(LANDED);
                String quote = row.get(2).replaceAll("\\s+", " ").strip();
                assertThat(landed).as(row.get(0)).isNotNull().startsWith(quote);
                if (!row.get(1).equals("—")) {
                    assertThat(quote).as(row.get(0)).contains(row.get(1));
                }
            }
            HeadlessChromium.assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    /**
     * The text from the page's target highlight on, line numbers left out, whitespace folded: a link landed
     * on its passage when this starts with the passage's quote. Null when the target is no highlight.
     */
    private static final String LANDED = """
                        const target = document.querySelector(':target');
                        if (!target || target.tagName !== 'MARK') return null;
                        const walker = document.createTreeWalker(document.querySelector('.text'), NodeFilter.SHOW_TEXT);
                        let text = '', started = false;
                        for (let n = walker.nextNode(); n && text.length < 4000; n = walker.nextNode()) {
                          started = started || target.contains(n);
                          if (started && !n.parentElement.closest('.ln')) text += n.textContent;
                        }
                        return text.replace(/\\s+/g, ' ');""";

    /**
     * Every mark of every chart in the gallery links to its passage: following each link lands on a highlight
     * whose text starts as the mark's title quotes it. For each chart one mark is also clicked where it is
     * drawn, to show that the link opens the reading page in the window, not inside the chart's box.
     */
    @Test
    void everyChartMarkInTheGalleryLandsOnItsHighlightedPassage() throws Exception {
        Path root = TestProjects.builtCopy(dir.resolve("project"));
        ChromeDriver browser = HeadlessChromium.open(dir);
        int followed = 0;
        try {
            openGallery(browser, root);
            JavascriptExecutor js = browser;
            @SuppressWarnings("unchecked")
            List<List<List<String>>> charts = (List<List<List<String>>>) js.executeScript("""
                    return Array.from(document.querySelectorAll('figure object')).map(o =>
                      Array.from(o.contentDocument.querySelectorAll('g.marks a')).map(a => [
                        new URL(a.getAttribute('href'), o.contentDocument.baseURI).href,
                        a.querySelector('title').textContent, a.getAttribute('target')]));""");
            assertThat(charts).hasSize((int) charts(root));
            for (int chart = 0; chart < charts.size(); chart++) {
                List<List<String>> marks = charts.get(chart);
                assertThat(marks).as("marks of chart %d", chart).isNotEmpty();
                for (List<String> mark : marks) {
                    assertThat(mark.get(2)).isEqualTo("_top");
                    browser.get(mark.get(0));
                    String landed = (String) js.executeScript(LANDED);
                    assertThat(landed).as(mark.get(0)).isNotNull();
                    // The title quotes the passage (shortened): its start is where the link landed.
                    String quoted = mark.get(1).substring(mark.get(1).indexOf('“', mark.get(1).indexOf(". “")) + 1);
                    quoted = quoted.substring(0, Math.min(quoted.indexOf('”'), 40)).replace("…", "");
                    assertThat(landed).as(mark.get(0)).startsWith(quoted);
                    // ...and holds the value as the text writes it, which the title gives as (written “...”).
                    int written = mark.get(1).indexOf("(written “");
                    if (written >= 0) {
                        String value = mark.get(1).substring(written + 10, mark.get(1).indexOf('”', written));
                        assertThat(landed).as(mark.get(0)).contains(value.replaceAll("\\s+", " "));
                    }
                    followed++;
                }
                openGallery(browser, root);
                clickFirstMark(browser, chart);
                String expected = marks.get(0).get(0);
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> expected.equals(d.getCurrentUrl()));
                assertThat((String) js.executeScript(LANDED)).as(expected).isNotNull();
            }
            HeadlessChromium.assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
        assertThat(followed).isGreaterThan(10);
    }

    /** A real click, with the mouse, in the middle of the first mark of the gallery's chart number {@code chart}. */
    private static void clickFirstMark(ChromeDriver browser, int chart) {
        WebElement object = browser.findElements(By.cssSelector("figure object")).get(chart);
        JavascriptExecutor js = browser;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", object);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js.executeScript("""
                const o = arguments[0], box = o.getBoundingClientRect();
                const mark = o.contentDocument.querySelector('g.marks a path').getBoundingClientRect();
                return [mark.left + mark.width / 2 - box.width / 2, mark.top + mark.height / 2 - box.height / 2];""",
                object);
        new Actions(browser).moveToElement(object, at.get(0).intValue(), at.get(1).intValue()).click().perform();
    }
}
