package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.web.RedeemWidgetProcessor;
import org.evergreenloyalty.points.PointsReservation;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * The cart widget's actions on the real store: points become a discount on the signed-in shopper's own cart;
 * bad input, a tampered cart id and anonymous requests change nothing and say why.
 */
@BroadleafIntegrationTest
class RedeemControllerTest extends StorefrontTestBase {

    private RedeemController controller() {
        return new RedeemController(redemption, shopper, messages);
    }

    private BigDecimal total(Order cart) {
        return store.orders().findOrderById(cart.getId()).getTotal().getAmount();
    }

    private Map<String, ?> apply(Customer c, Order cart, String points, Locale locale, String... params) {
        MockHttpServletRequest request = request(c, cart, locale);
        for (int i = 0; i < params.length; i += 2) {
            request.addParameter(params[i], params[i + 1]);
        }
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/cart", controller().apply(points, "/cart", request, flash));
        return flash.getFlashAttributes();
    }

    @Test
    void pointsBecomeADiscountOnTheShoppersCart() {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, product("40.00"), 1);
        BigDecimal before = total(cart);

        Map<String, ?> flash = apply(c, cart, "500", Locale.ENGLISH);
        assertEquals("500 points applied: $5.00 off your order.", flash.get(RedeemController.MESSAGE));
        assertNull(flash.get(RedeemController.ERROR));
        assertEquals(0, before.subtract(new BigDecimal("5.00")).compareTo(total(cart)), "the cart total dropped by 5.00");
        PointsReservation applied = redemption.quote(c.getId(), cart.getId()).getApplied();
        assertNotNull(applied);
        assertEquals(500, applied.getPoints());

        // the widget on the page the shopper comes back to
        MockHttpServletRequest back = request(c, store.orders().findOrderById(cart.getId()), Locale.ENGLISH);
        FlashMap input = new FlashMap();
        input.put(RedeemController.MESSAGE, flash.get(RedeemController.MESSAGE));
        back.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, input);
        RedeemWidget w = new RedeemWidgetProcessor(loyalty, shopper).widget(back, Locale.ENGLISH);
        assertTrue(w.isVisible());
        assertTrue(w.isApplied());
        assertEquals(500, w.getInitialPoints());
        assertEquals(1000, w.getSpendable());
        assertEquals(1000, w.getMaximum(), "min(1000 points, 50% of 40.00 = 2000)");
        assertEquals("$10.00", w.formattedValue(w.getSpendable()));
        assertEquals("500 points applied: $5.00 off your order.", w.getMessage());
        assertEquals("/cart", w.getReturnTo());

        // and off again
        RedirectAttributesModelMap removed = new RedirectAttributesModelMap();
        controller().remove("/cart", request(c, cart, Locale.ENGLISH), removed);
        assertEquals("The points discount was removed; your points are free to use again.",
                removed.getFlashAttributes().get(RedeemController.MESSAGE));
        assertNull(redemption.quote(c.getId(), cart.getId()).getApplied());
        assertEquals(0, before.compareTo(total(cart)));
    }

    @Test
    void badInputSaysWhyAndChangesNothing() {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, product("40.00"), 1);
        BigDecimal before = total(cart);
        String[][] cases = {
            {"", "Enter how many points to use."},
            {"   ", "Enter how many points to use."},
            {"abc", "Enter the number of points in digits, for example 500."},
            {"-100", "Enter a positive number of points."},
            {"0", "Enter a positive number of points."},
            {"1.5", "Points are whole numbers: enter a number without decimals."},
            {"150", "Points are used in steps of 100: choose a multiple of 100."},
            {"1100", "You have only 1,000 points available."},
            {"99999999999999", "That is more points than can be used on this order."},
        };
        for (String[] bad : cases) {
            Map<String, ?> flash = apply(c, cart, bad[0], Locale.ENGLISH);
            assertEquals(bad[1], flash.get(RedeemController.ERROR), "input '" + bad[0] + "'");
            assertNull(flash.get(RedeemController.MESSAGE));
        }
        assertNull(redemption.quote(c.getId(), cart.getId()).getApplied(), "nothing reserved");
        assertEquals(0, before.compareTo(total(cart)), "no discount");
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());

        Map<String, ?> german = apply(c, cart, "150", Locale.GERMAN);
        assertEquals("Punkte werden in Schritten von 100 eingel\u00f6st: W\u00e4hlen Sie ein Vielfaches von 100.",
                german.get(RedeemController.ERROR));
    }

    @Test
    void theCartsShareAndTheMinimumBalanceAreEnforced() {
        Customer rich = customerWith(5000);
        Order small = cartWith(rich, product("10.00"), 1);
        assertEquals("At most 500 points can be used on this order.",
                apply(rich, small, "600", Locale.ENGLISH).get(RedeemController.ERROR), "50% of 10.00");

        Customer poor = customerWith(50);
        Order cart = cartWith(poor, product("40.00"), 1);
        assertEquals("You need at least 100 points to pay with points.",
                apply(poor, cart, "100", Locale.ENGLISH).get(RedeemController.ERROR));
        RedeemWidget w = new RedeemWidgetProcessor(loyalty, shopper).widget(request(poor, cart, Locale.ENGLISH), Locale.ENGLISH);
        assertTrue(w.isVisible());
        assertTrue(w.isBelowMinimum(), "the widget explains the minimum");
        assertFalse(w.isRedeemable());
        assertEquals(100, w.getMinimumBalance());
    }

    @Test
    void aTamperedCartIdChangesNothingButTheShoppersOwnCart() {
        Customer me = customerWith(1000);
        Order mine = cartWith(me, product("40.00"), 1);
        Customer other = customerWith(1000);
        Order theirs = cartWith(other, product("40.00"), 1);
        BigDecimal theirTotal = total(theirs);

        Map<String, ?> flash = apply(me, mine, "300", Locale.ENGLISH,
                "cartId", String.valueOf(theirs.getId()), "orderId", String.valueOf(theirs.getId()),
                "customerId", String.valueOf(other.getId()));
        assertEquals("300 points applied: $3.00 off your order.", flash.get(RedeemController.MESSAGE));
        assertEquals(300, redemption.quote(me.getId(), mine.getId()).getApplied().getPoints(), "my own cart got it");
        assertNull(redemption.quote(other.getId(), theirs.getId()).getApplied(), "their cart did not");
        assertEquals(0, theirTotal.compareTo(total(theirs)));
        assertTrue(store.orders().findOrderById(theirs.getId()).getAddedOfferCodes().isEmpty());
        assertEquals(1000, ledger.balance(other.getId()).getAvailable());
    }

    @Test
    void someoneElsesCartInTheSessionIsRefused() {
        Customer me = customerWith(1000);
        Customer other = customerWith(1000);
        Order theirs = cartWith(other, product("40.00"), 1);
        assertEquals("Points can only be used on your own cart.",
                apply(me, theirs, "300", Locale.ENGLISH).get(RedeemController.ERROR));
        assertNull(redemption.quote(other.getId(), theirs.getId()).getApplied());
        assertEquals(1000, redemption.quote(me.getId(), -1).getSpendable(), "none of my points are held");
    }

    @Test
    void anAnonymousShopperCannotRedeemAndSeesNoWidget() {
        Customer owner = customerWith(1000);
        Order cart = cartWith(owner, product("40.00"), 1);
        BigDecimal before = total(cart);

        Map<String, ?> flash = apply(null, cart, "300", Locale.ENGLISH);
        assertEquals("Please sign in to use your points.", flash.get(RedeemController.ERROR));
        RedirectAttributesModelMap removed = new RedirectAttributesModelMap();
        controller().remove("/cart", request(null, cart, Locale.ENGLISH), removed);
        assertEquals("Please sign in to use your points.", removed.getFlashAttributes().get(RedeemController.ERROR));
        assertNull(redemption.quote(owner.getId(), cart.getId()).getApplied());
        assertEquals(0, before.compareTo(total(cart)));

        RedeemWidget w = new RedeemWidgetProcessor(loyalty, shopper).widget(request(null, cart, Locale.ENGLISH), Locale.ENGLISH);
        assertFalse(w.isVisible());
        assertNull(shopper.customerId());
    }

    @Test
    void withoutACartTheWidgetIsHiddenAndApplyingSaysSo() {
        Customer c = customerWith(1000);
        assertEquals("Your cart is empty. Add something before using points.",
                apply(c, null, "300", Locale.ENGLISH).get(RedeemController.ERROR));
        assertFalse(new RedeemWidgetProcessor(loyalty, shopper).widget(request(c, null, Locale.ENGLISH), Locale.ENGLISH).isVisible());
    }
}
