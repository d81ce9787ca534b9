package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import javax.annotation.Resource;

import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A points discount is never had without its points: a points code works only on the cart it was reserved
 * for, every release retires it, and checkout looks at the codes actually on the order.
 */
@BroadleafIntegrationTest
class PointsCodeAbuseTest extends PointsTestBase {

    @Resource(name = "blOfferService")
    private OfferService offers;

    @Test
    void aCodeTakenOffWithTheStoresOwnPromoRemoveCannotDiscountTheNextCart() throws Exception {
        Customer c = customerWith(2000);
        Order first = cartWith(c, product("60.00"), 1);
        String code = redemption.apply(c.getId(), first.getId(), "2000").getOfferCode();
        Order withCode = store.orders().findOrderById(first.getId());
        store.orders().removeOfferCode(withCode, withCode.getAddedOfferCodes().get(0), true);
        store.checkout(store.orders().findOrderById(first.getId()));

        Order next = cartWith(c, product("60.00"), 1);
        BigDecimal fullPrice = store.orders().findOrderById(next.getId()).getTotal().getAmount();
        RedemptionException typed = assertThrows(RedemptionException.class, () -> redemption.checkCode(c.getId(), next.getId(), code));
        assertEquals("evergreen.redeem.error.codeNotForThisCart", typed.getMessageKey());
        Order placed = placeWithCodeIfAccepted(next, code);

        assertEquals(2000, ledger.balance(c.getId()).getAvailable(), "no points were spent");
        assertTrue(placed == null || placed.getTotal().getAmount().compareTo(fullPrice) == 0,
                "the retired code gives no discount: " + (placed == null ? null : placed.getTotal()));
    }

    @Test
    void aLiveCodeOfAnotherCartIsRefusedAtCheckoutWithAClearMessage() throws Exception {
        Customer c = customerWith(2000);
        Order first = cartWith(c, product("60.00"), 1);
        String code = redemption.apply(c.getId(), first.getId(), "1000").getOfferCode();
        Order second = cartWith(c, product("60.00"), 1);
        Order discounted = store.orders().addOfferCode(store.orders().findOrderById(second.getId()), offers.lookupOfferCodeByCode(code), true);
        assertEquals(0, new BigDecimal("50.00").compareTo(discounted.getTotal().getAmount()), "Broadleaf alone applies it");

        CheckoutException refused = assertThrows(CheckoutException.class, () -> store.checkout(discounted));
        RedemptionException why = causeOf(refused);
        assertEquals("evergreen.redeem.error.codeNotForThisCart", why.getMessageKey());
        assertEquals(OrderStatus.IN_PROCESS, store.orders().findOrderById(second.getId()).getStatus(), "not placed");
        assertNull(ledger.findByEventKey("redeem:order:" + second.getId()));
        assertEquals(2000, ledger.balance(c.getId()).getAvailable());

        Order own = store.checkout(store.orders().findOrderById(first.getId()));
        assertEquals(OrderStatus.SUBMITTED, own.getStatus(), "the code still works on its own cart");
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());
    }

    @Test
    void aConsumedCodeCannotBeUsedAgain() throws Exception {
        Customer c = customerWith(2000);
        Order first = cartWith(c, product("60.00"), 1);
        String code = redemption.apply(c.getId(), first.getId(), "1000").getOfferCode();
        store.checkout(store.orders().findOrderById(first.getId()));
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());

        Order next = cartWith(c, product("60.00"), 1);
        RedemptionException typed = assertThrows(RedemptionException.class, () -> redemption.checkCode(c.getId(), next.getId(), code));
        assertEquals("evergreen.redeem.error.codeNotForThisCart", typed.getMessageKey());
        placeWithCodeIfAccepted(next, code);
        assertEquals(1000, ledger.balance(c.getId()).getAvailable(), "nothing discounted without points");
    }

    @Test
    void anotherCustomersCodeIsRefused() {
        Customer owner = customerWith(2000);
        Order ownersCart = cartWith(owner, product("60.00"), 1);
        String code = redemption.apply(owner.getId(), ownersCart.getId(), "1000").getOfferCode();
        Customer thief = customerWith(0);
        Order thiefsCart = cartWith(thief, product("60.00"), 1);
        RedemptionException e = assertThrows(RedemptionException.class, () -> redemption.checkCode(thief.getId(), thiefsCart.getId(), code));
        assertEquals("evergreen.redeem.error.codeNotForThisCart", e.getMessageKey());
        redemption.checkCode(thief.getId(), thiefsCart.getId(), "SUMMER-SALE");
    }

    @Test
    void aVoucherCodeWorksOnceAndOnlyForItsOwner() throws Exception {
        Customer c = customerWith(1500);
        PointsVoucher v = redemption.buyVoucher(c.getId(), 500);
        OfferCode code = offers.lookupOfferCodeByCode(v.getCode());
        Order first = store.orders().addOfferCode(store.orders().findOrderById(cartWith(c, product("30.00"), 1).getId()), code, true);
        store.checkout(first);
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());

        Order second = cartWith(c, product("30.00"), 1);
        RedemptionException typed = assertThrows(RedemptionException.class, () -> redemption.checkCode(c.getId(), second.getId(), v.getCode()));
        assertEquals("evergreen.voucher.error.used", typed.getMessageKey());
        assertThrows(OfferMaxUseExceededException.class,
                () -> store.orders().addOfferCode(store.orders().findOrderById(second.getId()), code, true),
                "Broadleaf's offer audit refuses the same customer's second use as well");
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());

        Customer other = customerWith(0);
        RedemptionException notYours = assertThrows(RedemptionException.class,
                () -> redemption.checkCode(other.getId(), cartWith(other, product("30.00"), 1).getId(), v.getCode()));
        assertEquals("evergreen.voucher.error.notYours", notYours.getMessageKey());
    }

    @Test
    void everyReleaseRetiresTheCode() throws Exception {
        Customer c = customerWith(3000);
        Order a = cartWith(c, product("60.00"), 1);
        String removed = redemption.apply(c.getId(), a.getId(), "1000").getOfferCode();
        redemption.remove(c.getId(), a.getId());
        assertRetired(removed, "widget remove");

        String replaced = redemption.apply(c.getId(), a.getId(), "1000").getOfferCode();
        redemption.apply(c.getId(), a.getId(), "2000");
        assertRetired(replaced, "replaced by a new amount");

        Order b = cartWith(c, product("60.00"), 1);
        String storeRemoved = redemption.apply(c.getId(), b.getId(), "1000").getOfferCode();
        Order withCode = store.orders().findOrderById(b.getId());
        store.orders().removeOfferCode(withCode, offers.lookupOfferCodeByCode(storeRemoved), true);
        assertNull(redemption.quote(c.getId(), b.getId()).getApplied(), "the cart page notices the code is gone");
        assertRetired(storeRemoved, "the store's promo remove");

        Order d = cartWith(c, product("60.00"), 1);
        String timedOut = redemption.apply(c.getId(), d.getId(), "100").getOfferCode();
        store.orders().cancelOrder(store.orders().findOrderById(d.getId()));
        clock.advance(61 * 60 * 1000L);
        assertTrue(redemption.releaseExpired() >= 1);
        assertRetired(timedOut, "time-out of a deleted cart");
    }

    private void assertRetired(String code, String path) {
        OfferCode oc = offers.lookupOfferCodeByCode(code);
        assertNotNull(oc, path);
        assertNotNull(oc.getEndDate(), path);
        assertTrue(!oc.getEndDate().after(clock.now()), path + ": the code has ended");
        assertTrue(!oc.getOffer().getEndDate().after(clock.now()), path + ": its offer has ended");
    }

    /** Adds the code as the store's cart would and checks out; null when checkout refused the order. */
    private Order placeWithCodeIfAccepted(Order cart, String code) throws Exception {
        OfferCode oc = offers.lookupOfferCodeByCode(code);
        Order withCode;
        try {
            withCode = store.orders().addOfferCode(store.orders().findOrderById(cart.getId()), oc, true);
        } catch (Exception refusedByBroadleaf) {
            withCode = store.orders().findOrderById(cart.getId());
        }
        try {
            Order placed = store.checkout(withCode);
            BigDecimal discount = placed.getOrderAdjustmentsValue() == null ? BigDecimal.ZERO : placed.getOrderAdjustmentsValue().getAmount();
            if (discount.signum() > 0) {
                assertEquals(EntryType.REDEEM, ledger.findByEventKey("redeem:order:" + placed.getId()).getType(),
                        "a placed order with a points discount has its REDEEM");
            }
            return placed;
        } catch (CheckoutException refused) {
            causeOf(refused);
            return null;
        }
    }

    private static RedemptionException causeOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RedemptionException) {
                return (RedemptionException) c;
            }
        }
        throw new AssertionError("no RedemptionException in " + t, t);
    }
}
