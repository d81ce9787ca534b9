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

    /** Opens a product by its URL path, e.g. {@code /garden/watering-can}. */
    public static ProductPage open(WebDriver driver, DemoStore store, String path) {
        driver.get(store.siteUrl(path));
        return new ProductPage(driver, store);
    }

    public String productName() {
        return text(By.id("product-name"));
    }

    /** The "Earn N points" line (with a running campaign: "Earn N points — 2× points until ..."); empty when none. */
    public String earnLine() {
        return present(By.id("evg-earn-points")) ? text(By.id("evg-earn-points")) : "";
    }

    /** The campaign that raises this product's points (its name), or null. */
    public String earnCampaign() {
        return present(By.id("evg-earn-points")) ? driver.findElement(By.id("evg-earn-points")).getAttribute("data-campaign") : null;
    }

    /** Adds one of this product to the cart and returns the cart page the store shows next. */
    public CartPage addToCart() {
        clickAndLeave(By.id("add-to-cart"));
        return CartPage.shown(driver, store);
    }
}
