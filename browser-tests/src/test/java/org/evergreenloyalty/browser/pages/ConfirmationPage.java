package org.evergreenloyalty.browser.pages;

import java.math.BigDecimal;

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

    /** The order's item subtotal (before discounts, shipping and tax). */
    public BigDecimal subtotal() {
        return Amounts.money(text(By.cssSelector("#confirmation-summary .summary-subtotal")));
    }

    /** The order's discount as shown (negative), or zero when it has none. */
    public BigDecimal discount() {
        By line = By.cssSelector("#confirmation-summary .summary-discount");
        return present(line) ? Amounts.money(text(line)) : BigDecimal.ZERO;
    }
}
