package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evergreenloyalty.browser.pages.AdminListPage;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.CartPage;
import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.HomePage;
import org.evergreenloyalty.browser.pages.OrderHistoryPage;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The foundation's end-to-end journey: a sample customer signs in, buys a product with the test
 * payment, finds the order in their order history, and an administrator finds the same order in the
 * admin console.
 */
@BrowserTest
class CheckoutJourneyTest {

    @Test
    void customerBuysAProductAndTheAdminFindsTheOrder(DemoStore store, WebDriver driver) {
        HomePage home = HomePage.open(driver, store).goToSignIn()
                .signInAs(SampleAccounts.CUSTOMER_EMAIL, SampleAccounts.CUSTOMER_PASSWORD);
        assertEquals("Hi, " + SampleAccounts.CUSTOMER_FIRST_NAME, home.greeting());

        ProductPage product = home.openFirstFeaturedProduct();
        String productName = product.productName();
        CartPage cart = product.addToCart();
        assertTrue(cart.itemNames().contains(productName), "the cart lists " + cart.itemNames());

        ConfirmationPage confirmation = cart.checkOut()
                .shipTo("Alice", "Example", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Alice Example");
        String orderNumber = confirmation.orderNumber();
        assertFalse(orderNumber.isEmpty(), "the confirmation shows an order number");
        assertTrue(confirmation.lines().contains(productName), "the confirmation lists " + productName);

        OrderHistoryPage.OrderRow row = OrderHistoryPage.openFromAccount(driver, store).order(orderNumber)
                .orElseThrow(() -> new AssertionError("order " + orderNumber + " is not in the order history"));
        assertEquals("Submitted", row.status());

        AdminListPage orders = AdminLoginPage.open(driver, store)
                .signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD)
                .orders();
        assertEquals(List.of(orderNumber), orders.search(orderNumber), "the admin's order search finds exactly that order");
        assertEquals("Submitted", orders.cell(orderNumber, "status"), "the admin shows the order as submitted");
    }
}
