package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The signed-in admin console: its side menu of modules and sections. */
public final class AdminConsole extends Page {
    private final DemoStore store;

    AdminConsole(WebDriver driver, DemoStore store) {
        super(driver);
        this.store = store;
        visible(By.id("sideMenu"));
    }

    /** Opens the console of an admin who is signed in already (a later visit in the same browser). */
    public static AdminConsole open(WebDriver driver, DemoStore store) {
        driver.get(store.adminUrl("/"));
        return new AdminConsole(driver, store);
    }

    /** Opens the Orders section through the side menu. */
    public AdminListPage orders() {
        return section("/order", "orderNumber");
    }

    /** Opens the Customers section through the side menu. */
    public AdminListPage customers() {
        return section("/customer", "emailAddress");
    }

    /** Opens Loyalty &gt; Customers (the Evergreen module's customer search) through the side menu. */
    public LoyaltyCustomersPage loyaltyCustomers() {
        openSection("/loyalty/customers");
        return new LoyaltyCustomersPage(driver);
    }

    /** Opens Loyalty &gt; Referrals (the Evergreen module's referral list) through the side menu. */
    public LoyaltyReferralsPage loyaltyReferrals() {
        openSection("/loyalty/referrals");
        return new LoyaltyReferralsPage(driver);
    }

    /** Opens Loyalty &gt; Birthdays through the side menu. */
    public LoyaltyBirthdaysPage loyaltyBirthdays() {
        openSection("/loyalty/birthdays");
        return new LoyaltyBirthdaysPage(driver);
    }

    /** Opens Loyalty &gt; Reviews (the pending queue) through the side menu. */
    public LoyaltyReviewsPage loyaltyReviews() {
        openSection("/loyalty/reviews");
        return new LoyaltyReviewsPage(driver);
    }

    /** Opens Loyalty &gt; Dashboard through the side menu. */
    public LoyaltyDashboardPage loyaltyDashboard() {
        openSection("/loyalty/dashboard");
        return new LoyaltyDashboardPage(driver);
    }

    /** Opens Loyalty &gt; Integrity through the side menu. */
    public LoyaltyIntegrityPage loyaltyIntegrity() {
        openSection("/loyalty/integrity");
        return new LoyaltyIntegrityPage(driver);
    }

    /** Opens Loyalty &gt; Webhooks through the side menu. */
    public LoyaltyWebhooksPage loyaltyWebhooks() {
        openSection("/loyalty/webhooks");
        return new LoyaltyWebhooksPage(driver);
    }

    /** Opens Loyalty &gt; API keys through the side menu. */
    public LoyaltyApiKeysPage loyaltyApiKeys() {
        openSection("/loyalty/api-keys");
        return new LoyaltyApiKeysPage(driver);
    }

    /** Opens Loyalty &gt; Import through the side menu. */
    public LoyaltyImportPage loyaltyImport() {
        openSection("/loyalty/import");
        return new LoyaltyImportPage(driver);
    }

    /** Opens Loyalty &gt; Settings through the side menu. */
    public LoyaltySettingsPage loyaltySettings() {
        openSection("/loyalty/settings");
        return new LoyaltySettingsPage(driver);
    }

    /**
     * Clicks the side-menu link of a section (opening its module first when it is collapsed).
     *
     * @param sectionPath   the section's URL below {@code /admin}
     * @param searchedField the list column the section's search box filters on
     */
    private AdminListPage section(String sectionPath, String searchedField) {
        openSection(sectionPath);
        return new AdminListPage(driver, searchedField);
    }

    /** Clicks the side-menu link of a section, opening its module first when it is collapsed. */
    private void openSection(String sectionPath) {
        By link = By.cssSelector("#sideMenu a[href$='/admin" + sectionPath + "']");
        WebElement anchor = wait.until(ExpectedConditions.presenceOfElementLocated(link));
        if (!anchor.isDisplayed()) {
            WebElement module = anchor.findElement(By.xpath("ancestor::li[contains(@class,'blc-module')]"));
            module.findElement(By.cssSelector(".title")).click();
            wait.until(ExpectedConditions.visibilityOf(anchor));
        }
        clickAndLeave(link);
    }

    public DemoStore store() {
        return store;
    }
}
