package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** Checkout step 1: shipping address and shipping option. */
public final class ShippingPage extends StorefrontPage {
    ShippingPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("shipping-form"));
    }

    /** Fills in an address (first state in the list), picks the first shipping option, continues. */
    public ReviewPage shipTo(String firstName, String lastName, String street, String city, String zip) {
        type(By.id("shipping-first-name"), firstName);
        type(By.id("shipping-last-name"), lastName);
        type(By.id("shipping-address1"), street);
        type(By.id("shipping-city"), city);
        new Select(visible(By.id("shipping-state"))).selectByIndex(1);
        type(By.id("shipping-zip"), zip);
        click(By.cssSelector("#shipping-form input[name='fulfillmentOptionId']"));
        clickAndLeave(By.id("continue-to-review"));
        return new ReviewPage(driver, store);
    }
}
