package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's Loyalty &gt; Settings page; here its scheduler table with a "Run now" button per job. */
public final class LoyaltySettingsPage extends Page {
    LoyaltySettingsPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-settings"));
    }

    /** Presses "Run now" on a job's row (e.g. {@code referral-rewards}); returns the page shown after the run. */
    public LoyaltySettingsPage runJob(String jobName) {
        clickAndLeave(By.cssSelector("#evergreen-scheduler-jobs tr.evergreen-job[data-job='" + jobName + "'] button.evg-run-job"));
        return new LoyaltySettingsPage(driver);
    }

    /** The green notice after an action; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }

    /** Whether a yellow warning (e.g. a failed job) is shown. */
    public boolean hasWarning() {
        return present(By.id("evg-warning"));
    }
}
