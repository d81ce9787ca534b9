package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import javax.annotation.Resource;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.OfferRules;
import org.junit.jupiter.api.Test;

/** Redeeming points at checkout as a native Broadleaf discount: reserve, deduct, release, refuse bad input. */
@BroadleafIntegrationTest
class PointsRedemptionTest extends PointsTestBase {

    @Resource(name = "blOfferService")
    private OfferService offers;

    @Test
    void redeemedPointsBecomeANativeDiscountAndAreDeductedWhenTheOrderIsPlaced() throws Exception {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, product("40.00"), 1);
        BigDecimal totalBefore = store.orders().findOrderById(cart.getId()).getTotal().getAmount();

        RedemptionQuote q = redemption.quote(c.getId(), cart.getId());
        assertEquals(1000, q.getSpendable());
        assertEquals(1000, q.getMaximum(), "min(balance 1000, 50% of 40.00 = 2000 points)");

        PointsReservation r = redemption.apply(c.getId(), cart.getId(), "500");
        assertEquals(0, new BigDecimal("5.00").compareTo(r.getAmount()));
        Order discounted = store.orders().findOrderById(cart.getId());
        assertEquals(0, totalBefore.subtract(new BigDecimal("5.00")).compareTo(discounted.getTotal().getAmount()),
                "the total drops by 5.00");
        assertEquals(1, discounted.getAddedOfferCodes().size());
        OfferCode code = discounted.getAddedOfferCodes().get(0);
        assertEquals(r.getOfferCode(), code.getOfferCode());
        assertEquals("customer.id == " + c.getId(), OfferRules.matchRule(code.getOffer(), "CUSTOMER"));
        assertEquals(1000, ledger.balance(c.getId()).getAvailable(), "reserved, not yet deducted");
        assertEquals(500, redemption.quote(c.getId(), -1).getSpendable(), "reserved points cannot be spent elsewhere");

        Order placed = store.checkout(discounted);
        assertEquals(OrderStatus.SUBMITTED, placed.getStatus());
        assertEquals(500, ledger.balance(c.getId()).getAvailable());
        assertEquals(EntryType.REDEEM, ledger.findByEventKey("redeem:order:" + placed.getId()).getType());
        assertEquals(35, ledger.balance(c.getId()).getPending(), "the 35.00 paid earns, the 5.00 paid with points does not");
    }

    @Test
    void removingTheDiscountReleasesThePoints() {
        Customer c = customerWith(800);
        Order cart = cartWith(c, product("30.00"), 1);
        redemption.apply(c.getId(), cart.getId(), "300");
        assertTrue(redemption.remove(c.getId(), cart.getId()));
        assertEquals(0, store.orders().findOrderById(cart.getId()).getAddedOfferCodes().size());
        assertEquals(800, redemption.quote(c.getId(), cart.getId()).getSpendable());
        assertNull(redemption.quote(c.getId(), cart.getId()).getApplied());
        assertFalse(redemption.remove(c.getId(), cart.getId()), "nothing left to remove");
    }

    @Test
    void aFailingPaymentDeductsNothingAndReleasesTheReservation() throws Exception {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, product("60.00"), 1);
        redemption.apply(c.getId(), cart.getId(), "300");

        assertThrows(Exception.class, () -> store.checkout(cart, new BigDecimal("1.00")));

        assertEquals(1000, ledger.balance(c.getId()).getAvailable(), "nothing deducted");
        assertNull(redemption.quote(c.getId(), cart.getId()).getApplied(), "reservation released by the rollback");
        assertEquals(1000, redemption.quote(c.getId(), -1).getSpendable());

        Order placed = store.checkout(store.orders().findOrderById(cart.getId()));
        assertEquals(OrderStatus.SUBMITTED, placed.getStatus());
        assertEquals(700, ledger.balance(c.getId()).getAvailable(), "the retry re-reserved and deducted the points");
    }

    @Test
    void anAbandonedCartsReservationTimesOut() {
        Customer c = customerWith(500);
        Order cart = cartWith(c, product("20.00"), 1);
        redemption.apply(c.getId(), cart.getId(), "200");
        redemption.releaseExpired();
        assertNotNull(redemption.quote(c.getId(), cart.getId()).getApplied(), "not yet timed out");
        clock.advance(61 * 60 * 1000L);
        assertTrue(redemption.releaseExpired() >= 1);
        assertNull(redemption.quote(c.getId(), cart.getId()).getApplied(), "timed out and released");
        assertEquals(500, redemption.quote(c.getId(), -1).getSpendable());
        assertEquals(0, store.orders().findOrderById(cart.getId()).getAddedOfferCodes().size(), "discount removed");
    }

    @Test
    void aPointsCodeTakenOffTheCartElsewhereIsNotCharged() throws Exception {
        Customer c = customerWith(600);
        Order cart = cartWith(c, product("30.00"), 1);
        PointsReservation r = redemption.apply(c.getId(), cart.getId(), "200");
        Order withCode = store.orders().findOrderById(cart.getId());
        store.orders().removeOfferCode(withCode, withCode.getAddedOfferCodes().get(0), true);

        Order placed = store.checkout(store.orders().findOrderById(cart.getId()));

        assertEquals(OrderStatus.SUBMITTED, placed.getStatus());
        assertEquals(600, ledger.balance(c.getId()).getAvailable(), "no discount, no points spent");
        assertNull(ledger.findByEventKey("redeem:order:" + placed.getId()));
        assertEquals(600, redemption.quote(c.getId(), -1).getSpendable(), "the reservation " + r.getId() + " was released");
    }

    @Test
    void badRedemptionInputGetsAClearMessageAndChangesNothing() {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, product("10.00"), 1);
        assertRefused(c, cart, "", "evergreen.redeem.error.empty");
        assertRefused(c, cart, "-100", "evergreen.redeem.error.negative");
        assertRefused(c, cart, "0", "evergreen.redeem.error.negative");
        assertRefused(c, cart, "abc", "evergreen.redeem.error.notANumber");
        assertRefused(c, cart, "<script>", "evergreen.redeem.error.notANumber");
        assertRefused(c, cart, "150.5", "evergreen.redeem.error.fraction");
        assertRefused(c, cart, "150", "evergreen.redeem.error.step");
        assertRefused(c, cart, "2000", "evergreen.redeem.error.overBalance");
        assertRefused(c, cart, "600", "evergreen.redeem.error.overMaximum");
        assertRefused(c, cart, "99999999999999999999", "evergreen.redeem.error.overMaximum");

        Customer other = customerWith(1000);
        RedemptionException notYours = assertThrows(RedemptionException.class,
                () -> redemption.apply(other.getId(), cart.getId(), "100"));
        assertEquals("evergreen.redeem.error.notYourCart", notYours.getMessageKey());

        Customer poor = customerWith(50);
        Order poorCart = cartWith(poor, product("10.00"), 1);
        RedemptionException below = assertThrows(RedemptionException.class,
                () -> redemption.apply(poor.getId(), poorCart.getId(), "100"));
        assertEquals("evergreen.redeem.error.belowMinimum", below.getMessageKey());

        assertEquals(0, store.orders().findOrderById(cart.getId()).getAddedOfferCodes().size());
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());
        assertEquals(1000, redemption.quote(c.getId(), -1).getSpendable());
    }

    @Test
    void vouchersTurnFixedStepsOfPointsIntoAPersonalCode() {
        Customer c = customerWith(1200);
        PointsVoucher v = redemption.buyVoucher(c.getId(), 500);
        assertNotNull(v.getCode());
        assertEquals(0, new BigDecimal("5.00").compareTo(v.getAmount()));
        assertEquals(700, ledger.balance(c.getId()).getAvailable());
        assertEquals(1, redemption.vouchers(c.getId()).size());
        RedemptionException step = assertThrows(RedemptionException.class, () -> redemption.buyVoucher(c.getId(), 700));
        assertEquals("evergreen.voucher.error.step", step.getMessageKey());
        RedemptionException poor = assertThrows(RedemptionException.class, () -> redemption.buyVoucher(c.getId(), 1000));
        assertEquals("evergreen.redeem.error.overBalance", poor.getMessageKey());
        assertEquals(700, ledger.balance(c.getId()).getAvailable());
    }

    @Test
    void aVoucherTurnsUsedWhenAPlacedOrderUsedItsCode() throws Exception {
        Customer c = customerWith(1200);
        PointsVoucher v = redemption.buyVoucher(c.getId(), 500);
        assertFalse(redemption.vouchers(c.getId()).get(0).isUsed(), "a new voucher is ready to use");

        Order cart = cartWith(c, product("30.00"), 1);
        OfferCode code = offers.lookupOfferCodeByCode(v.getCode());
        assertNotNull(code, "the voucher is a Broadleaf offer code");
        Order placed = store.checkout(store.orders().addOfferCode(store.orders().findOrderById(cart.getId()), code, true));
        assertEquals(0, new BigDecimal("25.00").compareTo(placed.getTotal().getAmount()), "the voucher took 5.00 off");

        PointsVoucher used = redemption.vouchers(c.getId()).get(0);
        assertTrue(used.isUsed());
        assertEquals(placed.getId(), used.getUsedOrderId());
        assertNotNull(used.getUsedAt());
        assertFalse(redemption.markVoucherUsed(v.getCode(), placed.getId() + 1, new java.util.Date()), "used once only");
        assertEquals(placed.getId(), redemption.vouchers(c.getId()).get(0).getUsedOrderId(), "the first order stays recorded");
        assertFalse(redemption.markVoucherUsed("NO-SUCH-VOUCHER", placed.getId(), new java.util.Date()), "not a voucher code");
    }

    private void assertRefused(Customer c, Order cart, String input, String key) {
        RedemptionException e = assertThrows(RedemptionException.class, () -> redemption.apply(c.getId(), cart.getId(), input),
                "input '" + input + "'");
        assertEquals(key, e.getMessageKey(), "input '" + input + "': " + e.getMessage());
        assertFalse(e.getMessage().isEmpty());
    }
}
