package org.evergreenloyalty.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Date;

import javax.sql.DataSource;

/**
 * Fills the bench store with large data fast, in JDBC batches straight into the tables (Broadleaf's customers, the
 * module's ledger, lots, accounts and birthdays), with ids far above what the id generators hand out during a run.
 * The column lists follow the entities as they are on main; a schema change of those tables needs the same change here.
 */
final class BulkLoader {

    private static final int BATCH = 1000;
    private static final long DAY = 24L * 60 * 60 * 1000;

    private final DataSource ds;
    private final String bulkUrl;
    private final String user;
    private final String password;
    private long nextCustomerId = 50_000_000L;
    private long nextEntryId = 500_000_000L;
    private long nextLotId = 500_000_000L;

    /**
     * Loads through {@code ds}, bulk rows through a connection of their own to {@code jdbcUrl} (on PostgreSQL with
     * batched inserts rewritten into multi-row inserts).
     */
    BulkLoader(DataSource ds, String jdbcUrl, String user, String password) {
        this.ds = ds;
        this.bulkUrl = jdbcUrl.startsWith("jdbc:postgresql:")
                ? jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Inserts {@code n} registered customers with e-mail addresses; returns the first id (ids are consecutive). */
    long customers(int n, String prefix) throws SQLException {
        long first = nextCustomerId;
        nextCustomerId += n;
        batch("insert into BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME, PASSWORD, "
                + "PASSWORD_CHANGE_REQUIRED, RECEIVE_EMAIL, IS_REGISTERED, DEACTIVATED) values (?,?,?,?,?,?,?,?,?,?)", n, (ps, i) -> {
            long id = first + i;
            String email = prefix + id + "@example.com";
            ps.setLong(1, id);
            ps.setString(2, email);
            ps.setString(3, email);
            ps.setString(4, "Bench");
            ps.setString(5, "Shopper" + id);
            ps.setString(6, "Password1!{" + id + "}");
            ps.setBoolean(7, false);
            ps.setBoolean(8, true);
            ps.setBoolean(9, true);
            ps.setBoolean(10, false);
        });
        return first;
    }

    /** Birthdays for the customers {@code first .. first+n-1}, spread evenly over the days of a year, entered long ago. */
    void birthdays(long first, int n, Date now) throws SQLException {
        Timestamp entered = new Timestamp(now.getTime() - 400 * DAY);
        java.time.LocalDate base = java.time.LocalDate.of(2001, 1, 1);
        batch("insert into EVG_BIRTHDAY (CUSTOMER_ID, BIRTH_MONTH, BIRTH_DAY, BIRTH_YEAR, MONTH_DAY, ENTERED_AT, CHANGED_AT, VERSION) "
                + "values (?,?,?,?,?,?,?,0)", n, (ps, i) -> {
            java.time.LocalDate d = base.plusDays(i % 365);
            ps.setLong(1, first + i);
            ps.setInt(2, d.getMonthValue());
            ps.setInt(3, d.getDayOfMonth());
            ps.setInt(4, 1960 + i % 45);
            ps.setInt(5, d.getMonthValue() * 100 + d.getDayOfMonth());
            ps.setTimestamp(6, entered);
            ps.setTimestamp(7, entered);
        });
    }

    /**
     * {@code total} ledger entries, {@code ofTarget} of them the target customer's (a bonus of 10 points each, with its
     * account row and 100 open lots expiring within three weeks); the others spread over {@code others} other customers.
     */
    void ledger(long target, int ofTarget, int total, int others, Date now) throws SQLException {
        long firstEntry = nextEntryId;
        nextEntryId += total;
        long t0 = now.getTime() - (long) total * 1000;
        batch("insert into EVG_LEDGER_ENTRY (ENTRY_ID, CUSTOMER_ID, ENTRY_TYPE, AVAILABLE_DELTA, PENDING_DELTA, EARNED_DELTA, "
                + "AVAILABLE_AFTER, EVENT_KEY, SOURCE_TYPE, SOURCE_ID, REASON, ACTOR, CREATED_AT) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                total, (ps, i) -> {
            long id = firstEntry + i;
            // every (total/ofTarget)-th entry is the target's, so its history spreads over the whole table
            boolean mine = ofTarget > 0 && i % (total / ofTarget) == 0 && i / (total / ofTarget) < ofTarget;
            long customer = mine ? target : 40_000_000L + i % others;
            ps.setLong(1, id);
            ps.setLong(2, customer);
            ps.setString(3, "BONUS");
            ps.setLong(4, 10);
            ps.setLong(5, 0);
            ps.setLong(6, 10);
            ps.setLong(7, mine ? 10L * (i / (total / ofTarget) + 1) : 10);
            ps.setString(8, "bench:load:" + id);
            ps.setString(9, "bench");
            ps.setString(10, String.valueOf(id));
            ps.setString(11, "Bench bonus");
            ps.setString(12, "system");
            ps.setTimestamp(13, new Timestamp(t0 + (long) i * 1000));
        });
        long points = 10L * ofTarget;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into EVG_LOYALTY_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, "
                    + "LIFETIME_EARNED, CREATED_AT, LAST_ACTIVITY_AT, VERSION) values (?,?,0,?,?,?,0)")) {
                ps.setLong(1, target);
                ps.setLong(2, points);
                ps.setLong(3, points);
                ps.setTimestamp(4, new Timestamp(t0));
                ps.setTimestamp(5, new Timestamp(now.getTime()));
                ps.executeUpdate();
            }
            c.commit();
        }
        int lots = 100;
        long firstLot = nextLotId;
        nextLotId += lots;
        batch("insert into EVG_POINT_LOT (LOT_ID, CUSTOMER_ID, SOURCE_ENTRY_ID, ORIGINAL_POINTS, REMAINING_POINTS, CREDITED_AT, "
                + "EXPIRES_AT, REMINDER_SENT) values (?,?,?,?,?,?,?,?)", lots, (ps, i) -> {
            ps.setLong(1, firstLot + i);
            ps.setLong(2, target);
            ps.setLong(3, firstEntry + (long) i * (total / Math.max(1, ofTarget)));
            ps.setLong(4, points / lots);
            ps.setLong(5, points / lots);
            ps.setTimestamp(6, new Timestamp(t0));
            ps.setTimestamp(7, new Timestamp(now.getTime() + (i % 21 + 1) * DAY));
            ps.setBoolean(8, false);
        });
        settle("EVG_LEDGER_ENTRY", "EVG_POINT_LOT", "EVG_LOYALTY_ACCOUNT");
    }

    /**
     * On PostgreSQL, VACUUM ANALYZE of tables just bulk-loaded, as autovacuum does in a store whose tables grew over
     * months: its statistics are current and the visibility map is set (the ledger is insert-only, so its pages are
     * all-visible and a per-customer count reads the index alone). Read straight after a load of a million rows, the
     * account page met neither state and depended on whether autovacuum had reached the table yet.
     */
    private void settle(String... tables) throws SQLException {
        if (bulkUrl.startsWith("jdbc:postgresql:")) {
            vacuumAnalyze(bulkUrl, user, password, tables);
        }
    }

    /** {@code VACUUM ANALYZE} of {@code tables} on PostgreSQL, on a connection of its own (VACUUM runs outside a transaction). */
    static void vacuumAnalyze(String url, String user, String password, String... tables) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("vacuum analyze " + table);
            }
        }
    }

    /** Rows per second of a plain JDBC batch insert (200 rows a batch, a commit a batch) into a table like the ledger's. */
    double rawInsert(int n) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("create table EVGB_RAW_ENTRY (ENTRY_ID bigint not null primary key, CUSTOMER_ID bigint not null, "
                    + "ENTRY_TYPE varchar(20) not null, AVAILABLE_DELTA bigint not null, PENDING_DELTA bigint not null, "
                    + "EARNED_DELTA bigint not null, AVAILABLE_AFTER bigint not null, EVENT_KEY varchar(160) not null, "
                    + "SOURCE_TYPE varchar(40), SOURCE_ID varchar(64), REASON varchar(500), ACTOR varchar(120) not null, "
                    + "CREATED_AT timestamp not null, constraint EVGB_RAW_EVENT_UK unique (EVENT_KEY))");
            s.execute("create index EVGB_RAW_CUST_IDX on EVGB_RAW_ENTRY (CUSTOMER_ID, CREATED_AT, ENTRY_ID)");
        }
        long start = System.nanoTime();
        int per = 200;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into EVGB_RAW_ENTRY values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(1, i);
                    ps.setLong(2, 1000 + i % 5000);
                    ps.setString(3, "MATURE");
                    ps.setLong(4, 40);
                    ps.setLong(5, -40);
                    ps.setLong(6, 0);
                    ps.setLong(7, 40);
                    ps.setString(8, "mature:order:" + i);
                    ps.setString(9, "order");
                    ps.setString(10, String.valueOf(i));
                    ps.setString(11, "Order " + i + ": points now available");
                    ps.setString(12, "system");
                    ps.setTimestamp(13, new Timestamp(System.currentTimeMillis()));
                    ps.addBatch();
                    if ((i + 1) % per == 0 || i == n - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("drop table EVGB_RAW_ENTRY");
        }
        return perSecond;
    }

    /** A count query's result. */
    long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void batch(String sql, int n, Row row) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(bulkUrl, user, password)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < n; i++) {
                    row.set(ps, i);
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0 || i == n - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** Sets the parameters of row {@code i}. */
    private interface Row {
        void set(PreparedStatement ps, int i) throws SQLException;
    }
}
