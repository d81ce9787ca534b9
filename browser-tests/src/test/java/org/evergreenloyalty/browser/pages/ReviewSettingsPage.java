package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's review settings (Loyalty &gt; Reviews &gt; Review settings): a form checked field by field. */
public final class ReviewSettingsPage extends Page {
    ReviewSettingsPage(WebDriver driver) {
        super(driver);
        visible(By.id("evg-review-settings-form"));
    }

    /** Types {@code value} into the text field {@code field} (its name, e.g. {@code delayDays}). */
    public ReviewSettingsPage set(String field, String value) {
        type(By.id("evg-field-" + field), value);
        return this;
    }

    /** The value the text field {@code field} holds now. */
    public String value(String field) {
        return visible(By.id("evg-field-" + field)).getAttribute("value");
    }

    /** Saves and returns the page the store shows next (the form again: with a notice, or with problems). */
    public ReviewSettingsPage save() {
        clickAndLeave(By.id("evg-review-settings-submit"));
        return new ReviewSettingsPage(driver);
    }

    /** The problem shown next to {@code field}; waits for it. */
    public String error(String field) {
        return text(By.id("evg-error-" + field));
    }

    /** The green notice after a save; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }

    /** Reloads the page from the store (what is saved now). */
    public ReviewSettingsPage reload() {
        driver.navigate().refresh();
        return new ReviewSettingsPage(driver);
    }
}
