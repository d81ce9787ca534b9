package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.CartPage;
import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage.HistoryRow;
import org.evergreenloyalty.browser.pages.LoyaltyCustomerPage;
import org.evergreenloyalty.browser.pages.LoyaltyCustomersPage;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The loyalty points journey in the real demo store, with the demo's default points rules (1 point per
 * 1.00 of the item subtotal, 30 days pending, 100 points = 1.00, steps of 100, at most 50% of the items):
 * a newly registered shopper buys a product and sees its points pending; the administrator makes them
 * available at once and adds a goodwill adjustment; the shopper sees the new balance and history, refuses
 * bad input in the cart's points widget, pays part of a second order with points and sees them spent.
 */
@BrowserTest
class PointsJourneyTest {
    /** Priced with cents (12.50), so the earned points show the rounding down. */
    private static final String FIRST_PRODUCT = "/tea-coffee/sencha-green-tea";
    /** 29.00: half of it (the most points may pay) is well above the points used. */
    private static final String SECOND_PRODUCT = "/garden/watering-can";
    private static final long GOODWILL_POINTS = 200;
    private static final String GOODWILL_REASON = "Goodwill";
    private static final long POINTS_TO_USE = 200;
    private static final BigDecimal POINTS_PER_CURRENCY_UNIT = new BigDecimal(100);

    @Test
    void shopperEarnsAdminReleasesAndAdjustsShopperSpends(DemoStore store, WebDriver driver) {
        String email = "points-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Petra", "Points", email, "Password1!").submitExpectingSuccess();

        // 1. First order: its points are pending, nothing is available yet.
        ConfirmationPage firstOrder = ProductPage.open(driver, store, FIRST_PRODUCT).addToCart()
                .checkOut()
                .shipTo("Petra", "Points", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Petra Points");
        String orderNumber = firstOrder.orderNumber();
        BigDecimal itemSubtotal = firstOrder.subtotal();
        long earned = itemSubtotal.setScale(0, RoundingMode.FLOOR).longValueExact();
        assertTrue(earned > 0 && itemSubtotal.compareTo(BigDecimal.valueOf(earned)) > 0,
                "the first product's price has cents, so the points are rounded down: " + itemSubtotal);

        LoyaltyAccountPage account = LoyaltyAccountPage.openFromAccount(driver, store);
        assertEquals(0, account.available(), "nothing is available before the pending period ends");
        assertEquals(earned, account.pending(), "1 point per 1.00 of the item subtotal " + itemSubtotal + ", rounded down");
        List<HistoryRow> history = account.history();
        assertEquals(1, history.size(), "one line, the order's points: " + history);
        assertEquals("EARN", history.get(0).type());
        assertEquals(earned, history.get(0).points());
        assertTrue(history.get(0).pendingOnly(), "the earned line is marked pending: " + history.get(0));

        // 2. The administrator makes the order's points available now and adds a goodwill adjustment.
        LoyaltyCustomersPage search = AdminLoginPage.open(driver, store)
                .signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD)
                .loyaltyCustomers();
        assertEquals(List.of(email), search.search(email), "the search finds exactly the new customer");
        LoyaltyCustomerPage customer = search.open(email);
        assertEquals(email, customer.email());
        assertEquals(earned, customer.pending());
        assertEquals(earned, customer.earnedBy(orderNumber), "the admin lists what order " + orderNumber + " earned");
        assertEquals("PENDING", customer.pointsState(orderNumber));

        customer = customer.makePointsAvailableNow(orderNumber);
        assertTrue(customer.notice().contains(orderNumber), "the notice names the order: " + customer.notice());
        assertEquals("AVAILABLE", customer.pointsState(orderNumber));
        assertEquals(earned, customer.available());
        assertEquals(0, customer.pending());

        customer = customer.adjust("+" + GOODWILL_POINTS, GOODWILL_REASON);
        long balance = earned + GOODWILL_POINTS;
        assertTrue(customer.notice().contains(String.valueOf(balance)), "the notice gives the new balance: " + customer.notice());
        assertEquals(balance, customer.available());

        // 3. The shopper loads the points page again: the new balance and both admin actions in the history.
        account = LoyaltyAccountPage.open(driver, store);
        assertEquals(balance, account.available(), "order points made available plus the goodwill points");
        assertEquals(0, account.pending());
        history = account.history();
        assertEquals(List.of("ADJUST", "MATURE", "EARN"), history.stream().map(HistoryRow::type).toList(),
                "newest first: " + history);
        HistoryRow adjustment = history.get(0);
        assertEquals(GOODWILL_REASON, adjustment.reason(), "the shopper sees the administrator's reason");
        assertEquals(GOODWILL_POINTS, adjustment.points());
        assertEquals(balance, adjustment.balanceAfter());
        HistoryRow matured = history.get(1);
        assertEquals(earned, matured.points());
        assertFalse(matured.pendingOnly(), "the matured points are available: " + matured);
        assertEquals(earned, matured.balanceAfter());

        // 4. Second order: bad input in the cart's points widget changes nothing.
        CartPage cart = ProductPage.open(driver, store, SECOND_PRODUCT).addToCart();
        BigDecimal totalBefore = cart.total();
        assertTrue(cart.canRedeemPoints(), "the widget offers points on the cart");
        assertTrue(cart.redeemFieldMaximum() >= POINTS_TO_USE && POINTS_TO_USE <= balance,
                "the points to use are within the limits: field maximum " + cart.redeemFieldMaximum() + ", balance " + balance);

        // Chrome drops letters typed into the number field, so "abc" reaches the store as an empty field.
        cart = cart.redeemPoints("abc");
        assertEquals("Enter how many points to use.", cart.redeemError());
        assertUnchanged(cart, totalBefore);

        // More points than the shopper has: the field's own limit stops the browser from sending the form.
        long overBalance = (balance / 100 + 1) * 100;
        String refusal = cart.redeemPointsRefusedByBrowser(String.valueOf(overBalance));
        assertTrue(refusal.contains(String.valueOf(cart.redeemFieldMaximum())),
                "the browser says the most the field takes: " + refusal);
        assertUnchanged(cart, totalBefore);
        assertUnchanged(CartPage.open(driver, store), totalBefore);

        // 5. N points take exactly N/100 off the total; the order is placed with them.
        cart = CartPage.open(driver, store).redeemPoints(String.valueOf(POINTS_TO_USE));
        BigDecimal worth = BigDecimal.valueOf(POINTS_TO_USE).divide(POINTS_PER_CURRENCY_UNIT, 2, RoundingMode.UNNECESSARY);
        assertFalse(cart.hasRedeemError(), "no error after a valid amount");
        assertTrue(cart.redeemMessage().contains(String.valueOf(POINTS_TO_USE)), "the widget confirms: " + cart.redeemMessage());
        assertTrue(cart.pointsApplied(), "the widget shows the applied points");
        assertEquals(totalBefore.subtract(worth), cart.total(), "the total drops by exactly " + worth);
        assertEquals(worth.negate(), cart.discount(), "the discount line shows the points' worth");

        ConfirmationPage secondOrder = cart.checkOut()
                .shipTo("Petra", "Points", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Petra Points");
        String secondNumber = secondOrder.orderNumber();
        assertEquals(worth.negate(), secondOrder.discount(), "the placed order keeps the points discount");

        // 6. The points page shows the points spent and the reduced balance.
        account = LoyaltyAccountPage.openFromAccount(driver, store);
        long afterRedeem = balance - POINTS_TO_USE;
        assertEquals(afterRedeem, account.available(), "the balance is reduced by the points used");
        List<HistoryRow> finalHistory = account.history();
        HistoryRow redeemed = finalHistory.stream().filter(isType("REDEEM")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for the points spent: " + finalHistory));
        assertEquals(-POINTS_TO_USE, redeemed.points());
        assertEquals(afterRedeem, redeemed.balanceAfter());
        assertTrue(redeemed.reason().contains(secondNumber), "the line names the order " + secondNumber + ": " + redeemed);
    }

    private static void assertUnchanged(CartPage cart, BigDecimal totalBefore) {
        assertEquals(totalBefore, cart.total(), "the total is unchanged");
        assertFalse(cart.pointsApplied(), "no points are on the cart");
        assertEquals(BigDecimal.ZERO, cart.discount(), "no discount line");
    }

    private static Predicate<HistoryRow> isType(String type) {
        return row -> type.equals(row.type());
    }
}
