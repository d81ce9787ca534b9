package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.DemoMailboxPage;
import org.evergreenloyalty.browser.pages.LoyaltyCustomerPage;
import org.evergreenloyalty.browser.pages.LoyaltyCustomersPage;
import org.evergreenloyalty.browser.pages.LoyaltySettingsPage;
import org.evergreenloyalty.browser.pages.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The win-back e-mail in the shopper's language, in the real demo store: Greta Lindner (greta@example.com, Broadleaf
 * locale de_DE, seeded by the demo with one order 120 days ago and 148 points) has lapsed; the administrator runs
 * {@code lifecycle-win-back} from Loyalty &gt; Settings; the demo mailbox receives her e-mail with the German subject
 * and text and her 200 bonus points, which Loyalty &gt; Customers shows on her account. Running the job again
 * writes nothing more to her (once per lapse).
 */
@BrowserTest
class WinBackJourneyTest {
    private static final String JOB = "lifecycle-win-back";
    private static final String GRETA = "greta@example.com";
    private static final String GERMAN_SUBJECT = "Wir vermissen Sie";

    @Test
    void aLapsedGermanShopperGetsTheWinBackEmailInGermanOnce(DemoStore store, WebDriver driver) {
        AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
        LoyaltyCustomerPage before = greta(admin);
        assertEquals(148, before.available(), "welcome bonus and the points of her one order");

        LoyaltySettingsPage jobs = admin.loyaltySettings().runJobNow(JOB);
        assertTrue(jobs.notice().contains(JOB), jobs.notice());
        assertFalse(jobs.hasWarning(), "the job ran without a problem");

        String mail = newestMail(driver, store);
        assertTrue(mail.contains("Bonuspunkte gutgeschrieben"), "the German text with the bonus: " + mail);
        assertTrue(mail.contains("200"), "names the 200 bonus points");
        assertFalse(mail.contains("bonus points to your account"), "no English text in a German e-mail");
        admin = AdminConsole.open(driver, store); // back from the mailbox
        assertEquals(348, greta(admin).available(), "the win-back bonus is on her account");

        admin.loyaltySettings().runJobNow(JOB);
        assertEquals(1, DemoMailboxPage.open(driver, store).count(GRETA, GERMAN_SUBJECT), "once per lapse");
        assertEquals(348, greta(AdminConsole.open(driver, store)).available(), "no second bonus");
    }

    private static LoyaltyCustomerPage greta(AdminConsole admin) {
        LoyaltyCustomersPage customers = admin.loyaltyCustomers();
        assertEquals(java.util.List.of(GRETA), customers.search(GRETA), "the demo's lapsed German shopper");
        return customers.open(GRETA);
    }

    /** Her win-back e-mail, waiting for the outbox to send it (the demo sends right after the job's commit). */
    private static String newestMail(WebDriver driver, DemoStore store) {
        return new WebDriverWait(driver, Page.WAIT).withMessage("no German win-back e-mail to " + GRETA + " in the demo mailbox")
                .until(d -> {
                    DemoMailboxPage box = DemoMailboxPage.open(d, store);
                    return box.count(GRETA, GERMAN_SUBJECT) > 0 ? box.openNewest(GRETA, GERMAN_SUBJECT) : null;
                });
    }
}
