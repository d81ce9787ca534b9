package org.evergreenloyalty.pointsimport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.JdbcBatch;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;

/**
 * The queries of points imports: balances, tiers and known event keys of a page of customers (in chunks of
 * {@link #CHUNK}), customers' tiers written in batches, and the import history. Callers bring the transaction.
 */
public class PointsImportRepository {

    /** Largest IN list per query. */
    static final int CHUNK = 500;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The available balance of those of {@code customerIds} that have an account. */
    public Map<Long, Long> availableBalances(Collection<Long> customerIds) {
        Map<Long, Long> found = new HashMap<Long, Long>();
        for (List<Long> chunk : chunks(customerIds)) {
            for (Object[] r : em.createQuery("select a.customerId, a.available from LoyaltyAccount a where a.customerId in :c", Object[].class)
                    .setParameter("c", Queries.padded(chunk)).getResultList()) {
                found.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        return found;
    }

    /** Those of {@code eventKeys} the ledger has recorded. */
    public Set<String> knownEventKeys(Collection<String> eventKeys) {
        Set<String> found = new HashSet<String>();
        for (List<String> chunk : chunks(eventKeys)) {
            found.addAll(em.createQuery("select e.eventKey from LedgerEntry e where e.eventKey in :k", String.class)
                    .setParameter("k", Queries.padded(chunk)).getResultList());
        }
        return found;
    }

    /**
     * On PostgreSQL, refreshes the planner's statistics of the tables an import grows (ledger entries, accounts, lots):
     * a migration into a new program fills them from empty, and with statistics of an empty table the planner scans
     * them whole for every page's key and account lookups. Elsewhere nothing. Runs in the caller's transaction.
     */
    public void refreshStatistics() {
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("analyze EVG_LEDGER_ENTRY");
                    s.execute("analyze EVG_LOYALTY_ACCOUNT");
                    s.execute("analyze EVG_POINT_LOT");
                }
            }
        });
    }

    /** The tier id (null: none) of those of {@code customerIds} that have a tier row. */
    public Map<Long, Long> tiersOf(Collection<Long> customerIds) {
        Map<Long, Long> found = new HashMap<Long, Long>();
        for (List<Long> chunk : chunks(customerIds)) {
            for (Object[] r : em.createQuery("select c.customerId, c.tierId from CustomerTier c where c.customerId in :c", Object[].class)
                    .setParameter("c", Queries.padded(chunk)).getResultList()) {
                found.put(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue());
            }
        }
        return found;
    }

    /** Puts each customer of {@code tiers} in the given tier since {@code since}: updates their tier row or inserts one. */
    public void setTiers(Map<Long, Long> tiers, Date since) {
        if (tiers.isEmpty()) {
            return;
        }
        em.flush();
        Set<Long> existing = tiersOf(tiers.keySet()).keySet();
        List<Map.Entry<Long, Long>> updates = new ArrayList<Map.Entry<Long, Long>>();
        List<Map.Entry<Long, Long>> inserts = new ArrayList<Map.Entry<Long, Long>>();
        for (Map.Entry<Long, Long> e : tiers.entrySet()) {
            (existing.contains(e.getKey()) ? updates : inserts).add(e);
        }
        JdbcBatch.run(em, "update EVG_CUSTOMER_TIER set TIER_ID = ?, SINCE = ? where CUSTOMER_ID = ?", updates, (ps, e) -> {
            ps.setLong(1, e.getValue());
            ps.setTimestamp(2, JdbcBatch.timestamp(since));
            ps.setLong(3, e.getKey());
        }, true);
        JdbcBatch.insert(em, "EVG_CUSTOMER_TIER (CUSTOMER_ID, TIER_ID, SINCE)", 3, inserts,
                (p, e) -> p.id(e.getKey()).id(e.getValue()).time(since));
    }

    /** The table of the imports' history ({@link ImportRecord}). */
    public static final String HISTORY_TABLE = "EVG_POINTS_IMPORT";
    private static final String HISTORY_COLUMNS = "IMPORT_ID, FILE_NAME, IMPORT_MODE, ROW_COUNT, CHANGED_ROWS, REFUSED_ROWS, ACTOR, CREATED_AT";

    /** The history entry of {@code importId}, or null. */
    public ImportRecord find(String importId) {
        return Rows.first(em, "select " + HISTORY_COLUMNS + " from " + HISTORY_TABLE + " where IMPORT_ID = ?", p -> p.text(importId),
                PointsImportRepository::record);
    }

    public void save(ImportRecord r) {
        Rows.update(em, "insert into " + HISTORY_TABLE + " (" + HISTORY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                p -> p.text(r.getImportId()).text(r.getFileName()).text(r.getMode().name()).integer(r.getRows()).integer(r.getChanged())
                        .integer(r.getRefused()).text(r.getActor()).time(r.getCreatedAt()));
    }

    /** The latest {@code max} imports, newest first. */
    public List<ImportRecord> history(int max) {
        return Rows.list(em, "select " + HISTORY_COLUMNS + " from " + HISTORY_TABLE + " order by CREATED_AT desc, IMPORT_ID",
                p -> { }, PointsImportRepository::record, max);
    }

    private static ImportRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ImportRecord(rs.getString(1), rs.getString(2), ImportMode.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getString(7), Rows.time(rs, 8));
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<List<T>> chunks = new ArrayList<List<T>>();
        List<T> all = new ArrayList<T>(values);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
