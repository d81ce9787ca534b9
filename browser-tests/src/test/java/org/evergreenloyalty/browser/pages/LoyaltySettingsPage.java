package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's Loyalty &gt; Settings page; here: its jobs table with "Run now". */
public final class LoyaltySettingsPage extends Page {
    LoyaltySettingsPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-settings"));
    }

    /** Clicks "Run now" on the job's row and returns the page shown after the run. */
    public LoyaltySettingsPage runJobNow(String jobName) {
        clickAndLeave(By.cssSelector("#evergreen-scheduler-jobs tr.evergreen-job[data-job='" + jobName + "'] button.evg-run-job"));
        return new LoyaltySettingsPage(driver);
    }

    /** The green notice after an action; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }

    /** Whether a warning is shown (e.g. a job that failed). */
    public boolean hasWarning() {
        return present(By.id("evg-warning"));
    }
}
