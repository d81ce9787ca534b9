package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Checkout step 3: the order confirmation with its order number. */
public final class ConfirmationPage extends StorefrontPage {
    ConfirmationPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("order-confirmation"));
    }

    public String orderNumber() {
        return text(By.id("order-number"));
    }

    /** The names of the ordered items. */
    public String lines() {
        return text(By.cssSelector("#order-confirmation table.lines"));
    }
}
