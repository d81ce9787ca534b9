package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin's Loyalty &gt; Customers search (the Evergreen admin extension's page). */
public final class LoyaltyCustomersPage extends Page {
    LoyaltyCustomersPage(WebDriver driver) {
        super(driver);
        visible(By.id("evg-customer-search"));
    }

    /**
     * Searches for a text (part of an e-mail address or a name) and returns the e-mail addresses of the
     * customers found (none when the page says no customer matches).
     */
    public List<String> search(String text) {
        type(By.id("evg-q"), text);
        clickAndLeave(By.id("evg-search-submit"));
        new WebDriverWait(driver, WAIT).withMessage(() -> "the search for '" + text + "' showed neither results nor 'no customer matches'")
                .until(d -> present(By.id("evg-search-results")) || present(By.id("evg-search-none")));
        List<WebElement> emails = driver.findElements(By.cssSelector("#evg-search-results tr.evg-result .evg-result-email"));
        return emails.stream().map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    /** Opens the loyalty page of a customer the last search listed, by e-mail address. */
    public LoyaltyCustomerPage open(String email) {
        By link = By.xpath("//table[@id='evg-search-results']//tr[contains(@class,'evg-result')]"
                + "[td[contains(@class,'evg-result-email') and normalize-space(.)='" + email + "']]//a[contains(@class,'evg-result-link')]");
        clickAndLeave(link);
        return new LoyaltyCustomerPage(driver);
    }
}
