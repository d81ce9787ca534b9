package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin's Loyalty &gt; API keys page: the keys, the form that creates one (its secret shown once), revoke. */
public final class LoyaltyApiKeysPage extends Page {
    LoyaltyApiKeysPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-api-keys"));
    }

    /** Creates a key of {@code scope} (READ or WRITE); the page after it shows its secret once. */
    public LoyaltyApiKeysPage create(String name, String scope) {
        type(By.id("evg-api-key-name"), name);
        new Select(driver.findElement(By.id("evg-api-key-scope"))).selectByValue(scope);
        clickAndLeave(By.id("evg-api-key-create"));
        return new LoyaltyApiKeysPage(driver);
    }

    /** The secret shown right after creating a key. */
    public String secret() {
        return text(By.id("evg-api-key-secret"));
    }

    public boolean showsSecret() {
        return present(By.id("evg-api-key-secret"));
    }

    public LoyaltyApiKeysPage reload() {
        driver.navigate().refresh();
        return new LoyaltyApiKeysPage(driver);
    }

    /** The text of the row of the key whose secret starts with {@code prefix}. */
    public String row(String prefix) {
        for (WebElement row : driver.findElements(By.className("evg-api-key-row"))) {
            if (row.getText().contains(prefix)) {
                return row.getText();
            }
        }
        throw new AssertionError("no key " + prefix + " listed");
    }

    /** Revokes the key whose secret starts with {@code prefix}. */
    public LoyaltyApiKeysPage revoke(String prefix) {
        for (WebElement row : driver.findElements(By.className("evg-api-key-row"))) {
            if (row.getText().contains(prefix)) {
                WebElement html = driver.findElement(By.tagName("html"));
                row.findElement(By.className("evg-api-key-revoke")).click();
                wait.until(d -> {
                    try {
                        html.isEnabled();
                        return false;
                    } catch (org.openqa.selenium.StaleElementReferenceException e) {
                        return true;
                    }
                });
                return new LoyaltyApiKeysPage(driver);
            }
        }
        throw new AssertionError("no key " + prefix + " listed");
    }
}
