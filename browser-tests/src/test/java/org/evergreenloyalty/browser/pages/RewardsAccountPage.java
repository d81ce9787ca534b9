package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The signed-in shopper's rewards catalogue ({@code /account/loyalty/rewards}, rendered by the Evergreen module): the
 * rewards with their points cost and Claim buttons, and the shopper's claimed rewards with their codes.
 */
public final class RewardsAccountPage extends StorefrontPage {
    private RewardsAccountPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("evg-rewards-catalogue"));
    }

    /** Opens the page through the "Rewards catalogue" link of the points page, as a shopper does. */
    public static RewardsAccountPage openFromPointsPage(WebDriver driver, DemoStore store) {
        LoyaltyAccountPage.open(driver, store);
        new Link(driver, store).follow();
        return new RewardsAccountPage(driver, store);
    }

    /** The spendable points the page states ("You can spend N points."). */
    public long spendable() {
        return Amounts.points(text(By.id("evg-rewards-spendable")));
    }

    /** The card of the reward called {@code name}. */
    private WebElement card(String name) {
        return driver.findElements(By.cssSelector("#evg-rewards-catalogue .evg-reward")).stream()
                .filter(c -> c.findElement(By.cssSelector(".evg-reward-name")).getText().trim().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no reward called " + name + " on the page"));
    }

    /** The points cost shown on the reward's card. */
    public long cost(String name) {
        return Amounts.points(card(name).findElement(By.cssSelector(".evg-reward-cost")).getText());
    }

    /** Clicks the reward's Claim button and returns the page the store shows next. */
    public RewardsAccountPage claim(String name) {
        String id = card(name).findElement(By.cssSelector("button.evg-reward-claim")).getAttribute("id");
        clickAndLeave(By.id(id));
        return new RewardsAccountPage(driver, store);
    }

    /** The confirmation after a claim; waits for it. */
    public String message() {
        return text(By.id("evg-rewards-message"));
    }

    /** The code of the newest claimed reward called {@code name}. */
    public String code(String name) {
        return driver.findElements(By.cssSelector("#evg-rewards-mine-table tr.evg-claim-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".evg-claim-reward")).getText().trim().equals(name)).findFirst()
                .map(r -> r.findElement(By.cssSelector(".evg-claim-code")).getText().trim())
                .orElseThrow(() -> new AssertionError("no claimed reward called " + name));
    }

    /** The status of the newest claimed reward called {@code name} (READY, USED, EXPIRED, REFUNDED). */
    public String status(String name) {
        return driver.findElements(By.cssSelector("#evg-rewards-mine-table tr.evg-claim-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".evg-claim-reward")).getText().trim().equals(name)).findFirst()
                .map(r -> r.getAttribute("data-status"))
                .orElseThrow(() -> new AssertionError("no claimed reward called " + name));
    }

    /** The link from the points page. */
    private static final class Link extends StorefrontPage {
        Link(WebDriver driver, DemoStore store) {
            super(driver, store);
            visible(By.id("evg-rewards-link"));
        }

        void follow() {
            clickAndLeave(By.id("evg-rewards-link"));
        }
    }
}
