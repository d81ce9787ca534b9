package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The cart: its lines and the way to checkout. */
public final class CartPage extends StorefrontPage {
    private CartPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("cart-lines"));
    }

    /** The cart page the browser is on now (after adding an item). */
    static CartPage shown(WebDriver driver, DemoStore store) {
        return new CartPage(driver, store);
    }

    /** The names of the items in the cart, in order. */
    public List<String> itemNames() {
        List<WebElement> names = driver.findElements(By.cssSelector("#cart-lines .cart-item-name"));
        return names.stream().map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    /** Starts checkout (a signed-in shopper lands on the shipping step). */
    public ShippingPage checkOut() {
        clickAndLeave(By.id("checkout-button"));
        return new ShippingPage(driver, store);
    }
}
