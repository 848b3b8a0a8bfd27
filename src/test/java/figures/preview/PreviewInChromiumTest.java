package figures.preview;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import figures.export.HeadlessChromium;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The served gallery in a real browser: it opens, listens, and redraws by itself when a writer saves a raw
 * file; an invalid save shows its problem over the last good chart, and its fix takes the problem away.
 */
class PreviewInChromiumTest {
    private static final String CHART = "brest_litovsk";
    private static final String RAW = "data/raw/" + CHART + ".csv";

    @TempDir
    Path dir;
    Path root;
    Preview preview;
    ChromeDriver browser;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void serveAndOpen() throws Exception {
        root = TestProjects.copyOfInputs(dir.resolve("project"));
        preview = Preview.start(root, InetAddress.getLoopbackAddress(), 0, 2, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        browser = HeadlessChromium.open(dir);
        browser.get("http://127.0.0.1:" + preview.port() + "/");
        waitUntil("the page listens for reloads", () -> preview.listening() == 1);
        // Set on this page only: gone once the page has reloaded itself.
        browser.executeScript("window.beforeTheEdit = true;");
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        preview.close();
    }

    @Test
    void aSavedRawValueRedrawsItsChartInTheOpenPage() throws Exception {
        assertThat(altText()).contains("Industry: 50.0 per cent");
        edit("Industry,1/2,", "Industry,1/3,");

        waitUntil("the page reloaded with the new value", () -> altText().contains("Industry: 33.3 per cent"));
        assertThat(browser.executeScript("return window.beforeTheEdit === undefined")).isEqualTo(true);
        // The table of numbers, folded away in a <details>: its text, shown or not.
        assertThat(browser.executeScript("return document.getElementById('" + CHART + "').textContent"))
                .asString().contains("Industry: 33.3%");
        // The chart's new PNG is the one the browser shows: loaded, at its full 2x width.
        waitUntil("the new chart loaded", () -> Boolean.TRUE.equals(browser.executeScript(
                "const img = document.querySelector('#" + CHART + " img'); return img.complete && img.naturalWidth > 0")));
        assertThat(browser.findElements(By.id("figures-problems"))).isEmpty();
        HeadlessChromium.assertNoConsoleErrors(browser);
    }

    @Test
    void anInvalidSaveShowsItsProblemOverTheLastGoodChartAndItsFixClearsIt() throws Exception {
        edit("Industry,1/2,", "Industry,7/8,");
        waitUntil("the problem shown", () -> !browser.findElements(By.id("figures-problems")).isEmpty());
        assertThat(browser.findElement(By.id("figures-problems")).getText())
                .contains(RAW + ":4:10: expected the value exactly as its quote writes it, found '7/8'");
        assertThat(altText()).contains("Industry: 50.0 per cent"); // the last good chart, still shown

        edit("Industry,7/8,", "Industry,1/2,");
        waitUntil("the problem cleared by a reload", () -> browser.findElements(By.id("figures-problems")).isEmpty()
                && Boolean.TRUE.equals(browser.executeScript("return window.beforeTheEdit === undefined")));
        assertThat(altText()).contains("Industry: 50.0 per cent");
    }

    private String altText() {
        return browser.findElement(By.cssSelector("#" + CHART + " img")).getAttribute("alt");
    }

    private void edit(String from, String to) throws Exception {
        Path path = root.resolve(RAW);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> what + "; serve said: " + err)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> condition.getAsBoolean());
    }
}
