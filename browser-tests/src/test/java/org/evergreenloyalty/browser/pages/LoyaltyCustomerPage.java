package org.evergreenloyalty.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * One customer's page under the admin's Loyalty &gt; Customers: balances, the orders with points (with
 * "make points available now"), the manual adjustment form and the points history.
 */
public final class LoyaltyCustomerPage extends Page {
    LoyaltyCustomerPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-customer"));
    }

    public String email() {
        return text(By.id("evg-customer-email"));
    }

    public long available() {
        return Amounts.points(text(By.id("evg-balance-available")));
    }

    public long pending() {
        return Amounts.points(text(By.id("evg-balance-pending")));
    }

    /** The points an order earned, from its row in "Orders with points". */
    public long earnedBy(String orderNumber) {
        return Amounts.points(orderRow(orderNumber).findElement(By.cssSelector(".evg-order-earned")).getText());
    }

    /** The state of an order's earned points ({@code PENDING}, {@code AVAILABLE}, {@code CANCELLED}). */
    public String pointsState(String orderNumber) {
        return orderRow(orderNumber).getAttribute("data-state");
    }

    /** Clicks "Make points available now" on an order's row; returns the page shown after it. */
    public LoyaltyCustomerPage makePointsAvailableNow(String orderNumber) {
        clickAndLeave(By.xpath(orderRowXpath(orderNumber) + "//button[contains(@class,'evg-mature')]"));
        return new LoyaltyCustomerPage(driver);
    }

    /** Records a manual adjustment (signed points, e.g. {@code +200}) with a reason; returns the page shown after it. */
    public LoyaltyCustomerPage adjust(String points, String reason) {
        type(By.id("evg-adjust-points"), points);
        type(By.id("evg-adjust-reason"), reason);
        clickAndLeave(By.id("evg-adjust-submit"));
        return new LoyaltyCustomerPage(driver);
    }

    /** The green notice after an action; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }

    private WebElement orderRow(String orderNumber) {
        return visible(By.xpath(orderRowXpath(orderNumber)));
    }

    private static String orderRowXpath(String orderNumber) {
        return "//table[@id='evg-orders']//tr[contains(@class,'evg-order')][td[contains(@class,'evg-order-label') and normalize-space(.)='"
                + orderNumber + "']]";
    }
}
