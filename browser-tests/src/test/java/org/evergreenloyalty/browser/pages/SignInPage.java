package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The storefront's sign-in form. */
public final class SignInPage extends StorefrontPage {
    SignInPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("login-form"));
    }

    /** Signs in and returns the page the store lands on (any storefront page, signed in). */
    public HomePage signInAs(String email, String password) {
        type(By.id("login-email"), email);
        type(By.id("login-password"), password);
        clickAndLeave(By.id("login-submit"));
        visible(By.id("account-link"));
        return HomePage.open(driver, store);
    }
}
