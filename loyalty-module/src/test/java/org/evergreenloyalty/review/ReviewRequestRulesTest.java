package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.type.FulfillmentGroupStatusType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.points.PointsReversalService;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** Who is not asked, and when: caps, cancelled orders, returned items, unsubscribed customers, the fulfilment trigger. */
@BroadleafIntegrationTest
class ReviewRequestRulesTest extends ReviewTestBase {

    @Resource(name = "evgPointsReversalService")
    PointsReversalService reversal;
    @Resource(name = "blFulfillmentGroupService")
    FulfillmentGroupService fulfillmentGroups;

    @Test
    void aCancelledOrderIsNeverAskedAbout() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Chair"));
        cancel(order);
        assertEquals(RequestStatus.SKIPPED, requests.request(order.getId()).getStatus(), "skipped as soon as it is cancelled");
        assertEquals(SkipReason.CANCELLED, requests.request(order.getId()).getSkipReason());
        travel(15);
        requests.runDue();
        assertEquals(RequestOutcome.NOT_DUE, requests.sendRequestIfDue(order.getId()));
        Thread.sleep(300);
        assertEquals(0, mailsTo(c).size());
    }

    @Test
    void anOrderCancelledAfterTheRequestGetsNoReminder() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Bench"));
        travel(15);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(order.getId()));
        cancel(order);
        travel(8);
        assertEquals(RequestOutcome.NOT_DUE, requests.sendReminderIfDue(order.getId()));
        assertEquals(SkipReason.CANCELLED, requests.request(order.getId()).getReminderSkipReason());
        Thread.sleep(300);
        assertEquals(1, mailsTo(c).size());
    }

    @Test
    void returnedItemsAreLeftOutAndAFullyReturnedOrderIsSkipped() throws Exception {
        Customer c = customer();
        Product kept = product("Kettle");
        Product returned = product("Toaster");
        Order order = buy(c, kept, returned);
        OrderItem returnedLine = line(order, returned);
        reversal.returnItems(order.getId(), "rma-" + order.getId(), Collections.singletonMap(returnedLine.getId(), 1));
        travel(15);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(order.getId()));
        String html = body(awaitMails(c, 1).get(0));
        assertTrue(html.contains(kept.getName()));
        assertFalse(html.contains(returned.getName()), "the returned item is not asked about");
        assertEquals(Collections.singletonList(kept.getId()), requests.request(order.getId()).getRequestedProductIds());

        Customer d = customer();
        Order all = buy(d, returned);
        reversal.returnItems(all.getId(), "rma-" + all.getId(), Collections.singletonMap(line(all, returned).getId(), 1));
        travel(15);
        assertEquals(RequestOutcome.SKIPPED, requests.sendRequestIfDue(all.getId()));
        assertEquals(SkipReason.NOTHING_TO_ASK, requests.request(all.getId()).getSkipReason());
        assertEquals(0, mailsTo(d).size());
    }

    @Test
    void aProductIsAskedAboutOncePerCustomerInTwelveMonths() throws Exception {
        Customer c = customer();
        Product p = product("Lantern");
        Order first = buy(c, p);
        Order second = buy(c, p, product("Wick"));
        Order third = buy(c, p);
        travel(15);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(first.getId()));
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(second.getId()));
        assertFalse(requests.request(second.getId()).getRequestedProductIds().contains(p.getId()), "the lantern was asked about already");
        assertEquals(1, requests.request(second.getId()).getRequestedProductIds().size());

        // the first request is now 13 months old: the lantern may be asked about again
        backdateRequestedItems(first, 396);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(third.getId()));
        assertEquals(Collections.singletonList(p.getId()), requests.request(third.getId()).getRequestedProductIds());
        assertEquals(3, awaitMails(c, 3).size());
    }

    @Test
    void theRepeatLimitCanBeSwitchedOff() throws Exception {
        settings(s -> s.setProductRepeatMonths(0));
        Customer c = customer();
        Product p = product("Flask");
        Order first = buy(c, p);
        Order second = buy(c, p);
        travel(15);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(first.getId()));
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(second.getId()));
        assertEquals(2, awaitMails(c, 2).size());
    }

    @Test
    void theEmailCapHoldsFurtherRequestsBack() throws Exception {
        settings(s -> {
            s.setMaxEmailsPer30Days(1);
            s.setLateDays(60);
        });
        Customer c = customer();
        Order first = buy(c, product("Cup"));
        Order second = buy(c, product("Plate"));
        travel(15);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(first.getId()));
        assertEquals(RequestOutcome.CAPPED, requests.sendRequestIfDue(second.getId()));
        assertEquals(RequestStatus.WAITING, requests.request(second.getId()).getStatus(), "held back, not dropped");
        travel(8);
        assertEquals(RequestOutcome.CAPPED, requests.sendReminderIfDue(first.getId()), "the reminder waits too");
        travel(23);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(second.getId()), "30 days after the first e-mail");
        assertEquals(2, awaitMails(c, 2).size());
    }

    @Test
    void aRequestHeldBackByTheCapUntilTheLatePeriodEndsIsDropped() throws Exception {
        settings(s -> s.setMaxEmailsPer30Days(1));
        Customer c = customer();
        Order first = buy(c, product("Fork"));
        Order second = buy(c, product("Spoon"));
        travel(15);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(first.getId()));
        assertEquals(RequestOutcome.CAPPED, requests.sendRequestIfDue(second.getId()));
        travel(30);
        assertEquals(RequestOutcome.SKIPPED, requests.sendRequestIfDue(second.getId()));
        assertEquals(SkipReason.TOO_LATE, requests.request(second.getId()).getSkipReason());
        assertEquals(1, mailsTo(c).size());
    }

    @Test
    void anUnsubscribedCustomerIsNotAsked() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Pillow"));
        preferences.unsubscribe(c.getId(), ReviewEmailComposer.CATEGORY);
        travel(15);
        assertEquals(RequestOutcome.SKIPPED, requests.sendRequestIfDue(order.getId()));
        assertEquals(SkipReason.UNSUBSCRIBED, requests.request(order.getId()).getSkipReason());
        assertEquals(0, mailsTo(c).size());
    }

    @Test
    void theUnsubscribeLinkOfTheEmailStopsTheReminder() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Blanket"));
        travel(15);
        requests.sendRequestIfDue(order.getId());
        String html = body(awaitMails(c, 1).get(0));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("unsubscribe\\?token=([^\"&]+)").matcher(html);
        assertTrue(m.find());
        preferences.unsubscribe(java.net.URLDecoder.decode(m.group(1).replace("&amp;", "&"), "UTF-8"));
        travel(8);
        assertEquals(RequestOutcome.SKIPPED, requests.sendReminderIfDue(order.getId()));
        assertEquals(SkipReason.UNSUBSCRIBED, requests.request(order.getId()).getReminderSkipReason());
        assertEquals(1, mailsTo(c).size());
    }

    @Test
    void fulfilmentTriggerCountsFromTheDayTheStatusIsSeen() throws Exception {
        settings(s -> {
            s.setTrigger(ReviewTrigger.FULFILLMENT_STATUS);
            s.setFulfillmentStatuses("FULFILLED");
        });
        Customer c = customer();
        Order order = buy(c, product("Boots"));
        travel(20);
        requests.runDue();
        assertNull(requests.request(order.getId()).getFulfilledAt(), "not fulfilled yet");
        assertEquals(RequestOutcome.NOT_DUE, requests.sendRequestIfDue(order.getId()));

        fulfil(order, FulfillmentGroupStatusType.FULFILLED);
        requests.runDue();
        assertNotNull(requests.request(order.getId()).getFulfilledAt(), "seen fulfilled");
        assertEquals(RequestOutcome.NOT_DUE, requests.sendRequestIfDue(order.getId()), "14 days from fulfilment, not from submission");
        travel(14.1);
        requests.runDue();
        List<MimeMessage> mails = awaitMails(c, 1);
        assertEquals(1, mails.size());
        assertEquals(RequestStatus.SENT, requests.request(order.getId()).getStatus());
    }

    private void backdateRequestedItems(final Order order, final int days) {
        final javax.persistence.EntityManager em = org.springframework.orm.jpa.SharedEntityManagerCreator.createSharedEntityManager(
                org.evergreenloyalty.test.BroadleafTestContext.get().getBean("entityManagerFactory", javax.persistence.EntityManagerFactory.class));
        new TransactionTemplate(txm).execute(s -> em.createQuery("update ReviewRequestItem i set i.requestedAt = :at where i.orderId = :o")
                .setParameter("at", new java.util.Date(clock.now().getTime() - days * DAY)).setParameter("o", order.getId()).executeUpdate());
    }

    private void fulfil(final Order order, final FulfillmentGroupStatusType status) {
        new TransactionTemplate(txm).execute(s -> {
            Order o = store.orders().findOrderById(order.getId());
            assertFalse(o.getFulfillmentGroups().isEmpty(), "the checkout made a fulfillment group");
            for (FulfillmentGroup fg : o.getFulfillmentGroups()) {
                fg.setStatus(status);
                fulfillmentGroups.save(fg);
            }
            return null;
        });
    }

    private OrderItem line(Order order, Product product) {
        return new TransactionTemplate(txm).execute(s -> {
            for (OrderItem i : store.orders().findOrderById(order.getId()).getOrderItems()) {
                if (i.getName().equals(product.getName()) || (i instanceof org.broadleafcommerce.core.order.domain.DiscreteOrderItem
                        && ((org.broadleafcommerce.core.order.domain.DiscreteOrderItem) i).getProduct().getId().equals(product.getId()))) {
                    return i;
                }
            }
            throw new AssertionError("no line of " + product.getName());
        });
    }
}
