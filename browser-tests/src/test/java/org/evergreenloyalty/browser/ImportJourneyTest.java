package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage;
import org.evergreenloyalty.browser.pages.LoyaltyImportPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.evergreenloyalty.browser.pages.ShopperApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * A migration from another program in the real demo store: a shopper registers; the administrator uploads a CSV on
 * Loyalty &gt; Import (a real multipart upload through Broadleaf's admin and its CSRF filter) with the shopper's
 * 250 points and a row for an unknown address; the dry run shows one change and one refusal and changes nothing;
 * Apply books the points once (the history lists the import; the same file and import id again changes nothing);
 * the shopper sees the 250 points on the account page and in the personal-data export of the shopper API.
 */
@BrowserTest
class ImportJourneyTest {

    @Test
    void anAdministratorImportsPointsFromACsvAndTheShopperSeesThem(DemoStore store, WebDriver driver) throws Exception {
        String email = "import-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Ivo", "Import", email, "Password1!").submitExpectingSuccess();
        long before = LoyaltyAccountPage.open(driver, store).available();

        Path csv = Files.createTempFile("evergreen-import", ".csv");
        Files.write(csv, ("email,points\n" + email + ",250\nnobody-" + UUID.randomUUID() + "@example.com,10\n")
                .getBytes(StandardCharsets.UTF_8));
        String importId = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
            LoyaltyImportPage dryRun = admin.loyaltyImport().check(csv, "ADD", importId);
            assertEquals("", dryRun.error());
            assertEquals(List.of("CHANGE", "REFUSED"), dryRun.rowStatuses(), dryRun.counts());
            assertTrue(dryRun.row(1).contains(email) && dryRun.row(1).contains(String.valueOf(before + 250)), dryRun.row(1));
            assertTrue(dryRun.canApply(), "the dry run offers Apply");
            assertEquals(before, LoyaltyAccountPage.open(driver, store).available(), "a dry run changes nothing");

            LoyaltyImportPage applied = AdminConsole.open(driver, store).loyaltyImport().check(csv, "ADD", importId).apply();
            assertTrue(applied.history().contains(importId), "the history lists the import: " + applied.history());
            LoyaltyImportPage again = AdminConsole.open(driver, store).loyaltyImport().check(csv, "ADD", importId);
            assertEquals("ALREADY_APPLIED", again.rowStatuses().get(0), "the same import id changes nothing: " + again.counts());
            assertFalse(again.rowStatuses().contains("CHANGE"), again.counts());
        } finally {
            Files.deleteIfExists(csv);
        }

        assertEquals(before + 250, LoyaltyAccountPage.open(driver, store).available(), "the imported points, once");
        ShopperApi.Answer export = new ShopperApi(driver, store).get("me/export");
        assertEquals(200, export.status(), export.body());
        assertTrue(export.body().contains("import:" + importId + ":1"), "the import's ledger entry is in the shopper's data export");
    }
}
