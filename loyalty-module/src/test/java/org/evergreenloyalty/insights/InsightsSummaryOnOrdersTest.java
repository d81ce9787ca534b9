package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.DashboardFingerprint;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's order summaries (first orders, completed months and quarters) on real Broadleaf checkouts in 2146
 * (a year no other test uses): after a fold every figure of the page equals the raw figures, in whole-hour zones and
 * in a half-hour zone; an order placed after the fold is read live; an order cancelled and an order returned after
 * the fold, in a month already folded, are reflected by the next fold (the re-fold window), which is idempotent; a
 * customer whose first order is cancelled becomes new in the month of the next one; and an order cancelled before the
 * re-fold window makes the next fold rebuild the order summaries.
 */
@BroadleafIntegrationTest
class InsightsSummaryOnOrdersTest extends InsightsSummaryTestBase {

    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
        ZoneId.of("Asia/Kolkata")};

    @Test
    void summariesGiveTheRawFiguresThroughCancelsReturnsAndNewOrders() throws Exception {
        Product p = store.product("Summary P", "10.00", store.category("Summary"));
        Customer a = store.customer();
        Customer b = store.customer();
        Customer c = store.customer();
        Customer d = store.customer();
        buy(a, p, 1, "2146-01-10T10:00:00Z");
        Order bFirst = buy(b, p, 1, "2146-01-31T23:30:00Z");
        buy(a, p, 2, "2146-02-05T10:00:00Z");
        Order cOrder = buy(c, p, 3, "2146-02-14T10:00:00Z");
        buy(b, p, 1, "2146-03-03T10:00:00Z");
        buy(d, p, 1, "2146-03-31T22:30:00Z");
        buy(c, p, 1, "2146-04-02T10:00:00Z");

        moveTo("2146-05-10T12:00:00Z");
        InsightsSummaryService.FoldReport first = summaries.fold();
        assertTrue(first.isOrdersRebuilt(), first.toString());
        assertSamePages();

        // after the fold: an order in the current month (read live), a cancel and a return in folded months
        buy(d, p, 2, "2146-05-10T12:30:00Z");
        moveTo("2146-05-10T13:00:00Z");
        assertSamePages();
        cancel(bFirst);
        reversal.itemsReturned(cOrder.getId(), "summary-rma", new BigDecimal("10.00"));
        String stale = fingerprint(ReportPeriod.of(LocalDate.of(2146, 1, 1), LocalDate.of(2146, 4, 30), ZoneOffset.UTC));
        InsightsSummaryService.FoldReport next = summaries.fold();
        assertFalse(next.isOrdersRebuilt(), next.toString());
        String folded = fingerprint(ReportPeriod.of(LocalDate.of(2146, 1, 1), LocalDate.of(2146, 4, 30), ZoneOffset.UTC));
        assertNotEquals(stale, folded, "the cancel and the return show after the next fold");
        assertSamePages();
        // B's first order is cancelled: B is new in March now
        List<RetentionRow> rows = insights.retention(ReportPeriod.of(LocalDate.of(2146, 3, 1), LocalDate.of(2146, 3, 31),
                ZoneOffset.UTC), Granularity.MONTH);
        assertEquals(2, rows.get(0).getNewCustomers(), "B and D are new in March");

        // folding again changes nothing
        summaries.fold();
        assertEquals(folded, fingerprint(ReportPeriod.of(LocalDate.of(2146, 1, 1), LocalDate.of(2146, 4, 30), ZoneOffset.UTC)));

        // months later, C's February order is cancelled, before the re-fold window: the stored totals give it away
        moveTo("2146-09-10T12:00:00Z");
        summaries.fold();
        cancel(cOrder);
        InsightsSummaryService.FoldReport late = summaries.fold();
        assertTrue(late.isOrdersRebuilt(), late.toString());
        assertSamePages();
    }

    /** Every zone's pages from the summaries, then from the raw rows (summaries cleared), then folded again. */
    private void assertSamePages() {
        for (ZoneId zone : ZONES) {
            ReportPeriod days = ReportPeriod.of(LocalDate.of(2146, 2, 20), LocalDate.of(2146, 5, 10), zone);
            ReportPeriod months = ReportPeriod.of(LocalDate.of(2146, 1, 1), LocalDate.of(2146, 5, 31), zone);
            String fromSummary = fingerprint(days) + fingerprint(months);
            summaries.clear();
            String fromRows = fingerprint(days) + fingerprint(months);
            summaries.fold();
            assertEquals(fromRows, fromSummary, "summary and raw figures in " + zone);
        }
    }

    private String fingerprint(ReportPeriod period) {
        return DashboardFingerprint.of(insights, period, period.days() > 92 ? Granularity.MONTH : Granularity.DAY);
    }

    private void cancel(Order order) throws Exception {
        Order o = store.orders().findOrderById(order.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);
    }

    private Order buy(Customer customer, Product product, int quantity, String at) throws Exception {
        moveTo(at);
        return store.buy(customer, product, quantity);
    }

    private void moveTo(String at) {
        clock.advance(Instant.parse(at).toEpochMilli() - clock.now().getTime());
    }
}
