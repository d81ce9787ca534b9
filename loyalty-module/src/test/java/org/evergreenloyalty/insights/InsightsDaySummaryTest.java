package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.DashboardFingerprint;
import org.evergreenloyalty.test.FunnelRows;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-day summaries (members' active days, orders per day and per customer and day) on real Broadleaf checkouts
 * in 2148 (a year no other test uses): random orders of members (product P earns) and non-members (product X earns
 * nothing), one customer referred, folds in the middle of the ordering, then cancels and returns of folded orders
 * (inside the re-fold window: the next fold shows them; before it: the next fold rebuilds). After each fold every
 * figure of the page, the referral funnel's orders and the figures of random ranges of whole days (with the live tail
 * after the fold) equal the raw figures, computed with the summaries cleared.
 */
@BroadleafIntegrationTest
class InsightsDaySummaryTest extends InsightsSummaryTestBase {

    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata")};

    @Resource(name = "evgFunnelService")
    FunnelService funnels;

    @Test
    void randomOrdersFoldedInTheMiddleThenCancelledAndReturnedGiveTheRawFigures() throws Exception {
        PointsSettings original = KnownPointsSettings.apply(settings);
        Product p = store.product("Days P", "10.00", store.category("Days"));
        Product x = store.product("Days X", "20.00", store.category("Days excluded"));
        PointsSettings s = settings.current().copy();
        s.setExcludedProductIds(String.valueOf(x.getId()));
        settings.save(s);
        try {
            List<Customer> customers = new ArrayList<Customer>();
            for (int i = 0; i < 5; i++) {
                customers.add(store.customer());
            }
            long referred = customers.get(1).getId();
            new TransactionTemplate(txm).execute(status -> {
                new FunnelRows(em).referral(customers.get(0).getId(), referred, "QUALIFIED", "2148-01-02T10:00:00Z", null, null,
                        null, null);
                return null;
            });
            Random random = new Random(2148);
            Instant start = Instant.parse("2148-01-01T00:00:00Z");
            List<Order> placed = new ArrayList<Order>();
            List<Order> byMembers = new ArrayList<Order>();
            for (int i = 0; i < 24; i++) {
                // customers 0-2 buy P (members from their first P order), 3-4 only X (non-members)
                int c = random.nextInt(customers.size());
                long at = start.toEpochMilli() + (long) (i * 5 + random.nextInt(5)) * 86_400_000L + random.nextInt(86_400_000);
                moveTo(Instant.ofEpochMilli(at));
                placed.add(store.buy(customers.get(c), c < 3 ? p : x, 1 + random.nextInt(3)));
                if (c < 3 && i > 15 && i < 23) {
                    byMembers.add(placed.get(i));
                }
                if (i == 14) {
                    InsightsSummaryService.FoldReport mid = summaries.fold();
                    assertTrue(mid.getDays() > 0, "the per-day summaries are folded: " + mid);
                    assertSameFigures(random);
                }
            }
            moveTo(Instant.parse("2148-05-02T12:00:00Z"));
            InsightsSummaryService.FoldReport after = summaries.fold();
            assertFalse(after.isDaysRebuilt(), "orders after the last fold are folded on: " + after);
            assertNotNull(read(() -> summaryRepository.foldedTo("ord@" + insights.zone().getId())));
            assertSameFigures(random);
            // a cancel and a return of orders folded a few weeks ago: the re-fold window takes them in
            cancel(placed.get(23));
            reversal.itemsReturned(byMembers.get(0).getId(), "days-rma", new BigDecimal("10.00"));
            InsightsSummaryService.FoldReport refold = summaries.fold();
            assertFalse(refold.isDaysRebuilt(), refold.toString());
            assertSameFigures(random);
            // a cancel long before the re-fold window: the stored totals give it away and the next fold rebuilds
            cancel(placed.get(1));
            InsightsSummaryService.FoldReport rebuilt = summaries.fold();
            assertTrue(rebuilt.isDaysRebuilt(), rebuilt.toString());
            assertSameFigures(random);
        } finally {
            settings.save(original);
        }
    }

    /** The page, the referral funnel and random whole-day ranges from the summaries equal those with the summaries cleared. */
    private void assertSameFigures(Random random) {
        List<ReportPeriod> periods = new ArrayList<ReportPeriod>();
        for (ZoneId zone : ZONES) {
            periods.add(ReportPeriod.of(LocalDate.of(2148, 1, 1), LocalDate.of(2148, 5, 31), zone));
            periods.add(ReportPeriod.lastDays(30, clock.now(), zone));
        }
        for (int i = 0; i < 6; i++) {
            LocalDate first = LocalDate.of(2148, 1, 1).plusDays(random.nextInt(120));
            periods.add(ReportPeriod.of(first, first.plusDays(random.nextInt(40)), ZoneOffset.UTC));
        }
        String fromSummaries = figures(periods);
        summaries.clear();
        String raw = figures(periods);
        summaries.fold();
        assertEquals(raw, fromSummaries, "summary and raw figures");
    }

    private String figures(List<ReportPeriod> periods) {
        StringBuilder s = new StringBuilder();
        for (ReportPeriod period : periods) {
            s.append(period).append('\n').append(DashboardFingerprint.of(insights, period,
                    period.days() > 92 ? Granularity.MONTH : Granularity.DAY));
            OrderTotal referred = funnels.referrals(period).getReferredOrders();
            s.append("referred: ").append(referred.getOrders()).append(" orders, ").append(referred.getRevenue()).append('\n');
            for (CustomerSegment segment : new CustomerSegment[] {CustomerSegment.ALL, CustomerSegment.MEMBERS,
                CustomerSegment.NON_MEMBERS, CustomerSegment.REFERRED}) {
                s.append(segment).append(": ").append(line(read(() -> source.figures(period.start(), period.end(), segment))));
            }
            s.append("placed: ").append(read(() -> source.placedOrders(period.start(), period.end()))).append('\n');
        }
        return s.toString();
    }

    private static String line(OrderFigures f) {
        return f.getOrders() + " orders, " + f.getCustomers() + " customers, " + f.getNewCustomers() + " new, "
                + f.getRepeatCustomers() + " repeat, " + f.getRevenue() + '\n';
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        return new TransactionTemplate(txm).execute(status -> query.get());
    }

    private void cancel(Order order) throws Exception {
        Order o = store.orders().findOrderById(order.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);
    }

    private void moveTo(Instant at) {
        clock.advance(at.toEpochMilli() - clock.now().getTime());
    }
}
