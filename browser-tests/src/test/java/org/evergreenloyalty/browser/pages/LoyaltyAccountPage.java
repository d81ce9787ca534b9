package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The signed-in shopper's points page ({@code /account/loyalty}, rendered by the Evergreen module): the
 * available and pending balances and the first page of the points history, newest first.
 */
public final class LoyaltyAccountPage extends StorefrontPage {
    private LoyaltyAccountPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("evg-available-points"));
    }

    /** Opens the page through the account navigation's "Loyalty" link. */
    public static LoyaltyAccountPage openFromAccount(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/account"));
        return new AccountNavigation(driver, store).page();
    }

    /** Opens the page by its address, {@code /account/loyalty} (as a shopper's bookmark or reload does). */
    public static LoyaltyAccountPage open(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/account/loyalty"));
        return new LoyaltyAccountPage(driver, store);
    }

    /** Points ready to spend. */
    public long available() {
        return Amounts.points(text(By.id("evg-available-points")));
    }

    /** Points earned but not yet spendable. */
    public long pending() {
        return Amounts.points(text(By.id("evg-pending-points")));
    }

    /** The history lines on this page, newest first (empty when the page says there are none). */
    public List<HistoryRow> history() {
        List<WebElement> rows = driver.findElements(By.cssSelector("#evg-history-table tr.evg-history-row"));
        return rows.stream().map(r -> new HistoryRow(
                r.getAttribute("data-type"),
                r.findElement(By.cssSelector(".evg-history-type")).getText().trim(),
                r.findElement(By.cssSelector(".evg-history-reason")).getText().trim(),
                Amounts.points(r.findElement(By.cssSelector(".evg-history-points span")).getText()),
                !r.findElements(By.cssSelector(".evg-history-points .evg-pending-tag")).isEmpty(),
                Amounts.points(r.findElement(By.cssSelector(".evg-history-balance")).getText())))
                .collect(Collectors.toList());
    }

    /** The badge of milestone {@code code} ({@code order-5} ...), or null when the page shows none. */
    public Badge badge(String code) {
        List<WebElement> found = driver.findElements(By.cssSelector("#evg-badges li.evg-badge[data-milestone='" + code + "']"));
        if (found.isEmpty()) {
            return null;
        }
        WebElement b = found.get(0);
        List<WebElement> progress = b.findElements(By.cssSelector(".evg-badge-progress"));
        return new Badge(b.findElement(By.cssSelector(".evg-badge-name")).getText().trim(),
                "true".equals(b.getAttribute("data-reached")), progress.isEmpty() ? "" : progress.get(0).getText().trim());
    }

    /**
     * One badge on the page.
     *
     * @param name     the milestone's name ("5th order")
     * @param reached  whether the shopper reached it
     * @param progress the progress line of an open badge ("3 of 5 orders"), empty once reached
     */
    public record Badge(String name, boolean reached, String progress) {
    }

    /**
     * One history line.
     *
     * @param type         the entry type as the module names it ({@code EARN}, {@code MATURE}, {@code ADJUST}, {@code REDEEM}, ...)
     * @param label        what the page calls it ("Earned", "Correction", ...)
     * @param reason       the line's details (an order, or an administrator's reason)
     * @param points       signed points of the line
     * @param pendingOnly  whether the points went to the pending balance only
     * @param balanceAfter the available balance right after the line
     */
    public record HistoryRow(String type, String label, String reason, long points, boolean pendingOnly, long balanceAfter) {
    }

    /** The account pages' navigation, to reach the points page the way a shopper does. */
    private static final class AccountNavigation extends StorefrontPage {
        AccountNavigation(WebDriver driver, DemoStore store) {
            super(driver, store);
            visible(By.id("account-nav-loyalty"));
        }

        LoyaltyAccountPage page() {
            clickAndLeave(By.id("account-nav-loyalty"));
            return new LoyaltyAccountPage(driver, store);
        }
    }
}
