package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The signed-in advocate's referral page ({@code /account/referrals}, rendered by the Evergreen module): the
 * personal link with its copy button, the code, the numbers and the list of referred friends.
 */
public final class ReferralAccountPage extends StorefrontPage {
    private ReferralAccountPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("evg-referral-link"));
    }

    /** Opens the page through the account navigation's "Refer a friend" link. */
    public static ReferralAccountPage openFromAccount(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/account"));
        return new AccountNavigation(driver, store).page();
    }

    /** Opens the page by its address. */
    public static ReferralAccountPage open(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/account/referrals"));
        return new ReferralAccountPage(driver, store);
    }

    /**
     * Presses "Copy link" and returns the link the page offers (read from its field: a headless browser's
     * clipboard cannot be read back); waits until the button says the link was copied.
     */
    public String copyLink() {
        click(By.id("evg-referral-copy"));
        wait.withMessage("the copy button confirms").until(d -> "Copied".equals(d.findElement(By.id("evg-referral-copy")).getText().trim()));
        return visible(By.id("evg-referral-link")).getAttribute("value");
    }

    /** The code as the page shows it (grouped for reading, e.g. {@code K7M3Q-X9PAB}). */
    public String code() {
        return text(By.id("evg-referral-code"));
    }

    /** Friends whose reward was granted. */
    public long rewarded() {
        return Amounts.points(text(By.id("evg-stat-rewarded")));
    }

    /** Points earned through referrals. */
    public long pointsEarned() {
        return Amounts.points(text(By.id("evg-stat-points")));
    }

    /** The status (PENDING, QUALIFIED, REWARDED, ...) of each referred friend in the list, newest first. */
    public List<String> referralStatuses() {
        return driver.findElements(By.cssSelector("#evg-referral-table tr.evg-referral-row")).stream()
                .map(r -> r.getAttribute("data-status")).collect(Collectors.toList());
    }

    /** The account pages' navigation, to reach the referral page the way a shopper does. */
    private static final class AccountNavigation extends StorefrontPage {
        AccountNavigation(WebDriver driver, DemoStore store) {
            super(driver, store);
            visible(By.id("account-nav-referrals"));
        }

        ReferralAccountPage page() {
            clickAndLeave(By.id("account-nav-referrals"));
            return new ReferralAccountPage(driver, store);
        }
    }
}
