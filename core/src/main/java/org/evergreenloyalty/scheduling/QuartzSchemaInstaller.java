package org.evergreenloyalty.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Creates Quartz's QRTZ_ tables in a database that has none. The script is Quartz's own
 * {@code org/quartz/impl/jdbcjobstore/tables_<db>.sql} when the Quartz jar carries it (2.3 and later),
 * otherwise the module's copy for PostgreSQL and HSQLDB ({@code org/evergreenloyalty/scheduling/tables_<db>.sql};
 * Quartz 2.2, which Broadleaf 3.1 brings, ships its scripts outside the jar). DROP statements in a script
 * are skipped: the installer only ever adds tables.
 */
public class QuartzSchemaInstaller {

    private static final Log LOG = LogFactory.getLog(QuartzSchemaInstaller.class);

    /** Quartz's tables, without the prefix. */
    public static final List<String> TABLES = Arrays.asList("JOB_DETAILS", "TRIGGERS", "SIMPLE_TRIGGERS",
            "CRON_TRIGGERS", "SIMPROP_TRIGGERS", "BLOB_TRIGGERS", "CALENDARS", "PAUSED_TRIGGER_GRPS",
            "FIRED_TRIGGERS", "SCHEDULER_STATE", "LOCKS");

    static final String PREFIX = "QRTZ_";
    static final String QUARTZ_SCRIPTS = "org/quartz/impl/jdbcjobstore/";
    static final String OWN_SCRIPTS = "org/evergreenloyalty/scheduling/";

    /** The database behind {@code dataSource}. */
    public QuartzDatabase detect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return QuartzDatabase.fromProductName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the scheduler's database: " + e.getMessage(), e);
        }
    }

    /** The QRTZ_ tables missing from the database (all of them on a fresh database). */
    public List<String> missingTables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            List<String> missing = new ArrayList<String>();
            for (String table : TABLES) {
                if (!exists(c, PREFIX + table)) {
                    missing.add(PREFIX + table);
                }
            }
            return missing;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the scheduler's database: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the QRTZ_ tables if none exist. Does nothing when all exist; refuses to touch a database
     * where only some exist.
     *
     * @return true if this call created the tables
     */
    public boolean ensureTables(DataSource dataSource) {
        List<String> missing = missingTables(dataSource);
        if (missing.isEmpty()) {
            return false;
        }
        if (missing.size() < TABLES.size()) {
            throw new IllegalStateException("The scheduler's database has only some of Quartz's tables; missing: " + missing
                    + ". Complete the schema by hand or drop the QRTZ_ tables so they are created afresh.");
        }
        QuartzDatabase db = detect(dataSource);
        String script = loadScript(db);
        List<String> statements = statements(script);
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            LOG.info("Created Quartz's QRTZ_ tables (" + statements.size() + " statements) for the clustered Evergreen scheduler");
            return true;
        } catch (SQLException e) {
            if (missingTables(dataSource).isEmpty()) {
                LOG.info("Another node created Quartz's QRTZ_ tables meanwhile");
                return false;
            }
            throw new IllegalStateException("Cannot create Quartz's QRTZ_ tables: " + e.getMessage(), e);
        }
    }

    /** The table script for {@code db}: Quartz's own if on the classpath, else the module's. */
    String loadScript(QuartzDatabase db) {
        if (db.getScriptName() == null) {
            throw new IllegalStateException("There is no Quartz table script for this database; create the QRTZ_ tables"
                    + " from Quartz's docs/dbTables and set evergreen.scheduler.createTables=false");
        }
        String file = "tables_" + db.getScriptName() + ".sql";
        ClassLoader loader = QuartzSchemaInstaller.class.getClassLoader();
        for (String location : new String[] {QUARTZ_SCRIPTS + file, OWN_SCRIPTS + file}) {
            try (InputStream in = loader.getResourceAsStream(location)) {
                if (in != null) {
                    LOG.info("Quartz table script: " + location);
                    return read(in);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + location + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("No Quartz table script " + file + " on the classpath; create the QRTZ_ tables"
                + " from Quartz's docs/dbTables and set evergreen.scheduler.createTables=false");
    }

    /** The statements of a script, without comments, DROP and COMMIT statements. */
    static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            String t = line.trim();
            if (t.startsWith("--") || t.startsWith("#") || t.startsWith("//")) {
                continue;
            }
            sql.append(line).append('\n');
        }
        List<String> result = new ArrayList<String>();
        for (String part : sql.toString().split(";")) {
            String s = part.trim();
            String upper = s.toUpperCase(Locale.ROOT);
            if (s.isEmpty() || upper.startsWith("DROP ") || upper.equals("COMMIT")) {
                continue;
            }
            result.add(s);
        }
        return result;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = currentSchema(c);
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(c.getCatalog(), schema, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String currentSchema(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private static String read(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
}
