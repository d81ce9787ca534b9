package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin console's sign-in form (Broadleaf's open admin). */
public final class AdminLoginPage extends Page {
    private final DemoStore store;

    private AdminLoginPage(WebDriver driver, DemoStore store) {
        super(driver);
        this.store = store;
        visible(By.id("username"));
    }

    /** Opens the admin console; an anonymous visitor is sent to its sign-in form. */
    public static AdminLoginPage open(WebDriver driver, DemoStore store) {
        driver.get(store.adminUrl("/"));
        return new AdminLoginPage(driver, store);
    }

    /** Signs in and returns the console's navigation. */
    public AdminConsole signInAs(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndLeave(By.cssSelector("form input[type='submit'], form button[type='submit']"));
        return new AdminConsole(driver, store);
    }
}
