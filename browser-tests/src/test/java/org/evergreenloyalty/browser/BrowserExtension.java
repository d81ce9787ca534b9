package org.evergreenloyalty.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Gives each test a fresh headless Chromium (own profile, so no cookies leak between tests) as a
 * {@link WebDriver} parameter; when a test fails, saves a screenshot, the page source and the URL
 * under {@code target/screenshots} before closing the browser.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Path profile = Chromium.newProfileDir();
        context.getStore(NAMESPACE).put(Path.class, profile);
        context.getStore(NAMESPACE).put(WebDriver.class, Chromium.open(profile));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        WebDriver driver = context.getStore(NAMESPACE).get(WebDriver.class, WebDriver.class);
        if (driver == null) {
            throw new IllegalStateException("A WebDriver parameter is only available in test methods of a @BrowserTest class");
        }
        return driver;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        WebDriver driver = context.getStore(NAMESPACE).get(WebDriver.class, WebDriver.class);
        if (driver == null || context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        Path dir = BrowserTestSettings.outputDir().resolve("screenshots");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".url.txt"), String.valueOf(driver.getCurrentUrl()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name + ".html"), String.valueOf(driver.getPageSource()), StandardCharsets.UTF_8);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            System.err.println("[browser-tests] failure evidence saved as " + dir.toAbsolutePath().normalize() + "/" + name + ".{png,html,url.txt}");
        } catch (IOException | RuntimeException e) {
            System.err.println("[browser-tests] could not save a screenshot for " + name + ": " + e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WebDriver driver = context.getStore(NAMESPACE).remove(WebDriver.class, WebDriver.class);
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            TempFiles.deleteQuietly(context.getStore(NAMESPACE).remove(Path.class, Path.class));
        }
    }
}
