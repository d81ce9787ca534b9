package org.evergreenloyalty.browser.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the page objects: the browser, an explicit wait, and the few element actions the pages
 * share. Every action waits for what it needs; nothing sleeps.
 */
public abstract class Page {
    /** How long an explicit wait lets the page take; long enough for a slow CI machine. */
    public static final Duration WAIT = Duration.ofSeconds(Long.getLong("evergreen.browser.waitSeconds", 30));

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    protected Page(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Waits until the element is visible and returns it. */
    protected WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clears a field and types into it. */
    protected void type(By locator, String text) {
        WebElement field = visible(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks once the element can be clicked. */
    protected void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Clicks a control that leaves the page, and waits until the old page is gone. */
    protected void clickAndLeave(By locator) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(locator);
        wait.until(d -> isGone(html));
    }

    /**
     * Whether {@code element} has left the page. Besides the stale-element error, Chrome's driver sometimes reports
     * the same thing as an "unknown error" (the node "does not belong to the document") while a new page replaces
     * the old one; both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    protected String text(By locator) {
        return visible(locator).getText().trim();
    }

    protected boolean present(By locator) {
        List<WebElement> found = driver.findElements(locator);
        return !found.isEmpty();
    }
}
