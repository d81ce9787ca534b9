package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Any storefront page: the header every page shares (who is signed in, the cart link) on top of
 * {@link Page}.
 */
public abstract class StorefrontPage extends Page {
    protected final DemoStore store;

    protected StorefrontPage(WebDriver driver, DemoStore store) {
        super(driver);
        this.store = store;
    }

    /** The header greeting of a signed-in shopper ("Hi, Alice"); waits for it. */
    public String greeting() {
        return text(By.id("account-link"));
    }

    /** Whether the header offers "Sign in", i.e. nobody is signed in. */
    public boolean signedOut() {
        return present(By.id("login-link")) && !present(By.id("account-link"));
    }
}
