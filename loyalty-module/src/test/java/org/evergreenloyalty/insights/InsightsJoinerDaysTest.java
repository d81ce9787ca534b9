package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The before/after-joining estimate from its per-joining-day summary ({@code EVG_INS_JOINER_DAY}) on real Broadleaf
 * checkouts in 2147 (a year no other test uses): members who bought the excluded product X before their first earning
 * order of P (which opens their account), one member without an order before. The stored days give the hand-computed
 * figures and equal the raw ones; a cancel inside the re-fold window is taken in by the next fold, one of an order
 * whose member's day lies before it makes the next fold rebuild.
 */
@BroadleafIntegrationTest
class InsightsJoinerDaysTest extends InsightsSummaryTestBase {

    @Test
    void storedJoiningDaysGiveTheHandComputedAndTheRawEstimate() throws Exception {
        PointsSettings original = KnownPointsSettings.apply(settings);
        Product p = store.product("Joiners P", "10.00", store.category("Joiners"));
        Product x = store.product("Joiners X", "20.00", store.category("Joiners excluded"));
        PointsSettings s = settings.current().copy();
        s.setExcludedProductIds(String.valueOf(x.getId()));
        settings.save(s);
        try {
            Customer a = store.customer();
            Customer b = store.customer();
            Customer c = store.customer();
            Order aFirst = buy(a, x, "2147-01-05T10:00:00Z");
            Order aSecond = buy(a, x, "2147-01-20T10:00:00Z");
            buy(b, x, "2147-01-10T10:00:00Z");
            buy(a, p, "2147-02-10T10:00:00Z");
            buy(b, p, "2147-02-10T12:00:00Z");
            buy(c, p, "2147-01-15T10:00:00Z");
            buy(a, p, "2147-03-01T10:00:00Z");
            buy(a, p, "2147-04-15T10:00:00Z");

            moveTo("2147-07-01T12:00:00Z");
            summaries.fold();
            assertNotNull(read(() -> summaryRepository.foldedTo(org.evergreenloyalty.broadleaf.insights.JoinerDaySummary.NAME + insights.zone().getId())), "the joining days are folded");
            assertTrue(read(() -> ((Number) em.createNativeQuery("select count(*) from EVG_INS_JOINER_DAY").getSingleResult()).longValue()) > 0,
                    "the joining days with members who ordered before are stored");
            // a and b ordered before joining (2 + 1 X orders, $60); the joining P orders count on neither side; a's two
            // later P orders ($20) are after; c had no order before
            assertEstimate(2, 3, 2, "60.00", "20.00");

            cancel(aSecond);
            summaries.fold();
            assertEstimate(2, 2, 2, "40.00", "20.00");

            moveTo("2147-09-01T12:00:00Z");
            summaries.fold();
            cancel(aFirst);
            InsightsSummaryService.FoldReport rebuilt = summaries.fold();
            assertTrue(rebuilt.isDaysRebuilt(), "a cancel before the re-fold window rebuilds: " + rebuilt);
            assertEstimate(1, 1, 0, "20.00", "0.00");
        } finally {
            settings.save(original);
        }
    }

    /** January to March 2147 from the stored days, equal to the raw figure (summaries cleared), equal to the expected. */
    private void assertEstimate(long customers, long before, long after, String revenueBefore, String revenueAfter) {
        Date from = Date.from(LocalDate.of(2147, 1, 1).atStartOfDay(insights.zone()).toInstant());
        Date to = Date.from(LocalDate.of(2147, 4, 1).atStartOfDay(insights.zone()).toInstant());
        String stored = line(read(() -> source.membersAroundJoining(from, to, DefaultInsightsService.WINDOW_DAYS)));
        summaries.clear();
        String raw = line(read(() -> source.membersAroundJoining(from, to, DefaultInsightsService.WINDOW_DAYS)));
        summaries.fold();
        assertEquals(raw, stored, "stored and raw estimate");
        assertEquals(customers + " members, " + before + " before, " + after + " after, " + revenueBefore + " / " + revenueAfter, stored);
        assertFalse(stored.isEmpty());
    }

    private static String line(BeforeAfter e) {
        return e.getCustomers() + " members, " + e.getOrdersBefore() + " before, " + e.getOrdersAfter() + " after, "
                + e.getRevenueBefore() + " / " + e.getRevenueAfter();
    }

    private Order buy(Customer customer, Product product, String at) throws Exception {
        moveTo(at);
        return store.buy(customer, product, 1);
    }

    private void cancel(Order order) throws Exception {
        Order o = store.orders().findOrderById(order.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);
    }

    private void moveTo(String at) {
        clock.advance(Instant.parse(at).toEpochMilli() - clock.now().getTime());
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        return new TransactionTemplate(txm).execute(status -> query.get());
    }
}
