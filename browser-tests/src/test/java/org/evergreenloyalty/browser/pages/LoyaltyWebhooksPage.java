package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's Loyalty &gt; Webhooks list with the form that creates a subscription. */
public final class LoyaltyWebhooksPage extends Page {
    LoyaltyWebhooksPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-webhooks"));
    }

    /** Creates an enabled subscription of {@code url} to {@code events}; returns its page, which shows the secret once. */
    public LoyaltyWebhookPage create(String url, String... events) {
        type(By.id("evg-webhook-url"), url);
        for (String event : events) {
            click(By.id("evg-webhook-event-" + event));
        }
        if (!driver.findElement(By.id("evg-webhook-enabled")).isSelected()) {
            click(By.id("evg-webhook-enabled"));
        }
        clickAndLeave(By.id("evg-webhook-create"));
        return new LoyaltyWebhookPage(driver);
    }
}
