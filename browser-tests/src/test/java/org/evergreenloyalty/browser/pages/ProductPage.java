package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A product's page with its "Add to cart" form. */
public final class ProductPage extends StorefrontPage {
    ProductPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("add-to-cart"));
    }

    public String productName() {
        return text(By.id("product-name"));
    }

    /** Adds one of this product to the cart and returns the cart page the store shows next. */
    public CartPage addToCart() {
        clickAndLeave(By.id("add-to-cart"));
        return CartPage.shown(driver, store);
    }
}
