package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The referral settings page of the admin's Loyalty &gt; Referrals; fields by their settings name. */
public final class ReferralSettingsPage extends Page {
    ReferralSettingsPage(WebDriver driver) {
        super(driver);
        visible(By.id("evg-referral-settings-form"));
    }

    /** The value of a text field, e.g. {@code approvalDays}. */
    public String value(String field) {
        return visible(By.id("evg-field-" + field)).getAttribute("value");
    }

    /** Whether a rule's check box (e.g. {@code ruleSameDevice}) is ticked. */
    public boolean ticked(String field) {
        return visible(By.id("evg-field-" + field)).isSelected();
    }

    /** Types into a text field without saving. */
    public ReferralSettingsPage set(String field, String value) {
        type(By.id("evg-field-" + field), value);
        return this;
    }

    /** Saves the form; returns the page shown after it (the saved settings, or the form with its problems). */
    public ReferralSettingsPage save() {
        clickAndLeave(By.id("evg-referral-settings-submit"));
        return new ReferralSettingsPage(driver);
    }

    /** The problem shown next to a field; waits for it. */
    public String error(String field) {
        return text(By.id("evg-error-" + field));
    }

    /** The green notice after saving; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }

    /** Follows the section's "Referrals" link back to the list. */
    public LoyaltyReferralsPage referrals() {
        clickAndLeave(By.id("evg-nav-referrals"));
        return new LoyaltyReferralsPage(driver);
    }
}
