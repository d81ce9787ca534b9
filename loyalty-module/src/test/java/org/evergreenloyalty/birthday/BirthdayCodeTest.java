package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.birthday.BirthdayCartCodeGuard;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;

/**
 * The birthday code in real Broadleaf carts: it works for its owner once, and Broadleaf's silent
 * treatment of a foreign, used, expired or too-small-cart code gets a clear message from the guard.
 */
@BroadleafIntegrationTest
class BirthdayCodeTest extends BirthdayTestBase {

    @Resource(name = "blOfferService")
    OfferService offerService;
    @Resource(name = "evgBirthdayCodeGuard")
    BirthdayCartCodeGuard guard;
    @javax.persistence.PersistenceContext(unitName = "blPU")
    javax.persistence.EntityManager em;

    private Product product(String price) {
        return store.product("Birthday product " + TestIds.unique("p"), price, null);
    }

    private RewardView issued(Customer c) {
        assertEquals(IssueOutcome.Kind.ISSUED, issue(c.getId()).getKind());
        return rewards.currentReward(c.getId());
    }

    private Order addCode(Order cart, String code) throws Exception {
        OfferCode oc = offerService.lookupOfferCodeByCode(code);
        assertNotNull(oc, code);
        return store.orders().addOfferCode(store.orders().findOrderById(cart.getId()), oc, true);
    }

    private static BigDecimal total(Order o) {
        return o.getTotal().getAmount();
    }

    @Test
    void theOwnerGetsTheDiscountOnceAndTheRewardTurnsUsed() throws Exception {
        Customer c = customerWithBirthday(0, 60);
        RewardView r = issued(c);
        Order cart = store.add(store.cart(c), product("40.00"), 1);
        BigDecimal before = total(store.orders().findOrderById(cart.getId()));

        assertEquals(CodeCheck.Verdict.OK, guard.check(cart, r.getCode()).getVerdict());
        assertFalse(guard.check(cart, " " + r.getCode().toLowerCase() + " ").isRefused(), "case and blanks do not matter");
        Order discounted = addCode(cart, r.getCode());
        assertEquals(0, before.subtract(new BigDecimal("4.00")).compareTo(total(discounted)), "10% of 40.00 off");

        Order placed = store.checkout(discounted);
        assertEquals(OrderStatus.SUBMITTED, placed.getStatus());
        RewardView used = rewards.currentReward(c.getId());
        assertEquals(RewardStatus.USED, used.getStatus());
        assertEquals(placed.getId(), used.getUsedOrderId());

        Order second = store.add(store.cart(c), product("30.00"), 1);
        CodeCheck again = guard.check(second, r.getCode());
        assertEquals(CodeCheck.Verdict.USED, again.getVerdict());
        assertEquals("This birthday code has already been used on an order.", guard.message(again, Locale.ENGLISH));
        assertEquals("Dieser Geburtstagscode wurde bereits f\u00fcr eine Bestellung verwendet.", guard.message(again, Locale.GERMAN));
        assertThrows(OfferMaxUseExceededException.class, () -> addCode(second, r.getCode()), "Broadleaf refuses a second use too");
    }

    @Test
    void aUseTheCheckoutHookMissedIsFoundInBroadleafsOfferAuditBeforeTheCodeCountsAsExpired() throws Exception {
        Customer c = customerWithBirthday(0, 60);
        RewardView r = issued(c);
        Order placed = store.checkout(addCode(store.add(store.cart(c), product("40.00"), 1), r.getCode()));
        // as if the order had been placed while the module's checkout hook was not installed
        new org.springframework.transaction.support.TransactionTemplate(txm).execute(s -> em.createQuery(
                "update BirthdayReward r set r.usedAt = null, r.usedOrderId = null where r.customerId = :c")
                .setParameter("c", c.getId()).executeUpdate());
        assertEquals(RewardStatus.ISSUED, rewards.currentReward(c.getId()).getStatus());

        clock.advance(31 * DAY);
        assertEquals(RewardStatus.EXPIRED, rewards.currentReward(c.getId()).getStatus(), "looks expired");
        assertTrue(rewards.reconcileUsage(1000) >= 1);
        RewardView found = rewards.currentReward(c.getId());
        assertEquals(RewardStatus.USED, found.getStatus(), "it was used after all");
        assertEquals(placed.getId(), found.getUsedOrderId());
    }

    @Test
    void anotherCustomersCartGetsNoDiscountAndAClearMessage() throws Exception {
        Customer owner = customerWithBirthday(0, 60);
        RewardView r = issued(owner);
        Customer other = customer();
        Order cart = store.add(store.cart(other), product("40.00"), 1);
        BigDecimal before = total(store.orders().findOrderById(cart.getId()));

        CodeCheck check = guard.check(cart, r.getCode());
        assertEquals(CodeCheck.Verdict.NOT_YOURS, check.getVerdict());
        assertTrue(check.isRefused());
        assertEquals("This birthday code belongs to another customer account. Sign in with the account it was sent to.",
                guard.message(check, Locale.ENGLISH));
        assertTrue(guard.message(check, Locale.GERMAN).startsWith("Dieser Geburtstagscode geh\u00f6rt zu einem anderen Kundenkonto"));

        // what Broadleaf alone does: takes the code without a word and gives no discount
        Order withCode = addCode(cart, r.getCode());
        assertEquals(0, before.compareTo(total(withCode)), "no discount for someone else's code");
        assertTrue(withCode.getOrderAdjustments().isEmpty());
        assertEquals(RewardStatus.ISSUED, rewards.currentReward(owner.getId()).getStatus(), "still the owner's");
        assertEquals(CodeCheck.Verdict.NOT_YOURS, rewards.checkCode(r.getCode(), null, null).getVerdict(), "signed out");
    }

    @Test
    void anExpiredCodeGetsNoDiscountAndSaysUntilWhenItWasValid() throws Exception {
        Customer c = customer();
        java.time.LocalDate longAgo = today().minusDays(40);
        enterBirthday(c.getId(), longAgo, 100);
        clock.advance(-40 * DAY);
        RewardView r;
        try {
            r = issued(c);
        } finally {
            clock.reset();
        }
        assertEquals(longAgo.plusDays(29), r.getLastValidDay());
        assertEquals(RewardStatus.EXPIRED, rewards.currentReward(c.getId()).getStatus());

        Order cart = store.add(store.cart(c), product("40.00"), 1);
        BigDecimal before = total(store.orders().findOrderById(cart.getId()));
        CodeCheck check = guard.check(cart, r.getCode());
        assertEquals(CodeCheck.Verdict.EXPIRED, check.getVerdict());
        assertEquals("This birthday code has expired: it could be used until "
                + RewardTexts.longDate(r.getLastValidDay(), Locale.ENGLISH) + ".", guard.message(check, Locale.ENGLISH));
        assertTrue(guard.message(check, Locale.GERMAN).contains(RewardTexts.longDate(r.getLastValidDay(), Locale.GERMAN)));

        Order withCode;
        try {
            withCode = addCode(cart, r.getCode());
        } catch (Exception e) { // Broadleaf 6 refuses to add it at all (OfferExpiredException, a class 3.1 does not have)
            assertEquals("OfferExpiredException", e.getClass().getSimpleName(), "refused as expired: " + e);
            withCode = store.orders().findOrderById(cart.getId());
        }
        assertEquals(0, before.compareTo(total(withCode)), "Broadleaf gives no discount after the end date");
        assertTrue(withCode.getAddedOfferCodes().isEmpty(), "and drops the code (3.1 silently when pricing, 6 when adding)");
    }

    @Test
    void aMinimumOrderIsCheckedAtTheCartAndByBroadleaf() throws Exception {
        settings(s -> {
            s.setDiscountKind(DiscountKind.AMOUNT);
            s.setDiscountValue(new BigDecimal("5.00"));
            s.setMinimumSubtotal(new BigDecimal("50.00"));
        });
        Customer c = customerWithBirthday(0, 60);
        RewardView r = issued(c);
        Order cart = store.add(store.cart(c), product("20.00"), 1);

        CodeCheck small = guard.check(cart, r.getCode());
        assertEquals(CodeCheck.Verdict.BELOW_MINIMUM, small.getVerdict());
        assertEquals("This birthday code needs an order of at least $50.00.", guard.message(small, Locale.US));
        Order tooSmall = addCode(cart, r.getCode());
        assertTrue(tooSmall.getOrderAdjustments().isEmpty(), "no discount below the minimum");

        Order bigger = store.add(store.orders().findOrderById(cart.getId()), product("40.00"), 1);
        assertEquals(CodeCheck.Verdict.OK, guard.check(bigger, r.getCode()).getVerdict());
        assertEquals(1, bigger.getOrderAdjustments().size(), "60.00 qualifies");
        assertEquals(0, new BigDecimal("5.00").compareTo(bigger.getOrderAdjustmentsValue().getAmount()));
    }

    @Test
    void otherCodesAreLeftToTheStore() {
        assertEquals(CodeCheck.Verdict.NOT_BIRTHDAY_CODE, rewards.checkCode("SUMMER10", 1L, null).getVerdict());
        assertFalse(rewards.checkCode("", 1L, null).isRefused());
        assertFalse(rewards.checkCode(null, null, null).isRefused());
        assertFalse(rewards.checkCode("X" + new String(new char[100]).replace('\0', 'Y'), 1L, null).isRefused());
        assertFalse(rewards.markUsed("SUMMER10", 1L, clock.now()));
    }
}
