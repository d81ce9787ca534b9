package org.evergreenloyalty.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.sql.DataSource;

import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL with a large ledger (200,000 entries, one customer holding 10,000 of them), every per-customer,
 * per-cart, per-code and per-due-date query of the account page, the checkout and the jobs uses an index: no plan
 * has a sequential scan of an EVG_ table. Each query is the native SQL of the repository or service method it is
 * named after. The rows are inserted and analyzed in one transaction that is rolled back, so other tests never
 * see them. Skipped on HSQLDB (its plans say nothing about a production database), but for the check that the
 * ledger's customer index covers the account page's aggregates.
 */
@BroadleafIntegrationTest
class QueryPlansTest {

    /** Ids far above anything the other tests make. */
    private static final long BASE = 8_000_000_000L;
    /** The customer with 10,000 entries of the 200,000. */
    private static final long BIG = BASE + 7;
    private static final String NOW = "timestamp '2026-06-01 12:00:00'";

    @Resource(name = "testDS")
    DataSource dataSource;

    /** Query name (the method it mirrors) to native SQL. */
    static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<String, String>();
        // the account page
        q.put("PointsAccountRepository.snapshot (account row, 12-month sum, history size, expiring soon, held, tier)",
                "select a.AVAILABLE, a.PENDING, a.LIFETIME_EARNED, "
                + "(select coalesce(sum(e.EARNED_DELTA), 0) from EVG_LEDGER_ENTRY e where e.CUSTOMER_ID = a.CUSTOMER_ID "
                + "and e.CREATED_AT >= " + NOW + " - interval '365 days'), "
                + "(select count(e.ENTRY_ID) from EVG_LEDGER_ENTRY e where e.CUSTOMER_ID = a.CUSTOMER_ID), "
                + "(select coalesce(sum(l.REMAINING_POINTS), 0) from EVG_POINT_LOT l where l.CUSTOMER_ID = a.CUSTOMER_ID "
                + "and l.REMAINING_POINTS > 0 and l.EXPIRES_AT < " + NOW + " + interval '30 days'), "
                + "(select min(l.EXPIRES_AT) from EVG_POINT_LOT l where l.CUSTOMER_ID = a.CUSTOMER_ID "
                + "and l.REMAINING_POINTS > 0 and l.EXPIRES_AT < " + NOW + " + interval '30 days'), "
                + "(select coalesce(sum(r.POINTS), 0) from EVG_POINTS_RESERVATION r where r.CUSTOMER_ID = a.CUSTOMER_ID "
                + "and r.STATUS = 'ACTIVE' and r.EXPIRES_AT > " + NOW + "), "
                + "(select coalesce(sum(o.EARN_BASE - o.RETURNED_AMOUNT), 0) from EVG_ORDER_POINTS o "
                + "where o.CUSTOMER_ID = a.CUSTOMER_ID and o.CANCELLED = false and o.SUBMITTED_AT >= " + NOW + " - interval '365 days'), "
                + "(select c.TIER_ID from EVG_CUSTOMER_TIER c where c.CUSTOMER_ID = a.CUSTOMER_ID) "
                + "from EVG_LOYALTY_ACCOUNT a where a.CUSTOMER_ID = " + BIG);
        q.put("LedgerService.history", "select * from EVG_LEDGER_ENTRY where CUSTOMER_ID = " + BIG
                + " order by CREATED_AT desc, ENTRY_ID desc limit 20 offset 40");
        q.put("LedgerService.historySize", "select count(*) from EVG_LEDGER_ENTRY where CUSTOMER_ID = " + BIG);
        q.put("LedgerService.balance (12 months)", "select coalesce(sum(EARNED_DELTA), 0) from EVG_LEDGER_ENTRY where CUSTOMER_ID = "
                + BIG + " and CREATED_AT >= " + NOW + " - interval '365 days'");
        q.put("LedgerService.openLots", "select * from EVG_POINT_LOT where CUSTOMER_ID = " + BIG
                + " and REMAINING_POINTS > 0 order by CREDITED_AT, LOT_ID");
        q.put("OrderPointsRepository.maturityDates", "select * from EVG_ORDER_POINTS where ORDER_ID in ("
                + (BASE + 11) + ", " + (BASE + 12) + ", " + (BASE + 13) + ")");
        q.put("RedemptionRepository.vouchersOf", "select * from EVG_POINTS_VOUCHER where CUSTOMER_ID = " + BIG
                + " order by CREATED_AT desc, VOUCHER_ID desc");
        q.put("DefaultTierService.qualifyingValue (spend)", "select EARN_BASE, RETURNED_AMOUNT from EVG_ORDER_POINTS where CUSTOMER_ID = "
                + BIG + " and CANCELLED = false and SUBMITTED_AT >= " + NOW + " - interval '365 days'");
        q.put("PointsReversalService.ordersOf", "select * from EVG_ORDER_POINTS where CUSTOMER_ID = " + BIG
                + " order by SUBMITTED_AT desc, ORDER_ID desc limit 200");
        // the checkout
        q.put("RedemptionRepository.activeFor", "select * from EVG_POINTS_RESERVATION where ACTIVE_CART_ID = " + (BASE + 500));
        q.put("RedemptionRepository.latestFor", "select * from EVG_POINTS_RESERVATION where CART_ID = " + (BASE + 500)
                + " order by CREATED_AT desc, RESERVATION_ID desc limit 1");
        q.put("RedemptionRepository.reservationsByCodes", "select * from EVG_POINTS_RESERVATION where OFFER_CODE in ('PTS-500', 'PTS-501') "
                + "order by RESERVATION_ID");
        q.put("RedemptionRepository.vouchersByCodes", "select * from EVG_POINTS_VOUCHER where CODE in ('VCH-500', 'VCH-501') order by VOUCHER_ID");
        q.put("RedemptionRepository.voucherByCode", "select * from EVG_POINTS_VOUCHER where CODE = 'vch-500' or upper(CODE) = upper('vch-500') limit 1");
        q.put("RedemptionRepository.heldByOtherCarts", "select coalesce(sum(POINTS), 0) from EVG_POINTS_RESERVATION where CUSTOMER_ID = "
                + BIG + " and STATUS = 'ACTIVE' and CART_ID <> " + (BASE + 500) + " and EXPIRES_AT > " + NOW);
        q.put("LedgerService.findByEventKey", "select * from EVG_LEDGER_ENTRY where EVENT_KEY = 'perf:77'");
        q.put("OrderRecoveryRepository.bookedPoints", "select coalesce(sum(AVAILABLE_DELTA), 0) from EVG_LEDGER_ENTRY "
                + "where ENTRY_TYPE = 'EARN' and SOURCE_TYPE = 'order' and SOURCE_ID = '" + (BASE + 11) + "'");
        // the jobs
        q.put("LedgerService.lotsExpiringBefore", "select * from EVG_POINT_LOT where REMAINING_POINTS > 0 and EXPIRES_AT is not null "
                + "and EXPIRES_AT < " + NOW + " order by EXPIRES_AT, LOT_ID limit 500");
        q.put("RedemptionRepository.timedOut", "select r.RESERVATION_ID from EVG_POINTS_RESERVATION r where r.STATUS = 'ACTIVE' "
                + "and r.EXPIRES_AT < " + NOW + " and not exists (select e.ORDER_ID from EVG_ORDER_EVENT e where e.ORDER_ID = r.CART_ID "
                + "and e.STATUS = 'PENDING') order by r.RESERVATION_ID limit 200");
        // the order event worker, with a backlog of 100,000 waiting orders, and the pages that book a customer's own
        q.put("OrderEventRepository.due", "select ORDER_ID from EVG_ORDER_EVENT where STATUS = 'PENDING' and (CLAIMED_UNTIL is null "
                + "or CLAIMED_UNTIL < " + NOW + ") order by ORDER_ID limit 50");
        q.put("OrderEventRepository.pendingOf", "select ORDER_ID from EVG_ORDER_EVENT where CUSTOMER_ID = " + BIG
                + " and STATUS = 'PENDING' order by ORDER_ID");
        q.put("OrderEventRepository.heldOf", "select count(ORDER_ID) from EVG_ORDER_EVENT where CUSTOMER_ID in (" + BIG + ") "
                + "and STATUS = 'PENDING' and CLAIM_TOKEN is not null and CLAIMED_UNTIL > " + NOW);
        q.put("OrderEventRepository.claimed", "select * from EVG_ORDER_EVENT where ORDER_ID in (" + (BASE + 11) + ", " + (BASE + 12)
                + ") and CLAIM_TOKEN = 'token' order by ORDER_ID");
        q.put("OrderEventRepository.finish", "delete from EVG_ORDER_EVENT where ORDER_ID in (" + (BASE + 11) + ", " + (BASE + 12)
                + ") and CLAIM_TOKEN = 'token'");
        q.put("PointsMaturationService.due", "select ORDER_ID from EVG_ORDER_POINTS where MATURED = false and CANCELLED = false "
                + "and MATURE_AT <= " + NOW + " order by MATURE_AT, ORDER_ID limit 200");
        q.put("PointsReversalService.lines", "select * from EVG_ORDER_POINTS_LINE where ORDER_ID = " + (BASE + 11) + " order by ORDER_ITEM_ID");
        return q;
    }

    @Test
    void everyPerCustomerCartCodeAndDueDateQueryUsesAnIndex() throws SQLException {
        Assumptions.assumeTrue(TestDatabase.current() == TestDatabase.POSTGRES, "query plans are checked on PostgreSQL");
        List<String> seqScans = new ArrayList<String>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                fill(s);
                for (Map.Entry<String, String> q : queries().entrySet()) {
                    String plan = plan(s, q.getValue());
                    if (plan.matches("(?s).*Seq Scan on evg_.*")) {
                        seqScans.add(q.getKey() + ":\n" + plan);
                    }
                }
            } finally {
                c.rollback();
            }
        }
        assertTrue(seqScans.isEmpty(), "sequential scans of EVG_ tables:\n" + String.join("\n", seqScans));
    }

    /**
     * The account page's two aggregates over a customer's whole ledger history (its size and the points earned in 12
     * months) can be answered from the customer index alone, on every database: the index holds every column they
     * read. Without EARNED_DELTA in it, PostgreSQL read the 12-month sum from one table page per entry (10,000 pages for
     * a customer with 10,000 entries among a million: about 25 ms of the page; with it about 2 ms).
     */
    @Test
    void theCustomerIndexHoldsEveryColumnOfTheAccountPagesLedgerAggregates() throws SQLException {
        List<String> indexed = new ArrayList<String>();
        try (Connection c = dataSource.getConnection()) {
            String table = c.getMetaData().storesLowerCaseIdentifiers() ? "evg_ledger_entry" : "EVG_LEDGER_ENTRY";
            try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
                while (rs.next()) {
                    if ("EVG_LEDGER_CUST_IDX".equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        indexed.add(rs.getShort("ORDINAL_POSITION") + ":" + rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        Collections.sort(indexed);
        assertEquals(Arrays.asList("1:CUSTOMER_ID", "2:CREATED_AT", "3:ENTRY_ID", "4:EARNED_DELTA"), indexed,
                "the columns of EVG_LEDGER_CUST_IDX (history size: CUSTOMER_ID; 12-month sum: CUSTOMER_ID, CREATED_AT, EARNED_DELTA)");
    }

    private static String plan(Statement s, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("explain " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString().toLowerCase(Locale.ROOT).replace("seq scan", "Seq Scan");
    }

    /**
     * 20,000 customers with 10 entries each (the big one with 10,000), lots, reservations, vouchers, order points and
     * lines, accounts and tiers, and 100,000 order events waiting for the worker; then ANALYZE.
     */
    private static void fill(Statement s) throws SQLException {
        String cust = "(" + BASE + " + case when g % 20 = 0 then 7 else g % 20000 end)";
        s.execute("create index if not exists EVG_VOUCHER_CODE_UPPER_IDX on EVG_POINTS_VOUCHER (upper(CODE))");
        s.execute("insert into EVG_LEDGER_ENTRY (ENTRY_ID, CUSTOMER_ID, ENTRY_TYPE, AVAILABLE_DELTA, PENDING_DELTA, EARNED_DELTA, "
                + "AVAILABLE_AFTER, EVENT_KEY, SOURCE_TYPE, SOURCE_ID, REASON, ACTOR, CREATED_AT) "
                + "select " + BASE + " + g, " + cust + ", case when g % 3 = 0 then 'EARN' else 'BONUS' end, 10, 0, 10, g, 'perf:' || g, "
                + "'order', cast(" + BASE + " + g as varchar), 'perf', 'perf', " + NOW + " - (g % 900) * interval '1 day' "
                + "from generate_series(1, 200000) g");
        s.execute("insert into EVG_POINT_LOT (LOT_ID, CUSTOMER_ID, SOURCE_ENTRY_ID, ORIGINAL_POINTS, REMAINING_POINTS, CREDITED_AT, "
                + "EXPIRES_AT, REMINDER_SENT) select " + BASE + " + g, " + cust + ", " + BASE + " + g, 10, "
                + "case when g % 10 = 0 then 10 else 0 end, " + NOW + " - (g % 900) * interval '1 day', "
                + NOW + " + (365 - g % 900) * interval '1 day', false from generate_series(1, 100000) g");
        s.execute("insert into EVG_POINTS_RESERVATION (RESERVATION_ID, CUSTOMER_ID, CART_ID, ACTIVE_CART_ID, POINTS, AMOUNT, OFFER_CODE, "
                + "STATUS, CREATED_AT, EXPIRES_AT, RELEASE_REASON) select " + BASE + " + g, " + cust + ", " + BASE + " + g, "
                + "case when g % 1000 = 0 then " + BASE + " + g else null end, 100, 1, 'PTS-' || g, "
                + "case when g % 1000 = 0 then 'ACTIVE' else 'CONSUMED' end, " + NOW + " - (g % 900) * interval '1 day', "
                + NOW + " - (g % 900) * interval '1 day' + interval '1 hour', null from generate_series(1, 50000) g");
        s.execute("insert into EVG_POINTS_VOUCHER (VOUCHER_ID, CUSTOMER_ID, POINTS, AMOUNT, CODE, CREATED_AT, VALID_UNTIL, USED_AT, "
                + "USED_ORDER_ID) select " + BASE + " + g, " + cust + ", 500, 5, 'VCH-' || g, " + NOW + " - (g % 900) * interval '1 day', "
                + NOW + " + interval '1 day', null, null from generate_series(1, 50000) g");
        s.execute("insert into EVG_ORDER_POINTS (ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, EARN_BASE, EARNED, REDEEMED, EARN_REVERSED, "
                + "REDEEM_RESTORED, RETURNED_AMOUNT, SUBMITTED_AT, MATURE_AT, MATURED, CANCELLED, VERSION) select " + BASE + " + g, "
                + "'P' || g, " + cust + ", 10, 10, 0, 0, 0, 0, " + NOW + " - (g % 900) * interval '1 day', "
                + NOW + " - (g % 900) * interval '1 day' + interval '30 days', g % 900 >= 30, false, 0 from generate_series(1, 100000) g");
        s.execute("insert into EVG_ORDER_POINTS_LINE (ORDER_ITEM_ID, ORDER_ID, PRODUCT_ID, NAME, QUANTITY, AMOUNT, EARNS, RETURNED_QUANTITY) "
                + "select " + BASE + " + g, " + BASE + " + g / 2, 1, 'perf', 1, 10, true, 0 from generate_series(1, 100000) g");
        s.execute("insert into EVG_LOYALTY_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, LIFETIME_EARNED, CREATED_AT, LAST_ACTIVITY_AT, VERSION) "
                + "select " + BASE + " + g, 10, 0, 10, " + NOW + ", null, 0 from generate_series(0, 19999) g");
        s.execute("insert into EVG_CUSTOMER_TIER (CUSTOMER_ID, TIER_ID, SINCE) select " + BASE + " + g, null, " + NOW
                + " from generate_series(0, 19999) g");
        s.execute("insert into EVG_ORDER_EVENT (ORDER_ID, CUSTOMER_ID, ORDER_NUMBER, SUBMITTED_AT, CREATED_AT, STATUS, ATTEMPTS, "
                + "CLAIM_TOKEN, CLAIMED_UNTIL) select " + BASE + " + g, " + cust + ", 'P' || g, " + NOW + ", " + NOW + ", 'PENDING', 0, "
                + "case when g % 100 = 0 then 'token' else null end, case when g % 100 = 0 then " + NOW + " + interval '5 minutes' "
                + "else null end from generate_series(1, 100000) g");
        for (String t : new String[] {"EVG_LEDGER_ENTRY", "EVG_POINT_LOT", "EVG_POINTS_RESERVATION", "EVG_POINTS_VOUCHER",
                "EVG_ORDER_POINTS", "EVG_ORDER_POINTS_LINE", "EVG_LOYALTY_ACCOUNT", "EVG_CUSTOMER_TIER", "EVG_ORDER_EVENT"}) {
            s.execute("analyze " + t);
        }
    }
}
