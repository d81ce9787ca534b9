package org.evergreenloyalty.privacy;

import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.webhook.WebhookJson;
import org.hibernate.Session;

/**
 * The privacy feature's queries: a catalog section's rows of one customer (plain SQL on the transaction's
 * connection, so every table reads the same way whatever entity maps it), the section's erasure as one update or
 * delete through the section's customer index, the erasure records, and the customers the erasure job looks at.
 */
public class PersonalDataRepository {

    /**
     * Tables and columns whose customers the erasure job checks against the store (every customer with data in the
     * module has a row in one); each is read through its customer index above the page's cursor.
     */
    static final String[][] KNOWN_CUSTOMERS = {{"EVG_LOYALTY_ACCOUNT", "CUSTOMER_ID"}, {"EVG_REFERRAL", "FRIEND_ID"},
            {"EVG_REFERRAL_CODE", "CUSTOMER_ID"}, {"EVG_BIRTHDAY", "CUSTOMER_ID"}, {"EVG_REVIEW", "CUSTOMER_ID"}};

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The section's rows of {@code customerId}, oldest first, each a map of camel-cased column names to values. */
    public List<Map<String, Object>> rows(PersonalDataSection s, long customerId) {
        String sql = "select * from " + s.getTable() + " where " + s.getCustomerColumn() + " = ? order by 1";
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, customerId);
                try (ResultSet rs = ps.executeQuery()) {
                    return read(rs);
                }
            }
        });
    }

    /**
     * The webhook events about {@code customerId} (its id in the payload as {@code customerId}, {@code advocateId} or
     * {@code friendId}), one row per event however many subscriptions got it, oldest first. The payloads carry ids,
     * amounts and reasons, no contact data; this reads the whole delivery table, which only an export does.
     */
    public List<Map<String, Object>> webhookEvents(long customerId) {
        String[] keys = {"customerId", "advocateId", "friendId"};
        String where = java.util.Arrays.stream(keys).map(k -> "DATA like ? or DATA like ?").collect(Collectors.joining(" or "));
        String sql = "select EVENT_ID, EVENT_TYPE, min(CREATED_AT) as CREATED_AT, DATA from EVG_WEBHOOK_DELIVERY where " + where
                + " group by EVENT_ID, EVENT_TYPE, DATA order by 3, 1";
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 0;
                for (String k : keys) {
                    ps.setString(++i, "%\"" + k + "\":" + customerId + ",%");
                    ps.setString(++i, "%\"" + k + "\":" + customerId + "}%");
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return read(rs);
                }
            }
        });
    }

    /** How many rows of the section belong to {@code customerId}. */
    public int count(PersonalDataSection s, long customerId) {
        return ((Number) em.createNativeQuery("select count(*) from " + s.getTable() + " where " + s.getCustomerColumn() + " = ?1")
                .setParameter(1, customerId).getSingleResult()).intValue();
    }

    /** Erases the section's rows of {@code customerId} as the catalog says; the number of rows changed. */
    public int erase(PersonalDataSection s, long customerId) {
        if (!s.isErased()) {
            return 0;
        }
        String where = " where " + s.getCustomerColumn() + " = ?1";
        String sql = s.isDeleteOnErasure() ? "delete from " + s.getTable() + where
                : "update " + s.getTable() + " set " + s.getErasedColumns().entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")) + where;
        return em.createNativeQuery(sql).setParameter(1, customerId).executeUpdate();
    }

    /** Writes entity changes of the transaction before plain SQL reads or changes the tables. */
    public void flush() {
        em.flush();
    }

    /** Forgets the entities loaded so far, so later reads in the transaction see what plain SQL changed. */
    public void clear() {
        em.clear();
    }

    /** The table of the erasure records ({@link ErasureRecord}). */
    public static final String ERASURE_TABLE = "EVG_ERASURE";

    public ErasureRecord erasure(long customerId) {
        return Rows.first(em, "select CUSTOMER_ID, ERASED_AT, ERASED_BY, REASON, ROWS_TOUCHED from " + ERASURE_TABLE
                + " where CUSTOMER_ID = ?", p -> p.id(customerId), rs -> new ErasureRecord(rs.getLong(1), Rows.time(rs, 2),
                rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    public void add(ErasureRecord r) {
        em.flush(); // the erasure's changes to mapped rows go first, as before
        Rows.update(em, "insert into " + ERASURE_TABLE + " (CUSTOMER_ID, ERASED_AT, ERASED_BY, REASON, ROWS_TOUCHED) values (?, ?, ?, ?, ?)",
                p -> p.id(r.getCustomerId()).time(r.getErasedAt()).text(r.getErasedBy()).text(r.getReason()).text(r.getRowsTouchedText()));
    }

    /** Up to {@code max} customers with data in the module, above {@code afterId}, not erased yet, by id. */
    @SuppressWarnings("unchecked")
    public List<Long> notErased(long afterId, int max) {
        String known = java.util.Arrays.stream(KNOWN_CUSTOMERS)
                .map(t -> "select " + t[1] + " as ID from " + t[0] + " where " + t[1] + " > ?1")
                .collect(Collectors.joining(" union "));
        List<Object> ids = em.createNativeQuery("select k.ID from (" + known + ") k"
                + " where not exists (select 1 from EVG_ERASURE e where e.CUSTOMER_ID = k.ID) order by k.ID")
                .setParameter(1, afterId).setMaxResults(max).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).collect(Collectors.toList());
    }

    private static List<Map<String, Object>> read(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                row.put(camel(md.getColumnLabel(i)), value(rs.getObject(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A value as an export holds it: times as ISO-8601 UTC text, dates as {@code yyyy-MM-dd}, large text as text,
     * binary values (an e-mail's serialized template variables) as Base64 text.
     */
    static Object value(Object v) throws SQLException {
        if (v instanceof byte[]) {
            return java.util.Base64.getEncoder().encodeToString((byte[]) v);
        }
        if (v instanceof java.sql.Blob) {
            java.sql.Blob b = (java.sql.Blob) v;
            return java.util.Base64.getEncoder().encodeToString(b.getBytes(1, (int) b.length()));
        }
        if (v instanceof java.sql.Date) {
            return v.toString();
        }
        if (v instanceof Date) {
            return WebhookJson.iso((Date) v);
        }
        if (v instanceof Clob) {
            Clob c = (Clob) v;
            return c.getSubString(1, (int) c.length());
        }
        return v;
    }

    /** {@code FRIEND_EMAIL_KEY} as {@code friendEmailKey}. */
    static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                up = b.length() > 0;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }
}
