package org.evergreenloyalty.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.evergreenloyalty.support.IdBlocks;
import org.evergreenloyalty.support.JdbcBatch;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.jdbc.ReturningWork;

/**
 * The ledger's bulk statements for {@link LedgerBatchWriter}: plain JDBC on the connection of the current
 * JPA transaction (so they commit or roll back with it), batched, with ids from the entities' own table
 * generators, reserved a page at a time. Rows of the page that the persistence context holds are flushed and detached first, so no
 * stale copy is written back later.
 */
class LedgerJdbc {

    /** Largest IN list per statement. */
    static final int CHUNK = 500;

    private final EntityManager em;

    LedgerJdbc(EntityManager em) {
        this.em = em;
    }

    /** Account rows of {@code customerIds}, locked until the transaction ends, by customer id. */
    Map<Long, AccountRow> accountsForUpdate(Collection<Long> customerIds) {
        Map<Long, AccountRow> rows = new HashMap<Long, AccountRow>();
        for (List<Long> chunk : chunks(customerIds)) {
            String sql = "select CUSTOMER_ID, AVAILABLE, PENDING, LIFETIME_EARNED, LAST_ACTIVITY_AT, VERSION from EVG_LOYALTY_ACCOUNT"
                    + " where CUSTOMER_ID in (" + Rows.marks(chunk.size()) + ") order by CUSTOMER_ID" + forUpdate();
            work(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            AccountRow a = new AccountRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                    rs.getTimestamp(5), rs.getLong(6));
                            rows.put(a.customerId, a);
                        }
                    }
                }
                return null;
            });
        }
        return rows;
    }

    /**
     * Writes the accounts' new balances: the page's new accounts inserted with them (multi-row inserts; one fails on
     * the key when another node created the same account meanwhile), the others updated (on PostgreSQL one statement
     * per 100 accounts; fails when another transaction changed one since it was read).
     */
    void writeAccounts(Collection<AccountRow> accounts, Date now) {
        List<AccountRow> created = new ArrayList<AccountRow>();
        List<AccountRow> changed = new ArrayList<AccountRow>();
        for (AccountRow a : accounts) {
            if (a.created) {
                created.add(a);
            } else if (a.changed) {
                changed.add(a);
            }
        }
        JdbcBatch.insert(em, "EVG_LOYALTY_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, LIFETIME_EARNED, LAST_ACTIVITY_AT, CREATED_AT, VERSION)",
                7, created, (p, a) -> p.id(a.customerId).id(a.available).id(a.pending).id(a.lifetimeEarned).time(a.lastActivityAt)
                        .time(now).id(a.changed ? 1 : 0));
        JdbcBatch.updateFromValues(em, "update EVG_LOYALTY_ACCOUNT a set AVAILABLE = v.AV, PENDING = v.PE, LIFETIME_EARNED = v.LE,"
                + " LAST_ACTIVITY_AT = v.LA, VERSION = v.VE + 1 from (values #VALUES#) as v (CID, VE, AV, PE, LE, LA)"
                + " where a.CUSTOMER_ID = v.CID and a.VERSION = v.VE",
                "(cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as timestamp))",
                changed, (p, a) -> p.id(a.customerId).id(a.version).id(a.available).id(a.pending).id(a.lifetimeEarned)
                        .time(a.lastActivityAt),
                "update EVG_LOYALTY_ACCOUNT set AVAILABLE = ?, PENDING = ?, LIFETIME_EARNED = ?, LAST_ACTIVITY_AT = ?, VERSION = ?"
                + " where CUSTOMER_ID = ? and VERSION = ?", (ps, a) -> {
                    ps.setLong(1, a.available);
                    ps.setLong(2, a.pending);
                    ps.setLong(3, a.lifetimeEarned);
                    ps.setTimestamp(4, LedgerBatchWriter.timestamp(a.lastActivityAt));
                    ps.setLong(5, a.version + 1);
                    ps.setLong(6, a.customerId);
                    ps.setLong(7, a.version);
                });
    }

    void insertEntries(List<LedgerEntry> entries) {
        JdbcBatch.insert(em, "EVG_LEDGER_ENTRY (ENTRY_ID, CUSTOMER_ID, ENTRY_TYPE, AVAILABLE_DELTA, PENDING_DELTA, EARNED_DELTA,"
                + " AVAILABLE_AFTER, EVENT_KEY, SOURCE_TYPE, SOURCE_ID, REASON, ACTOR, CREATED_AT)", 13, entries, (p, e) -> p
                .id(e.getId()).id(e.getCustomerId()).text(e.getType().name()).id(e.getAvailableDelta()).id(e.getPendingDelta())
                .id(e.getEarnedDelta()).id(e.getAvailableAfter()).text(e.getEventKey()).text(e.getSourceType())
                .text(e.getSourceId()).text(e.getReason()).text(e.getActor()).time(e.getCreatedAt()));
    }

    void insertLots(List<PointLot> lots) {
        JdbcBatch.insert(em, "EVG_POINT_LOT (LOT_ID, CUSTOMER_ID, SOURCE_ENTRY_ID, ORIGINAL_POINTS, REMAINING_POINTS, CREDITED_AT,"
                + " EXPIRES_AT, REMINDER_SENT)", 8, lots, (p, l) -> p.id(l.getId()).id(l.getCustomerId()).id(l.getSourceEntryId())
                .id(l.getOriginalPoints()).id(l.getRemainingPoints()).time(l.getCreditedAt()).time(l.getExpiresAt()).flag(false));
    }

    /** Sets the remaining points of {@code lotIds} to 0: one statement per chunk of {@link #CHUNK}, not one per lot. */
    void emptyLots(List<Long> lotIds) {
        for (List<Long> chunk : chunks(lotIds)) {
            String sql = "update EVG_POINT_LOT set REMAINING_POINTS = 0 where LOT_ID in (" + Rows.marks(chunk.size()) + ")";
            work(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, chunk);
                    return ps.executeUpdate();
                }
            });
        }
    }

    /** Open lots ({@code {lotId, remaining, 0}}) of {@code customerIds} by customer, oldest first, locked until the transaction ends. */
    Map<Long, List<long[]>> openLotsForUpdate(List<Long> customerIds) {
        Map<Long, List<long[]>> open = new HashMap<Long, List<long[]>>();
        for (List<Long> chunk : chunks(customerIds)) {
            String sql = "select LOT_ID, CUSTOMER_ID, REMAINING_POINTS from EVG_POINT_LOT where CUSTOMER_ID in (" + Rows.marks(chunk.size())
                    + ") and REMAINING_POINTS > 0 order by CUSTOMER_ID, CREDITED_AT, LOT_ID" + forUpdate();
            work(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            open.computeIfAbsent(rs.getLong(2), k -> new ArrayList<long[]>()).add(new long[] {rs.getLong(1), rs.getLong(3), 0});
                        }
                    }
                }
                return null;
            });
        }
        return open;
    }

    /** Sets the remaining points of lots (lot id to what is left). */
    void setLotsRemaining(Map<Long, Long> remaining) {
        batch("update EVG_POINT_LOT set REMAINING_POINTS = ? where LOT_ID = ?", new ArrayList<Map.Entry<Long, Long>>(remaining.entrySet()),
                (ps, e) -> {
                    ps.setLong(1, e.getValue());
                    ps.setLong(2, e.getKey());
                }, true);
    }

    /** Customer and remaining points of each of {@code lotIds}, locked until the transaction ends. */
    Map<Long, long[]> lotsForUpdate(List<Long> lotIds) {
        Map<Long, long[]> lots = new HashMap<Long, long[]>();
        for (List<Long> chunk : chunks(lotIds)) {
            String sql = "select LOT_ID, CUSTOMER_ID, REMAINING_POINTS from EVG_POINT_LOT where LOT_ID in (" + Rows.marks(chunk.size())
                    + ") order by LOT_ID" + forUpdate();
            work(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            lots.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                        }
                    }
                }
                return null;
            });
        }
        return lots;
    }

    /** Entries already recorded for any of {@code eventKeys}, by key. */
    Map<String, LedgerEntry> entriesByEventKey(List<String> eventKeys) {
        Map<String, LedgerEntry> found = new HashMap<String, LedgerEntry>();
        for (List<String> chunk : chunks(eventKeys)) {
            for (LedgerEntry e : em.createQuery("select e from LedgerEntry e where e.eventKey in :k", LedgerEntry.class)
                    .setParameter("k", Queries.padded(chunk)).getResultList()) {
                found.put(e.getEventKey(), e);
            }
        }
        return found;
    }

    /** Ids for up to {@code expected} new entries, reserved at once ({@link IdBlocks}). */
    IdBlocks.Supply entryIds(int expected) {
        return IdBlocks.supply(em, LedgerEntry.class.getName(), null, expected);
    }

    /** Ids for up to {@code expected} new lots. */
    IdBlocks.Supply lotIds(int expected) {
        return IdBlocks.supply(em, PointLot.class.getName(), null, expected);
    }

    /** Flushes pending changes, then detaches accounts and lots of {@code customerIds} the persistence context holds. */
    void detachManaged(Collection<Long> customerIds) {
        em.flush();
        SessionImplementor s = em.unwrap(SessionImplementor.class);
        List<Object> stale = new ArrayList<Object>();
        for (Object o : s.getPersistenceContext().getEntitiesByKey().values()) {
            if (o instanceof LoyaltyAccount && customerIds.contains(((LoyaltyAccount) o).getCustomerId())
                    || o instanceof PointLot && customerIds.contains(((PointLot) o).getCustomerId())) {
                stale.add(o);
            }
        }
        for (Object o : stale) {
            em.detach(o);
        }
    }

    private String forUpdate() {
        return Rows.forUpdate(em);
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    private <T> void batch(String sql, Collection<T> rows, JdbcBatch.Binder<T> binder, boolean expectOneEach) {
        JdbcBatch.run(em, sql, rows, binder, expectOneEach);
    }

    private static void bind(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Long) {
                ps.setLong(i + 1, (Long) v);
            } else {
                ps.setString(i + 1, String.valueOf(v));
            }
        }
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<List<T>> chunks = new ArrayList<List<T>>();
        List<T> current = new ArrayList<T>();
        for (T v : values) {
            current.add(v);
            if (current.size() == CHUNK) {
                chunks.add(current);
                current = new ArrayList<T>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * An account row as read under its lock (or a new one the page creates), moved in memory by the page's entries,
     * then written once.
     */
    static final class AccountRow {
        final long customerId;
        long available;
        long pending;
        long lifetimeEarned;
        Date lastActivityAt;
        final long version;
        /** Not in the table yet: written with one insert, balances included. */
        final boolean created;
        boolean changed;

        AccountRow(long customerId, long available, long pending, long lifetimeEarned, Date lastActivityAt, long version) {
            this(customerId, available, pending, lifetimeEarned, lastActivityAt, version, false);
        }

        private AccountRow(long customerId, long available, long pending, long lifetimeEarned, Date lastActivityAt, long version,
                           boolean created) {
            this.customerId = customerId;
            this.available = available;
            this.pending = pending;
            this.lifetimeEarned = lifetimeEarned;
            this.lastActivityAt = lastActivityAt == null ? null : new Date(lastActivityAt.getTime());
            this.version = version;
            this.created = created;
        }

        /** The empty account of a customer who has none yet. */
        static AccountRow created(long customerId) {
            return new AccountRow(customerId, 0, 0, 0, null, 0, true);
        }

        /** The same moves as {@link LoyaltyAccount#apply}. */
        void apply(LedgerEntry entry) {
            available += entry.getAvailableDelta();
            pending += entry.getPendingDelta();
            lifetimeEarned += entry.getEarnedDelta();
            if (LoyaltyAccount.isActivity(entry.getType())) {
                lastActivityAt = entry.getCreatedAt();
            }
            changed = true;
        }
    }
}
