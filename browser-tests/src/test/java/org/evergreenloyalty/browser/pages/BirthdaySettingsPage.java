package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's birthday settings (Loyalty &gt; Birthdays &gt; Birthday settings): a form checked field by field. */
public final class BirthdaySettingsPage extends Page {
    BirthdaySettingsPage(WebDriver driver) {
        super(driver);
        visible(By.id("evg-birthday-settings-form"));
    }

    /** Types {@code value} into the text field {@code field} (its name, e.g. {@code daysBefore}). */
    public BirthdaySettingsPage set(String field, String value) {
        type(By.id("evg-field-" + field), value);
        return this;
    }

    /** The value the text field {@code field} holds now. */
    public String value(String field) {
        return visible(By.id("evg-field-" + field)).getAttribute("value");
    }

    /** Saves and returns the page the store shows next (the form again: with a notice, or with problems). */
    public BirthdaySettingsPage save() {
        clickAndLeave(By.id("evg-birthday-settings-submit"));
        return new BirthdaySettingsPage(driver);
    }

    /** The problem shown next to {@code field}; waits for it. */
    public String error(String field) {
        return text(By.id("evg-error-" + field));
    }

    /** The summary above a refused form; waits for it. */
    public String errorSummary() {
        return text(By.id("evg-error-birthday-settings-form"));
    }

    /** The green notice after a save; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }

    /** Reloads the page from the store (what is saved now). */
    public BirthdaySettingsPage reload() {
        driver.navigate().refresh();
        return new BirthdaySettingsPage(driver);
    }
}
