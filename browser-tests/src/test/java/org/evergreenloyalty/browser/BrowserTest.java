package org.evergreenloyalty.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives the demo store in a browser: the store is started (once per run)
 * and each test method may take a {@link DemoStore} and a {@link org.openqa.selenium.WebDriver}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith({DemoStoreExtension.class, BrowserExtension.class})
public @interface BrowserTest {
}
