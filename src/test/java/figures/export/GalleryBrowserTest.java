package figures.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import figures.TestProjects;
import figures.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
        Path root = builtProject();
        ChromeDriver browser = browser();
        try {
            browser.get(root.resolve("charts/index.html").toUri().toString());
            JavascriptExecutor js = browser;
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return document.readyState === 'complete' && Array.from(document.images).every(i => i.complete)")));
            @SuppressWarnings("unchecked")
            List<Long> widths = (List<Long>) js.executeScript("return Array.from(document.images).map(i => i.naturalWidth)");
            long charts;
            try (var list = Files.list(root.resolve("charts"))) {
                charts = list.filter(p -> p.toString().endsWith(".svg")).count();
            }
            assertThat(widths).hasSize((int) charts).allSatisfy(w -> assertThat(w).isGreaterThan(0L));
            assertNoConsoleErrors(browser);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/gallery.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    /**
     * Every "Numbers and the passages they come from" row links to its passage in the article's reading
     * page: following the link lands on a highlight whose text, read on from there, is the row's quote,
     * which holds the value as written.
     */
    @Test
    void everyNumbersLinkLandsOnItsHighlightedPassage() throws Exception {
        Path root = builtProject();
        ChromeDriver browser = browser();
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
            assertNoConsoleErrors(browser);
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

    /** Every mark of every chart's SVG links to its passage: following it lands on a highlight holding its value. */
    @Test
    void everyChartMarkLandsOnItsHighlightedPassage() throws Exception {
        Path root = builtProject();
        ChromeDriver browser = browser();
        int followed = 0;
        try (var svgs = Files.list(root.resolve("charts"))) {
            JavascriptExecutor js = browser;
            for (Path svg : svgs.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                browser.get(svg.toUri().toString());
                @SuppressWarnings("unchecked")
                List<List<String>> marks = (List<List<String>>) js.executeScript("""
                        return Array.from(document.querySelectorAll('g.marks a')).map(a => [
                          new URL(a.getAttribute('href'), document.baseURI).href,
                          a.querySelector('title').textContent]);""");
                assertThat(marks).as(svg.toString()).isNotEmpty();
                for (List<String> mark : marks) {
                    browser.get(mark.get(0));
                    String landed = (String) js.executeScript(LANDED);
                    assertThat(landed).as(mark.get(0)).isNotNull();
                    // The title quotes the passage (shortened): its start is where the link landed.
                    String quoted = mark.get(1).substring(mark.get(1).indexOf('“', mark.get(1).indexOf(". “")) + 1);
                    quoted = quoted.substring(0, Math.min(quoted.indexOf('”'), 40)).replace("…", "");
                    assertThat(landed).as(mark.get(0)).startsWith(quoted);
                    followed++;
                }
            }
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
        assertThat(followed).isGreaterThan(10);
    }

    private Path builtProject() throws Exception {
        Path root = TestProjects.copyOfInputs(dir.resolve("project"));
        assertThat(Main.execute(new String[] {"build", "--root", root.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();
        return root;
    }

    private ChromeDriver browser() throws Exception {
        File chromium = new File("/usr/bin/chromium");
        File driverBinary = new File("/usr/bin/chromedriver");
        if (!chromium.canExecute() || !driverBinary.canExecute()) {
            if (System.getenv("FIGURES_REQUIRE_BROWSER") != null) {
                fail("chromium and chromedriver are required here: apt-get install chromium chromium-driver");
            }
            Assumptions.abort("chromium or chromedriver not installed; .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1000,1400", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary).build();
        return new ChromeDriver(service, options);
    }

    private static void assertNoConsoleErrors(ChromeDriver browser) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors and warnings").isEmpty();
    }
}
