package org.evergreenloyalty.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The DBA's command: status, the SQL of an update (changing nothing), the update itself, and refused arguments. */
@Tag("database")
class SchemaMigrationToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void statusThenSqlThenUpdateOnAnEmptySchema() throws Exception {
        EmptySchema schema = EmptySchema.create("tool");
        String[] connection = {"--url=" + schema.url, "--user=" + schema.database.user()};

        assertEquals(0, run("status", connection, schema), text(err));
        assertTrue(text(out).startsWith(pendingOnEmptySchema(schema) + " change set(s) not run yet:"), text(out));
        assertTrue(text(out).contains("config/evergreen/db/changelog-1.1.xml::1.1-EVG_LEDGER_CUST_IDX::evergreen"), text(out));

        out.reset();
        assertEquals(0, run("sql", connection, schema), text(err));
        String sql = text(out).toUpperCase();
        assertTrue(sql.contains("CREATE TABLE") && sql.contains("EVG_LEDGER_ENTRY"), sql);
        assertTrue(sql.matches("(?s).*CREATE INDEX (\\w+\\.)?EVG_LEDGER_CUST_IDX ON .*"), sql);
        assertTrue(sql.contains("INSERT INTO") && sql.contains("EVG_DATABASECHANGELOG"), sql);
        assertFalse(hasTable(schema, "EVG_LEDGER_ENTRY"), "printing the SQL changes nothing");

        out.reset();
        assertEquals(0, run("update", connection, schema), text(err));
        assertTrue(text(out).startsWith("applied " + pendingOnEmptySchema(schema) + " change set(s)"), text(out));
        assertTrue(hasTable(schema, "EVG_LEDGER_ENTRY"));

        out.reset();
        assertEquals(0, run("status", connection, schema), text(err));
        assertEquals("0 change set(s) not run yet", text(out).trim());
    }

    @Test
    void badArgumentsPrintTheUsageAndTouchNoDatabase() {
        assertEquals(2, SchemaMigrationTool.run(new String[] {"status"}, new PrintStream(out), new PrintStream(err), null));
        assertTrue(text(err).startsWith("no --url given\nusage: "), text(err));

        err.reset();
        assertEquals(2, SchemaMigrationTool.run(new String[] {"migrate", "--url=jdbc:hsqldb:mem:x"},
                new PrintStream(out), new PrintStream(err), null));
        assertTrue(text(err).startsWith("unknown argument 'migrate'"), text(err));

        err.reset();
        assertEquals(2, SchemaMigrationTool.run(new String[] {"sql", "--url=jdbc:hsqldb:mem:x", "--usr=sa"},
                new PrintStream(out), new PrintStream(err), null));
        assertTrue(text(err).startsWith("unknown option(s) [usr]"), text(err));
        assertEquals("", text(out));
    }

    @Test
    void anUnreachableDatabaseIsAFailureWithTheCause() {
        assertEquals(1, SchemaMigrationTool.run(new String[] {"status", "--url=jdbc:nosuchdriver://x"},
                new PrintStream(out), new PrintStream(err), null));
        assertTrue(text(err).startsWith("schema status failed: java.sql.SQLException: No suitable driver"), text(err));
    }

    private int run(String command, String[] connection, EmptySchema schema) {
        String[] args = {command, connection[0], connection[1]};
        return SchemaMigrationTool.run(args, new PrintStream(out), new PrintStream(err), schema.database.password());
    }

    /**
     * Every change set of the changelog files the master includes, counted in their text; those limited to other
     * databases (dbms="postgresql,oracle": the expression index) only on PostgreSQL.
     */
    private static int pendingOnEmptySchema(EmptySchema schema) throws Exception {
        boolean postgres = schema.database == org.evergreenloyalty.test.TestDatabase.POSTGRES;
        java.util.regex.Matcher include = java.util.regex.Pattern.compile("<include file=\"([^\"]+)\"")
                .matcher(text(EvergreenChangelog.MASTER));
        int count = 0;
        while (include.find()) {
            java.util.regex.Matcher set = java.util.regex.Pattern.compile("<changeSet [^>]*>")
                    .matcher(text("config/evergreen/db/" + include.group(1)));
            while (set.find()) {
                boolean otherDatabase = set.group().contains("dbms=") && !set.group().contains("postgresql");
                boolean postgresOnly = set.group().contains("dbms=") && !set.group().contains("hsqldb");
                count += otherDatabase || (postgresOnly && !postgres) ? 0 : 1;
            }
        }
        return count;
    }

    private static String text(String resource) throws java.io.IOException {
        try (java.io.InputStream in = SchemaMigrationToolTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new java.util.Scanner(in, "UTF-8").useDelimiter("\\A").next();
        }
    }

    private static boolean hasTable(EmptySchema schema, String table) throws java.sql.SQLException {
        try (java.sql.Connection c = schema.connect()) {
            return DatabaseSchema.read(c, schema.name).tables().containsKey(table);
        }
    }

    private static String text(ByteArrayOutputStream bytes) {
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
}
