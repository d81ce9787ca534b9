package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.Optional;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The signed-in shopper's order history ({@code /account/orders}). */
public final class OrderHistoryPage extends StorefrontPage {
    private OrderHistoryPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("account-nav-orders"));
    }

    /** Opens the order history through the account menu. */
    public static OrderHistoryPage openFromAccount(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/account"));
        OrderHistoryPage account = new OrderHistoryPage(driver, store);
        account.clickAndLeave(By.id("account-nav-orders"));
        return new OrderHistoryPage(driver, store);
    }

    /** The row of an order, if the history lists it. */
    public Optional<OrderRow> order(String orderNumber) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#orders-table tr.order-row"));
        return rows.stream()
                .filter(r -> orderNumber.equals(r.getAttribute("data-order-number")))
                .findFirst()
                .map(r -> new OrderRow(
                        r.findElement(By.cssSelector(".order-number")).getText().trim(),
                        r.findElement(By.cssSelector(".order-status")).getText().trim(),
                        r.findElement(By.cssSelector(".order-total")).getText().trim()));
    }

    /** What the order history shows of one order. */
    public record OrderRow(String number, String status, String total) {
    }
}
