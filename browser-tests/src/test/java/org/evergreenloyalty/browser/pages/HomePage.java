package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The storefront home page with its featured products. */
public final class HomePage extends StorefrontPage {
    private HomePage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("home-hero"));
    }

    /** Opens the home page and waits until it is shown. */
    public static HomePage open(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/"));
        return new HomePage(driver, store);
    }

    /** Follows the header's "Sign in" link. */
    public SignInPage goToSignIn() {
        clickAndLeave(By.id("login-link"));
        return new SignInPage(driver, store);
    }

    /** Follows the header's "Register" link. */
    public RegistrationPage goToRegistration() {
        clickAndLeave(By.id("register-link"));
        return new RegistrationPage(driver, store);
    }

    /** Opens the first featured product. */
    public ProductPage openFirstFeaturedProduct() {
        clickAndLeave(By.cssSelector("#featured-products .product-card a.name.product-link"));
        return new ProductPage(driver, store);
    }
}
