package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** The admin's Loyalty &gt; Referrals list (the Evergreen admin extension's page) with its status filter. */
public final class LoyaltyReferralsPage extends Page {
    LoyaltyReferralsPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-referrals"));
    }

    /** Shows only referrals in {@code status} (e.g. {@code FLAGGED}); returns the filtered list. */
    public LoyaltyReferralsPage filterByStatus(String status) {
        new Select(visible(By.id("evg-filter-status"))).selectByValue(status);
        clickAndLeave(By.id("evg-filter-submit"));
        return new LoyaltyReferralsPage(driver);
    }

    /** The friends' e-mail addresses of the listed referrals. */
    public List<String> friends() {
        return driver.findElements(By.cssSelector("#evg-referrals tr.evg-referral")).stream()
                .map(r -> r.getAttribute("data-friend-email")).collect(Collectors.toList());
    }

    /** The number the status link shows for {@code status} (e.g. {@code FLAGGED}, or {@code ALL}). */
    public long count(String status) {
        return Long.parseLong(visible(By.id("evg-count-" + status)).getAttribute("data-count"));
    }

    /** Opens the listed referral of the friend with this e-mail address. */
    public LoyaltyReferralPage open(String friendEmail) {
        clickAndLeave(By.xpath("//table[@id='evg-referrals']//tr[contains(@class,'evg-referral') and @data-friend-email='"
                + friendEmail + "']//a[contains(@class,'evg-referral-link')]"));
        return new LoyaltyReferralPage(driver);
    }

    /** Follows the section's "Referral settings" link. */
    public ReferralSettingsPage settings() {
        clickAndLeave(By.id("evg-nav-referral-settings"));
        return new ReferralSettingsPage(driver);
    }
}
