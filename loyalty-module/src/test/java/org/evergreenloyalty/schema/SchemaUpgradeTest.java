package org.evergreenloyalty.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Scanner;
import java.util.TreeMap;

import org.evergreenloyalty.test.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An installation as it is today (the 0.1 schema Hibernate made, without the query indexes, with data) is brought
 * up to date by the start-up migration: existing tables and indexes adopted, missing indexes created, rows kept,
 * and a second start changes nothing.
 */
@Tag("database")
class SchemaUpgradeTest {

    private static final String[] DATA = {
        "insert into EVG_LOYALTY_ACCOUNT (CUSTOMER_ID, AVAILABLE, CREATED_AT, LIFETIME_EARNED, PENDING, VERSION)"
            + " values (7001, 150, TIMESTAMP '2026-01-05 10:00:00', 200, 0, 3)",
        "insert into EVG_LEDGER_ENTRY (ENTRY_ID, ACTOR, AVAILABLE_AFTER, AVAILABLE_DELTA, CREATED_AT, CUSTOMER_ID,"
            + " EARNED_DELTA, EVENT_KEY, PENDING_DELTA, ENTRY_TYPE) values (1, 'system', 200, 200,"
            + " TIMESTAMP '2026-01-05 10:00:00', 7001, 200, 'order:1', 0, 'EARN')",
        "insert into EVG_LEDGER_ENTRY (ENTRY_ID, ACTOR, AVAILABLE_AFTER, AVAILABLE_DELTA, CREATED_AT, CUSTOMER_ID,"
            + " EARNED_DELTA, EVENT_KEY, PENDING_DELTA, ENTRY_TYPE) values (2, 'shopper', 150, -50,"
            + " TIMESTAMP '2026-01-06 10:00:00', 7001, 0, 'redeem:1', 0, 'REDEEM')",
        "insert into EVG_POINT_LOT (LOT_ID, CREDITED_AT, CUSTOMER_ID, EXPIRES_AT, ORIGINAL_POINTS, REMAINING_POINTS,"
            + " REMINDER_SENT, SOURCE_ENTRY_ID) values (1, TIMESTAMP '2026-01-05 10:00:00', 7001,"
            + " TIMESTAMP '2027-01-05 10:00:00', 200, 150, false, 1)",
        "insert into EVG_ID_GENERATION (ID_NAME, ID_VAL) values ('ProductReview', 41)",
        // a referral without its version (0.1 allowed it): Hibernate could not change it, so its friend's orders
        // could not be booked
        "insert into EVG_REFERRAL (REFERRAL_ID, ADVOCATE_ID, CODE, CREATED_AT, FRIEND_ID, SOURCE, STATUS, UPDATED_AT)"
            + " values (1, 7001, 'ANNA7K3M', TIMESTAMP '2026-01-05 10:00:00', 7002, 'LINK', 'PENDING',"
            + " TIMESTAMP '2026-01-05 10:00:00')",
    };

    @Test
    void todaysInstallationIsUpgradedKeepingItsDataAndASecondStartChangesNothing() throws Exception {
        EmptySchema schema = EmptySchema.create("upgrade");
        schema.execute(resource("schema/evergreen-0.1-" + (schema.database == TestDatabase.HSQLDB ? "hsqldb" : "postgresql") + ".sql"));
        schema.execute(String.join(";\n", DATA) + ";");
        Map<String, String> before = contents(schema);
        EntitySchema entities = EntitySchema.load();
        List<String> missingBefore = SchemaDrift.between(entities, read(schema), "x").findings();
        assertTrue(missingBefore.contains("missing index EVG_LEDGER_CUST_IDX on EVG_LEDGER_ENTRY [CUSTOMER_ID, CREATED_AT, ENTRY_ID, EARNED_DELTA]"),
                "the fixture is a schema without the query indexes: " + missingBefore);

        SchemaMigrationAtStartup startup = new SchemaMigrationAtStartup(schema.dataSource(), true, new EvergreenChangelog());
        int applied = startup.migrate();

        SchemaDrift drift = SchemaDrift.between(entities, read(schema), "x");
        assertTrue(drift.findings().isEmpty(), drift.report());
        assertEquals(before, contents(schema), "the rows are kept");
        assertEquals("[1|0|]", rows(schema, "select REFERRAL_ID, VERSION from EVG_REFERRAL"),
                "the referral without a version is kept and gets version 0");
        Map<String, Integer> history = history(schema);
        boolean postgres = schema.database == TestDatabase.POSTGRES;
        Map<String, Integer> ofRelease01 = history(schema, "in");
        assertEquals(postgres ? 15 : 14, (int) ofRelease01.getOrDefault("EXECUTED", 0),
                "the 14 missing indexes (and on PostgreSQL the one on upper(CODE)) are created: " + ofRelease01);
        assertEquals(36 + 30, (int) ofRelease01.getOrDefault("MARK_RAN", 0), "36 tables and 30 indexes adopted: " + ofRelease01);
        Map<String, Integer> later = history(schema, "not in");
        // the fixture holds the module's tables only: the one change set on a Broadleaf table (1.14's index on
        // BLC_ORDER.SUBMIT_DATE, precondition: BLC_ORDER exists) is marked as run
        assertEquals(later.values().stream().mapToInt(Integer::intValue).sum() - 1, (int) later.getOrDefault("EXECUTED", 0),
                "every change set of a schema version after 1.1 is new to a 0.1 installation, so it runs: " + later);
        assertEquals(1, (int) later.getOrDefault("MARK_RAN", 0), "only the index on BLC_ORDER is not made: " + later);
        assertEquals(applied, history.values().stream().mapToInt(Integer::intValue).sum(),
                "every change set is recorded, executed or (existing tables and indexes) marked as run");
        if (postgres) {
            assertTrue(read(schema).tables().get("EVG_POINTS_VOUCHER").indexes.containsKey("EVG_VOUCHER_CODE_UPPER_IDX"));
        }

        Map<String, DatabaseSchema.Index> indexes = read(schema).tables().get("EVG_LEDGER_ENTRY").indexes;
        assertEquals(0, startup.migrate(), "a second start finds nothing to do");
        assertEquals(history, history(schema), "a second start records nothing");
        assertEquals(indexes.keySet(), read(schema).tables().get("EVG_LEDGER_ENTRY").indexes.keySet());
        assertEquals(before, contents(schema));
    }

    /**
     * The unmapped tables (a summary table here) have no entity, so Hibernate's create leaves them alone: a start after it drops and makes them
     * again, empty like the tables Hibernate made; a start without it keeps their rows, and neither touches another table.
     */
    @Test
    void aStartAfterHibernateCreatedTheTablesEmptiesTheUnmappedTablesToo() throws Exception {
        EmptySchema schema = EmptySchema.create("recreate");
        new SchemaMigrationAtStartup(schema.dataSource(), true, new EvergreenChangelog()).migrate();
        schema.execute("insert into EVG_INS_SUMMARY (SUMMARY_NAME, FOLDED_TO, FOLDED_AT) values ('orders', "
                + "TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-02 00:00:00');\n"
                + "insert into EVG_TIER (TIER_ID, NAME, THRESHOLD, MULTIPLIER) values (7, 'Gold', 500, 2)");

        assertEquals(0, new SchemaMigrationAtStartup(schema.dataSource(), true, new EvergreenChangelog(), false).migrate());
        assertEquals("[orders|]", rows(schema, "select SUMMARY_NAME from EVG_INS_SUMMARY"), "a plain start keeps the rows");

        int rechecked = new SchemaMigrationAtStartup(schema.dataSource(), true, new EvergreenChangelog(), true).migrate();

        assertTrue(rechecked > 80, "every change set is checked again: " + rechecked);
        assertEquals("[]", rows(schema, "select SUMMARY_NAME from EVG_INS_SUMMARY"), "the summary table is made anew, empty");
        assertEquals("[7|]", rows(schema, "select TIER_ID from EVG_TIER"), "an entity's table is Hibernate's to make anew");
        for (String t : UnmappedTables.NAMES) {
            assertTrue(read(schema).tables().containsKey(t), t + " exists again");
        }
        assertEquals(0, new SchemaMigrationAtStartup(schema.dataSource(), true, new EvergreenChangelog()).migrate());
    }

    @Test
    void switchedOffTheStartUpMigrationLeavesTheDatabaseAlone() throws Exception {
        EmptySchema schema = EmptySchema.create("upgrade_off");
        schema.execute(resource("schema/evergreen-0.1-" + (schema.database == TestDatabase.HSQLDB ? "hsqldb" : "postgresql") + ".sql"));

        new SchemaMigrationAtStartup(schema.dataSource(), false, new EvergreenChangelog()).afterPropertiesSet();

        assertFalse(read(schema).tables().containsKey(EvergreenChangelog.HISTORY_TABLE));
        assertFalse(read(schema).tables().get("EVG_LEDGER_ENTRY").indexes.containsKey("EVG_LEDGER_CUST_IDX"));
    }

    @Test
    void aSettingOtherThanTrueOrFalseIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemaMigrationAtStartup.parse("ture"));
        assertEquals("evergreen.schema.migrate must be true or false, was 'ture'", e.getMessage());
        assertTrue(SchemaMigrationAtStartup.parse(" TRUE "));
        assertFalse(SchemaMigrationAtStartup.parse("false"));
    }

    private static DatabaseSchema read(EmptySchema schema) throws SQLException {
        try (Connection c = schema.connect()) {
            return DatabaseSchema.read(c, schema.name);
        }
    }

    /** The rows {@code query} answers, as text. */
    private static String rows(EmptySchema schema, String query) throws SQLException {
        List<String> rows = new ArrayList<String>();
        try (Connection c = schema.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows.toString();
    }

    /** The rows of the tables the test filled, as text. */
    private static Map<String, String> contents(EmptySchema schema) throws SQLException {
        Map<String, String> out = new TreeMap<String, String>();
        String[][] queries = {
            {"EVG_LOYALTY_ACCOUNT", "select CUSTOMER_ID, AVAILABLE, LIFETIME_EARNED, VERSION from EVG_LOYALTY_ACCOUNT"},
            {"EVG_LEDGER_ENTRY", "select ENTRY_ID, CUSTOMER_ID, AVAILABLE_DELTA, EVENT_KEY, CREATED_AT from EVG_LEDGER_ENTRY order by ENTRY_ID"},
            {"EVG_POINT_LOT", "select LOT_ID, REMAINING_POINTS, EXPIRES_AT, REMINDER_SENT from EVG_POINT_LOT"},
            {"EVG_ID_GENERATION", "select ID_NAME, ID_VAL from EVG_ID_GENERATION"},
        };
        for (String[] q : queries) {
            out.put(q[0], rows(schema, q[1]));
        }
        assertEquals("[7001|150|200|3|]", out.get("EVG_LOYALTY_ACCOUNT"), "the fixture rows are there");
        return out;
    }

    /** How many change sets the history records, by how they ran (EXECUTED, MARK_RAN). */
    private static Map<String, Integer> history(EmptySchema schema) throws SQLException {
        return history(schema, null);
    }

    /** Change sets per EXECTYPE; with "in" only those of the versions 1.0 and 1.1, with "not in" only the later ones. */
    private static Map<String, Integer> history(EmptySchema schema, String versions101) throws SQLException {
        Map<String, Integer> out = new TreeMap<String, Integer>();
        String where = versions101 == null ? ""
                : " where substring(FILENAME, length(FILENAME) - 7, 4) " + versions101 + " ('-1.0', '-1.1')";
        try (Connection c = schema.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select EXECTYPE, count(*) from " + EvergreenChangelog.HISTORY_TABLE + where
                     + " group by EXECTYPE")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = SchemaUpgradeTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            try (Scanner s = new Scanner(in, StandardCharsets.UTF_8.name())) {
                return s.useDelimiter("\\A").next();
            }
        }
    }
}
