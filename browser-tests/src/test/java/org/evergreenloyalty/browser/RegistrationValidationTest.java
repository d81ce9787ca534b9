package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Bad input on the registration form: a malformed e-mail address gets a clear message next to the
 * field, keeps what the visitor typed, signs nobody in and creates no customer.
 */
@BrowserTest
class RegistrationValidationTest {

    @Test
    void malformedEmailIsRejectedAndCreatesNoCustomer(DemoStore store, WebDriver driver) {
        String name = "mallory" + UUID.randomUUID().toString().substring(0, 8);
        String malformed = name + ".example.com";
        String valid = name + "@example.com";

        RegistrationPage form = RegistrationPage.open(driver, store)
                .fillIn("Mallory", "Typo", malformed, "Password1!")
                .submitExpectingErrors();
        String message = form.emailError();
        assertTrue(message.toLowerCase().contains("e-mail") || message.toLowerCase().contains("email"),
                "the message says what is wrong with the e-mail: " + message);
        assertEquals(1, form.errorCount(), "only the e-mail field is marked");
        assertEquals("Mallory", form.fieldValue("register-first-name"), "what the visitor typed is kept");
        assertTrue(form.signedOut(), "nobody is signed in after a rejected registration");

        // Corrected, the same form goes through: so exactly one customer with this name exists afterwards.
        form.correctEmail(valid, "Password1!").submitExpectingSuccess();

        List<String> customers = AdminLoginPage.open(driver, store)
                .signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD)
                .customers()
                .search(name);
        assertEquals(List.of(valid), customers, "only the corrected registration created a customer");
    }
}
