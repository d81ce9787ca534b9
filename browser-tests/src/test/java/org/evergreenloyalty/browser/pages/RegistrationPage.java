package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The storefront's "Create an account" form. */
public final class RegistrationPage extends StorefrontPage {
    RegistrationPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("register-form"));
    }

    /** Opens the form through the header's "Register" link. */
    public static RegistrationPage open(WebDriver driver, DemoStore store) {
        return HomePage.open(driver, store).goToRegistration();
    }

    /** Fills in every field (the password twice) without submitting. */
    public RegistrationPage fillIn(String firstName, String lastName, String email, String password) {
        type(By.id("register-first-name"), firstName);
        type(By.id("register-last-name"), lastName);
        type(By.id("register-email"), email);
        type(By.id("register-password"), password);
        type(By.id("register-password-confirm"), password);
        return this;
    }

    /** Corrects the e-mail field; the password is typed again, as the store never shows it back. */
    public RegistrationPage correctEmail(String email, String password) {
        type(By.id("register-email"), email);
        type(By.id("register-password"), password);
        type(By.id("register-password-confirm"), password);
        return this;
    }

    /** Submits a form the store should reject; returns the form as shown again. */
    public RegistrationPage submitExpectingErrors() {
        clickAndLeave(By.id("register-submit"));
        return new RegistrationPage(driver, store);
    }

    /** Submits a valid form; the store signs the new customer in. */
    public void submitExpectingSuccess() {
        clickAndLeave(By.id("register-submit"));
        visible(By.id("account-link"));
    }

    /** The message under the e-mail field; waits for it. */
    public String emailError() {
        return text(By.id("error-email"));
    }

    /** The value a field (by element id) holds now. */
    public String fieldValue(String id) {
        return visible(By.id(id)).getAttribute("value");
    }

    /** The registration form's note on who invited the shopper (after a followed referral link). */
    public String referralInvitation() {
        return text(By.id("evg-referral-invitation"));
    }

    /** How many fields show an error. */
    public int errorCount() {
        return driver.findElements(By.cssSelector("#register-form .field-error")).size();
    }
}
