package org.evergreenloyalty.browser;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the browser tests find the demo store jar, Chromium and ChromeDriver, and where they write
 * logs and screenshots. Each setting is a system property (the module's pom sets them) with a default.
 */
final class BrowserTestSettings {
    private BrowserTestSettings() {
    }

    static Path demoStoreJar() {
        return Path.of(System.getProperty("evergreen.demo.jar", "../demo-store/target/evergreen-demo-store.jar"));
    }

    static Duration demoStoreStartTimeout() {
        return Duration.ofSeconds(Long.getLong("evergreen.demo.startTimeoutSeconds", 600));
    }

    static Path chromiumBinary() {
        return Path.of(System.getProperty("evergreen.chromium.binary", "/usr/bin/chromium"));
    }

    static Path chromeDriverBinary() {
        return Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    }

    /** The module's build directory ({@code browser-tests/target}). */
    static Path outputDir() {
        return Path.of(System.getProperty("evergreen.browser.output", "target"));
    }
}
