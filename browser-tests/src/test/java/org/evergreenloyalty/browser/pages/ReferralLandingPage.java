package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page a followed referral link lands on: the storefront with the banner naming the friend's gift. */
public final class ReferralLandingPage extends StorefrontPage {
    private ReferralLandingPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("evg-referral-banner"));
    }

    /** Opens a referral link as a friend would (pasted into the address bar). */
    public static ReferralLandingPage follow(WebDriver driver, DemoStore store, String link) {
        driver.get(link);
        return new ReferralLandingPage(driver, store);
    }

    /** The banner's title and text. */
    public String banner() {
        return text(By.id("evg-referral-banner"));
    }

    /** Follows the banner's "Register now". */
    public RegistrationPage register() {
        clickAndLeave(By.cssSelector("#evg-referral-banner .evg-referral-banner-register"));
        return new RegistrationPage(driver, store);
    }
}
