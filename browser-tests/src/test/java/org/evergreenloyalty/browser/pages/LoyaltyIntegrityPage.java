package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's Loyalty &gt; Integrity page: the last run of the integrity check and "Run check now". */
public final class LoyaltyIntegrityPage extends Page {
    LoyaltyIntegrityPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-integrity"));
    }

    /** Clicks "Run check now" and returns the page shown after the run. */
    public LoyaltyIntegrityPage runCheckNow() {
        clickAndLeave(By.id("evg-integrity-run"));
        return new LoyaltyIntegrityPage(driver);
    }

    /** The green notice after a run without findings; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }

    /** Whether the last run found nothing ("No findings"). */
    public boolean clean() {
        return present(By.id("evg-integrity-clean"));
    }

    /** Who started the last run. */
    public String triggeredBy() {
        return text(By.id("evg-integrity-triggered-by"));
    }

    /** What the last run checked, e.g. "3 orders, 2 REDEEM entries, 5 accounts". */
    public String checked() {
        return text(By.id("evg-integrity-checked"));
    }
}
