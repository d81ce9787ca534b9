package org.evergreenloyalty.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One webhook subscription in the admin: the secret right after creation, and its delivery log. */
public final class LoyaltyWebhookPage extends Page {
    LoyaltyWebhookPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-webhook"));
    }

    /** Opens a subscription's page by its address (the admin is signed in). */
    public static LoyaltyWebhookPage open(WebDriver driver, String url) {
        driver.get(url);
        return new LoyaltyWebhookPage(driver);
    }

    /** Deletes the subscription; returns to the list. */
    public LoyaltyWebhooksPage delete() {
        clickAndLeave(By.id("evg-webhook-delete"));
        return new LoyaltyWebhooksPage(driver);
    }

    /** The secret, shown only on the page right after "Create". */
    public String secret() {
        return text(By.id("evg-webhook-secret"));
    }

    /** Whether the secret is on the page. */
    public boolean showsSecret() {
        return present(By.id("evg-webhook-secret"));
    }

    /** The page again, read fresh from the server. */
    public LoyaltyWebhookPage reload() {
        driver.navigate().refresh();
        return new LoyaltyWebhookPage(driver);
    }

    /** The delivery log: one {@code "<event type> <STATUS>"} per row, newest first. */
    public List<String> deliveries() {
        if (present(By.id("evg-webhook-no-deliveries"))) {
            return List.of();
        }
        return driver.findElements(By.cssSelector("#evg-webhook-deliveries tr.evg-webhook-delivery")).stream()
                .map(row -> row.findElement(By.tagName("code")).getText() + " " + row.getAttribute("data-status"))
                .toList();
    }
}
