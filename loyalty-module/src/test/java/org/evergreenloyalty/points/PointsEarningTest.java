package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.checkout.BroadleafOrderTranslator;
import org.evergreenloyalty.ledger.AccountBalance;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;

/** Earning on real checkouts, the pending period, reversal on cancel and on partial returns. */
@BroadleafIntegrationTest
class PointsEarningTest extends PointsTestBase {

    @Resource(name = "evgPointsMaturationService")
    PointsMaturationService maturation;
    @Resource(name = "evgPointsReversalService")
    PointsReversalService reversal;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orderCompletion;
    @Resource(name = "evgOrderTranslator")
    BroadleafOrderTranslator translator;

    @Test
    void aCheckoutEarnsPendingPointsOnTheItemSubtotal() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, product("24.99"), 2);

        AccountBalance b = ledger.balance(c.getId());
        assertEquals(49, b.getPending(), "49.98 earns 49 points, rounded down");
        assertEquals(0, b.getAvailable());
        assertEquals(49, b.getLifetimeEarned());
        LedgerEntry earn = ledger.findByEventKey("earn:order:" + order.getId());
        assertEquals(EntryType.EARN, earn.getType());
        assertEquals(String.valueOf(order.getId()), earn.getSourceId());
    }

    @Test
    void theSameOrderDeliveredTwiceEarnsOnce() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, product("10.00"), 3);
        assertFalse(orderCompletion.process(translator.translate(store.orders().findOrderById(order.getId()))));
        assertEquals(30, ledger.balance(c.getId()).getPending());
        assertEquals(1, ledger.historySize(c.getId()));
    }

    @Test
    void excludedProductsAndCategoriesEarnNothing() throws Exception {
        final Category excludedCategory = store.category("Gift cards");
        final Product giftCard = store.product("Gift card", "50.00", excludedCategory);
        final Product excluded = product("20.00");
        settings(s -> {
            s.setExcludedCategoryIds(String.valueOf(excludedCategory.getId()));
            s.setExcludedProductIds(String.valueOf(excluded.getId()));
        });
        Customer c = store.customer();
        Order cart = cartWith(c, giftCard, 1);
        cart = store.add(cart, excluded, 1);
        cart = store.add(cart, product("15.00"), 1);
        store.checkout(cart);
        assertEquals(15, ledger.balance(c.getId()).getPending());
    }

    @Test
    void pendingPointsBecomeAvailableAfterThePeriodAndTheShopperIsTold() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, product("40.00"), 1);
        assertEquals(0, maturation.matureDue(), "nothing is due before 30 days");
        clock.advance(31 * DAY);
        assertTrue(maturation.matureDue() >= 1);

        AccountBalance b = ledger.balance(c.getId());
        assertEquals(0, b.getPending());
        assertEquals(40, b.getAvailable());
        assertFalse(maturation.mature(order.getId()), "maturing twice does nothing");
        assertEquals(40, ledger.balance(c.getId()).getAvailable());

        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, 10_000);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains("40 points"), mails.get(0).getSubject());
    }

    @Test
    void withNoPendingPeriodPointsAreAvailableAtOnce() throws Exception {
        settings(s -> s.setPendingDays(0));
        Customer c = store.customer();
        store.buy(c, product("12.00"), 1);
        assertEquals(12, ledger.balance(c.getId()).getAvailable());
        assertEquals(0, ledger.balance(c.getId()).getPending());
    }

    @Test
    void cancellingAnOrderReversesItsPointsOnce() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, product("30.00"), 1);
        assertEquals(30, ledger.balance(c.getId()).getPending());

        cancel(order);
        assertEquals(0, ledger.balance(c.getId()).getPending());
        assertEquals(0, ledger.balance(c.getId()).getLifetimeEarned());
        cancel(order);
        assertFalse(reversal.reverseCancelledOrder(order.getId()), "a second cancel reverses nothing");
        assertEquals(2, ledger.historySize(c.getId()));
    }

    @Test
    void cancellingAfterThePointsWereSpentLeavesANegativeBalance() throws Exception {
        settings(s -> s.setPendingDays(0));
        Customer c = store.customer();
        Order first = store.buy(c, product("300.00"), 1);
        assertEquals(300, ledger.balance(c.getId()).getAvailable());
        Order second = cartWith(c, product("50.00"), 1);
        redemption.apply(c.getId(), second.getId(), "200");
        store.checkout(second);
        assertEquals(300 - 200 + 48, ledger.balance(c.getId()).getAvailable(), "the 2.00 points discount earns nothing");

        cancel(first);
        assertEquals(148 - 300, ledger.balance(c.getId()).getAvailable(), "spent points are still taken back");
        store.buy(c, product("200.00"), 1);
        assertEquals(48, ledger.balance(c.getId()).getAvailable(), "later earnings repay the debt");
    }

    @Test
    void aPartialReturnReversesInProportionAndOnlyOnce() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, product("25.00"), 4);
        assertEquals(100, ledger.balance(c.getId()).getPending());

        assertEquals(25, reversal.itemsReturned(order.getId(), "rma-1", new BigDecimal("25.00")));
        assertEquals(75, ledger.balance(c.getId()).getPending());
        assertEquals(0, reversal.itemsReturned(order.getId(), "rma-1", new BigDecimal("25.00")), "same return again");
        assertEquals(75, ledger.balance(c.getId()).getPending());

        IllegalArgumentException tooMuch = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> reversal.itemsReturned(order.getId(), "rma-2", new BigDecimal("80.00")));
        assertTrue(tooMuch.getMessage().contains("exceeds"));
        assertEquals(75, ledger.balance(c.getId()).getPending(), "a refused return changes nothing");
    }

    @Test
    void returningItemsByLineReversesTheirShareAndRefusesTooMany() throws Exception {
        Customer c = store.customer();
        Order cart = cartWith(c, product("10.00"), 3);
        cart = store.add(cart, product("40.00"), 1);
        Order order = store.checkout(cart);
        assertEquals(70, ledger.balance(c.getId()).getPending());
        java.util.List<OrderPointsLine> lines = reversal.lines(order.getId());
        assertEquals(2, lines.size());
        OrderPointsLine cheap = lines.get(0).getQuantity() == 3 ? lines.get(0) : lines.get(1);

        java.util.Map<Long, Integer> two = new java.util.HashMap<Long, Integer>();
        two.put(cheap.getOrderItemId(), 2);
        assertEquals(20, reversal.returnItems(order.getId(), "form-1", two));
        assertEquals(50, ledger.balance(c.getId()).getPending());
        assertEquals(0, reversal.returnItems(order.getId(), "form-1", two), "a double submission reverses nothing");

        IllegalArgumentException tooMany = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> reversal.returnItems(order.getId(), "form-2", two));
        assertTrue(tooMany.getMessage().contains("between 1 and 1"), tooMany.getMessage());
        java.util.Map<Long, Integer> zero = new java.util.HashMap<Long, Integer>();
        zero.put(cheap.getOrderItemId(), 0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> reversal.returnItems(order.getId(), "form-3", zero));
        assertEquals(50, ledger.balance(c.getId()).getPending(), "refused returns change nothing");
        assertEquals(1, reversal.lines(order.getId()).stream().filter(l -> l.getOrderItemId().equals(cheap.getOrderItemId()))
                .findFirst().get().getReturnableQuantity());
    }

    private void cancel(Order order) throws Exception {
        Order o = store.orders().findOrderById(order.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);
    }
}
