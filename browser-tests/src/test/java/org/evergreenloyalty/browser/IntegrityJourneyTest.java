package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.LoyaltyIntegrityPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The demo store reconciles: the admin opens Loyalty &gt; Integrity from the menu, clicks "Run check now" and the
 * run, recorded under the admin's login, finds no mismatch between orders, REDEEM entries and balances (whatever
 * the other journeys bought, redeemed or reversed before).
 */
@BrowserTest
class IntegrityJourneyTest {

    @Test
    void aCleanDemoStoreHasNoIntegrityFindings(DemoStore store, WebDriver driver) {
        LoyaltyIntegrityPage page = AdminLoginPage.open(driver, store)
                .signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD)
                .loyaltyIntegrity()
                .runCheckNow();
        assertEquals("The check ran: 0 finding(s).", page.notice());
        assertTrue(page.clean(), "no findings on a clean demo store");
        assertEquals(SampleAccounts.ADMIN_USERNAME, page.triggeredBy());
        assertTrue(page.checked().contains("accounts"), page.checked());
    }
}
