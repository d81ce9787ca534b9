package org.evergreenloyalty.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.evergreenloyalty.test.TestDatabase;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new, empty schema on the test database for one schema test: a private in-memory HSQLDB database, or on
 * PostgreSQL a schema named after the configured one plus a suffix (dropped and created again, so a failed run
 * leaves it for a look and the next run starts clean).
 */
final class EmptySchema {

    final TestDatabase database;
    final String url;
    /** The schema's name as the database stores it (for {@link java.sql.DatabaseMetaData}). */
    final String name;

    private EmptySchema(TestDatabase database, String url, String name) {
        this.database = database;
        this.url = url;
        this.name = name;
    }

    /** An empty schema on the database this test JVM uses; {@code suffix} keeps tests apart on PostgreSQL. */
    static EmptySchema create(String suffix) throws SQLException {
        TestDatabase db = TestDatabase.current();
        if (db == TestDatabase.HSQLDB) {
            return new EmptySchema(db, "jdbc:hsqldb:mem:evgschema_" + UUID.randomUUID().toString().replace("-", "")
                    + ";sql.enforce_strict_size=true;hsqldb.tx=mvcc", "PUBLIC");
        }
        String base = db.url();
        String current = parameter(base, "currentSchema");
        String name = ((current == null ? "public" : current) + "_" + suffix).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base, db.user(), db.password()); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + name + " cascade");
            s.execute("create schema " + name);
        }
        String url = current == null ? base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name
                : base.replace("currentSchema=" + current, "currentSchema=" + name);
        return new EmptySchema(db, url, name);
    }

    /** A new connection to the schema (auto-commit on). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, database.user(), database.password());
    }

    /** A data source handing out new connections to the schema. */
    DataSource dataSource() {
        return new DriverManagerDataSource(url, database.user(), database.password());
    }

    /** Runs a script: statements end with ";" at a line end, lines starting with "--" are comments. */
    void execute(String script) throws SQLException {
        String code = script.replaceAll("(?m)^\\s*--.*$", "");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : code.split(";\\s*(\\r?\\n|$)")) {
                if (!sql.trim().isEmpty()) {
                    s.execute(sql.trim());
                }
            }
        }
    }

    private static String parameter(String url, String key) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.startsWith(key + "=")) {
                return pair.substring(key.length() + 1);
            }
        }
        return null;
    }
}
