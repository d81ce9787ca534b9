package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.points.PointsReversalService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.FunnelRows;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.StoreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports' order figures on real Broadleaf checkouts in 2141 (a year no other test uses), against hand-computed
 * numbers: members (earning product P, 10.00) and non-members (only the excluded product X, 20.00, which earns
 * nothing, so no points account), a cancelled order, a partial return, a late-evening order that is March in UTC
 * and April in Berlin, retention, cohorts and the before/after-joining samples; B referred by A (C's referral rejected,
 * E's made in March) and A's order of 2141-02-20 paid with a birthday code.
 *
 * <pre>
 * A  P 2141-01-10, P x2 2141-02-05 (one returned: 10.00), P 2141-02-20          member from 01-10
 * B  P 2141-01-15, P x3 2141-03-03                                              member from 01-15
 * C  X 2141-02-10, X 2141-02-11 (cancelled)                                     non-member
 * D  X x2 2141-03-31 23:30 UTC                                                  non-member
 * E  X 2141-01-05, P 2141-01-20 (joins), P 2141-02-01                           member from 01-20
 * </pre>
 */
@BroadleafIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsOnOrdersTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Resource(name = "evgInsightsService")
    InsightsService insights;
    @Resource(name = "evgInsightsOrderSource")
    InsightsOrderSource source;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settings;
    @Resource(name = "evgPointsReversalService")
    PointsReversalService reversal;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @Resource(name = "evgInsightsSummaryService")
    InsightsSummaryService summaries;
    @Resource(name = "evgFunnelService")
    FunnelService funnels;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final StoreFixtures store = StoreFixtures.create();
    private PointsSettings original;

    private boolean placed;

    /** Once per class, inside the first test's request (Broadleaf needs the request's entity manager). */
    @BeforeEach
    void placeTheOrders() throws Exception {
        if (placed) {
            return;
        }
        placed = true;
        original = KnownPointsSettings.apply(settings);
        Product p = store.product("Insights P", "10.00", store.category("Insights"));
        Product x = store.product("Insights X", "20.00", store.category("Insights excluded"));
        PointsSettings s = settings.current().copy();
        s.setExcludedProductIds(String.valueOf(x.getId()));
        settings.save(s);
        Customer a = store.customer();
        Customer b = store.customer();
        Customer c = store.customer();
        Customer d = store.customer();
        Customer e = store.customer();
        buy(e, x, 1, "2141-01-05T10:00:00Z");
        buy(a, p, 1, "2141-01-10T10:00:00Z");
        buy(b, p, 1, "2141-01-15T10:00:00Z");
        buy(e, p, 1, "2141-01-20T10:00:00Z");
        buy(e, p, 1, "2141-02-01T10:00:00Z");
        Order returned = buy(a, p, 2, "2141-02-05T10:00:00Z");
        reversal.itemsReturned(returned.getId(), "insights-rma", new BigDecimal("10.00"));
        buy(c, x, 1, "2141-02-10T10:00:00Z");
        Order cancelled = buy(c, x, 1, "2141-02-11T10:00:00Z");
        Order o = store.orders().findOrderById(cancelled.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);
        Order birthdayOrder = buy(a, p, 1, "2141-02-20T10:00:00Z");
        buy(b, p, 3, "2141-03-03T10:00:00Z");
        buy(d, x, 2, "2141-03-31T23:30:00Z");
        settings.save(original);
        clock.reset();
        long advocate = a.getId();
        new TransactionTemplate(txm).execute(status -> {
            FunnelRows rows = new FunnelRows(em);
            rows.referral(advocate, b.getId(), "QUALIFIED", "2141-01-01T10:00:00Z", "2141-01-15T10:00:00Z", null, null, null);
            rows.referral(advocate, c.getId(), "REJECTED", "2141-01-01T10:00:00Z", null, null, null, null);
            rows.referral(advocate, e.getId(), "PENDING", "2141-03-01T10:00:00Z", null, null, null, null);
            rows.birthday("2141-02-19T06:00:00Z", "INSIGHTS-BDAY", "2141-02-20T10:00:00Z", birthdayOrder.getId(), 0);
            return null;
        });
    }

    private Order buy(Customer customer, Product product, int quantity, String at) throws Exception {
        clock.advance(Instant.parse(at).toEpochMilli() - clock.now().getTime());
        return store.buy(customer, product, quantity);
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        return new TransactionTemplate(txm).execute(status -> query.get());
    }

    private static Date at(String iso) {
        return Date.from(Instant.parse(iso));
    }

    @Test
    void februaryByMembersAndNonMembersWithoutTheCancelledOrderAndNetOfTheReturn() {
        Date from = at("2141-02-01T00:00:00Z");
        Date to = at("2141-03-01T00:00:00Z");
        OrderFigures all = read(() -> source.figures(from, to, CustomerSegment.ALL));
        assertFigures(all, 4, 3, 1, 1, "50.00");
        OrderFigures members = read(() -> source.figures(from, to, CustomerSegment.MEMBERS));
        assertFigures(members, 3, 2, 0, 1, "30.00");
        assertEquals(new BigDecimal("10.00"), members.getAverageOrderValue());
        assertEquals(0.5, members.getRepeatRate(), 1e-9);
        assertEquals(1.5, members.getOrdersPerCustomer(), 1e-9);
        OrderFigures others = read(() -> source.figures(from, to, CustomerSegment.NON_MEMBERS));
        assertFigures(others, 1, 1, 1, 0, "20.00");
    }

    @Test
    void referredCustomersAndBirthdayCodeOrders() {
        OrderFigures february = read(() -> source.figures(at("2141-02-01T00:00:00Z"), at("2141-03-01T00:00:00Z"), CustomerSegment.REFERRED));
        assertFigures(february, 0, 0, 0, 0, "0.00");
        OrderFigures march = read(() -> source.figures(at("2141-03-01T00:00:00Z"), at("2141-04-01T00:00:00Z"), CustomerSegment.REFERRED));
        assertFigures(march, 1, 1, 0, 0, "30.00");
        OrderFigures codes = read(() -> source.figures(at("2141-02-01T00:00:00Z"), at("2141-03-01T00:00:00Z"), CustomerSegment.BIRTHDAY_CODE));
        assertFigures(codes, 1, 1, 0, 0, "10.00");
        ReportPeriod feb = ReportPeriod.of(LocalDate.of(2141, 2, 1), LocalDate.of(2141, 2, 28), UTC);
        BirthdayFunnel birthdays = funnels.birthdays(feb);
        assertEquals(1, birthdays.getUsed());
        assertEquals(new BigDecimal("10.00"), birthdays.getCodeOrders().getRevenue());
        assertEquals(0, funnels.referrals(feb).getReferredOrders().getOrders(), "C's referral is rejected, E's made in March");
    }

    @Test
    void birthdayCodeOrdersFromTheFoldedDaysEqualTheRawOnes() {
        ReportPeriod feb = ReportPeriod.of(LocalDate.of(2141, 2, 1), LocalDate.of(2141, 2, 28), UTC);
        ReportPeriod spring = ReportPeriod.of(LocalDate.of(2141, 2, 1), LocalDate.of(2141, 4, 30), UTC);
        String raw = codeOrders(feb) + " / " + codeOrders(spring);
        clock.advance(Instant.parse("2141-04-10T12:00:00Z").toEpochMilli() - clock.now().getTime());
        try {
            summaries.fold();
            // this test's year only: the suite's store is shared, other tests' birthday-code orders are folded too
            Object stored = read(() -> em.createNativeQuery("select sum(BDAY_ORDERS) from EVG_INS_ORDER_DAY where DAY_AT >= "
                    + SqlTime.literal(at("2141-01-01T00:00:00Z")) + " and DAY_AT < " + SqlTime.literal(at("2142-01-01T00:00:00Z")))
                    .getSingleResult());
            assertEquals(1L, ((Number) stored).longValue(), "the birthday-code order is stored on its day");
            assertEquals("1 orders, 10.00 / 1 orders, 10.00", raw);
            assertEquals(raw, codeOrders(feb) + " / " + codeOrders(spring), "from the stored days (and the live tail after them)");
        } finally {
            summaries.clear();
            clock.reset();
        }
    }

    private String codeOrders(ReportPeriod period) {
        OrderTotal t = funnels.birthdays(period).getCodeOrders();
        return t.getOrders() + " orders, " + t.getRevenue();
    }

    @Test
    void anEmptyPeriodHasNoOrdersAndNoAverages() {
        OrderFigures none = read(() -> source.figures(at("2141-06-01T00:00:00Z"), at("2141-07-01T00:00:00Z"), CustomerSegment.ALL));
        assertFigures(none, 0, 0, 0, 0, "0.00");
        assertNull(none.getAverageOrderValue());
        assertNull(none.getRepeatRate());
    }

    @Test
    void retentionPerMonthInUtcAndInBerlin() {
        List<RetentionRow> utc = insights.retention(ReportPeriod.of(LocalDate.of(2141, 2, 1), LocalDate.of(2141, 4, 30), UTC),
                Granularity.MONTH);
        assertEquals(3, utc.size());
        assertRetention(utc.get(0), 3, 3, 1, 4);
        assertEquals(2.0 / 3, utc.get(0).getRetentionRate(), 1e-9);
        assertRetention(utc.get(1), 3, 2, 1, 2);
        assertEquals(1.0 / 3, utc.get(1).getRetentionRate(), 1e-9);
        assertRetention(utc.get(2), 2, 0, 0, 0);
        assertEquals(0.0, utc.get(2).getRetentionRate(), 1e-9);

        List<RetentionRow> berlin = insights.retention(
                ReportPeriod.of(LocalDate.of(2141, 3, 1), LocalDate.of(2141, 4, 30), ZoneId.of("Europe/Berlin")), Granularity.MONTH);
        assertRetention(berlin.get(0), 3, 1, 0, 1);
        assertRetention(berlin.get(1), 1, 1, 1, 1);
        List<RetentionRow> quarters = insights.retention(
                ReportPeriod.of(LocalDate.of(2141, 1, 1), LocalDate.of(2141, 3, 31), UTC), Granularity.QUARTER);
        assertEquals(1, quarters.size());
        assertRetention(quarters.get(0), 0, 5, 5, 10);
        assertNull(quarters.get(0).getRetentionRate(), "nobody ordered in the quarter before");
        assertEquals(3.0 / 5, quarters.get(0).getRepeatRate(), 1e-9);
    }

    @Test
    void firstOrderCohorts() {
        CohortTable t = insights.cohorts(ReportPeriod.of(LocalDate.of(2141, 1, 1), LocalDate.of(2141, 3, 31), UTC));
        assertEquals(YearMonth.of(2141, 1), t.getMonths().get(0));
        assertEquals(3, t.size(0));
        assertEquals(2, t.returned(0, 1), "A and E ordered again in February");
        assertEquals(1, t.returned(0, 2), "B in March");
        assertEquals(1, t.size(1));
        assertEquals(0, t.returned(1, 1));
        assertEquals(1, t.size(2));
        assertEquals(2.0 / 3, t.share(0, 1), 1e-9);
        assertNull(t.share(2, 1), "beyond the table");
    }

    @Test
    void beforeAndAfterJoiningAndTheNonMemberComparison() {
        BeforeAfter joiners = read(() -> source.membersAroundJoining(at("2141-01-01T00:00:00Z"), at("2141-02-01T00:00:00Z"), 90));
        assertEquals(1, joiners.getCustomers(), "only E had ordered before joining");
        assertEquals(1, joiners.getOrdersBefore());
        assertEquals(1, joiners.getOrdersAfter(), "the joining order itself is left out");
        assertEquals(new BigDecimal("20.00"), joiners.getRevenueBefore());
        assertEquals(new BigDecimal("10.00"), joiners.getRevenueAfter());
        BeforeAfter others = read(() -> source.nonMembersAround(at("2141-03-15T00:00:00Z"), 90));
        assertEquals(1, others.getCustomers(), "C; D had no order before");
        assertEquals(1, others.getOrdersBefore());
        assertEquals(0, others.getOrdersAfter());
    }

    private static void assertFigures(OrderFigures f, long orders, long customers, long newCustomers, long repeat, String revenue) {
        assertEquals(orders, f.getOrders(), "orders");
        assertEquals(customers, f.getCustomers(), "customers");
        assertEquals(newCustomers, f.getNewCustomers(), "new customers");
        assertEquals(repeat, f.getRepeatCustomers(), "repeat customers");
        assertEquals(new BigDecimal(revenue), f.getRevenue(), "revenue");
    }

    private static void assertRetention(RetentionRow r, long atStart, long atEnd, long newOnes, long orders) {
        String m = r.getFirst().toString();
        assertEquals(atStart, r.getCustomersAtStart(), "at start " + m);
        assertEquals(atEnd, r.getCustomersAtEnd(), "at end " + m);
        assertEquals(newOnes, r.getNewCustomers(), "new " + m);
        assertEquals(orders, r.getOrders(), "orders " + m);
    }
}
