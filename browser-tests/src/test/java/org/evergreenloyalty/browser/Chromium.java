package org.evergreenloyalty.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens headless Debian Chromium through the system ChromeDriver. Both paths are given explicitly so
 * Selenium never tries to download a browser or driver; a missing binary fails the test with a
 * message that says how to install it.
 */
final class Chromium {
    /**
     * Kept strongly reachable so the levels stick: Selenium warns twice per browser that it has no
     * DevTools (CDP) bindings for a Chromium newer than itself; the tests use WebDriver only.
     */
    private static final Logger[] CDP_LOGGERS = {
        Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
        Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"),
    };

    static {
        for (Logger logger : CDP_LOGGERS) {
            logger.setLevel(Level.SEVERE);
        }
    }

    private Chromium() {
    }

    static ChromeDriver open(Path userDataDir) {
        Path binary = BrowserTestSettings.chromiumBinary();
        Path driver = BrowserTestSettings.chromeDriverBinary();
        requireExecutable(binary, "Chromium", "chromium");
        requireExecutable(driver, "ChromeDriver", "chromium-driver");
        System.setProperty("webdriver.chrome.driver", driver.toString());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,1000",
                "--user-data-dir=" + userDataDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        return chrome;
    }

    static Path newProfileDir() {
        try {
            Path base = BrowserTestSettings.outputDir();
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "chromium-profile-");
        } catch (IOException e) {
            throw new IllegalStateException("Could not create a Chromium profile directory", e);
        }
    }

    private static void requireExecutable(Path path, String what, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(what + " was not found at " + path + ". The browser tests need it: run"
                    + " scripts/test.sh (it installs it) or, as root, apt-get install chromium chromium-driver"
                    + " (Debian package " + debianPackage + ").");
        }
    }
}
