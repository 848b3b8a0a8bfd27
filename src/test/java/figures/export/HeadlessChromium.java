package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.ExternalTools;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium and chromedriver, driven by Selenium, for the tests that open the outputs in a browser.
 * CI installs both and sets FIGURES_REQUIRE_BROWSER so that these tests cannot be skipped there.
 */
public final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** A headless browser with its profile under {@code dir}; the test is skipped when none is installed. */
    public static ChromeDriver open(Path dir) throws Exception {
        return open(dir, List.of());
    }

    /** As {@link #open(Path)}, with more command-line arguments (a device scale factor, say). */
    public static ChromeDriver open(Path dir, List<String> arguments) throws Exception {
        File chromium = new File("/usr/bin/chromium");
        File driverBinary = new File("/usr/bin/chromedriver");
        if (!chromium.canExecute() || !driverBinary.canExecute()) {
            required("chromium and chromedriver are required here: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1000,1400",
                // The tests read each chart's SVG document from the gallery's page, both file: URLs.
                "--allow-file-access-from-files",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        options.addArguments(arguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary).build();
        return new ChromeDriver(service, options);
    }

    /** Fails where FIGURES_REQUIRE_BROWSER says the browser tests must run (CI), and skips the test elsewhere. */
    public static void required(String what) {
        ExternalTools.missing("FIGURES_REQUIRE_BROWSER", what);
    }

    public static void assertNoConsoleErrors(ChromeDriver browser) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors and warnings").isEmpty();
    }
}
