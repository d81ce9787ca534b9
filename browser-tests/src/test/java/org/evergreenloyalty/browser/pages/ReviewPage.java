package org.evergreenloyalty.browser.pages;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Checkout step 2: review and pay with the demo store's test payment. */
public final class ReviewPage extends StorefrontPage {
    /** The test card the demo store always approves. */
    public static final String APPROVED_TEST_CARD = "4111 1111 1111 1111";

    ReviewPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("payment-form"));
    }

    /** Pays with the approved test card (expiry two years ahead) and places the order. */
    public ConfirmationPage payWithTestCard(String nameOnCard) {
        type(By.id("card-name"), nameOnCard);
        type(By.id("card-number"), APPROVED_TEST_CARD);
        type(By.id("card-expiry"), YearMonth.now().plusYears(2).format(DateTimeFormatter.ofPattern("MM/yy")));
        type(By.id("card-cvc"), "123");
        clickAndLeave(By.id("place-order"));
        return new ConfirmationPage(driver, store);
    }
}
