package org.evergreenloyalty.demo.launcher;

import java.io.File;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the store's database and how Hibernate treats its schema, before any webapp starts.
 * <p>
 * The connection is published as the system properties {@code evergreen.db.url/user/password} (read by
 * {@code demo-datasource-applicationContext.xml}); the per-unit Hibernate settings
 * ({@code blPU.hibernate.hbm2ddl.auto}, dialect, import files) as system properties too, which Broadleaf's
 * {@code RuntimeEnvironmentPropertiesConfigurer} falls back to. An empty database gets {@code create} plus the
 * import files, once, for the first webapp; everything after that uses {@code update}.
 */
public final class DatabaseSetup {

    /** One of Broadleaf's tables: its presence means the schema exists. */
    private static final String MARKER_TABLE = "BLC_CUSTOMER";

    /** Broadleaf's admin security SQL, loaded once on a new database. */
    private static final String[] BROADLEAF_ADMIN_SQL = {
        "/config/bc/sql/load_admin_permissions.sql",
        "/config/bc/sql/load_admin_roles.sql",
        "/config/bc/sql/load_admin_menu.sql"
    };
    /** SQL that exists only once the module's admin and the demo admin user are installed. */
    private static final String[] OPTIONAL_SQL = {
        "/config/evergreen/sql/load_evergreen_admin.sql",
        "/demo-sql/load_demo_admin_user.sql"
    };
    private static final String[] UNITS = {"blPU", "blSecurePU", "blCMSStorage"};

    private final String url;
    private final String user;
    private final String password;
    private final String dialect;
    private final boolean hsqldb;
    private boolean freshDatabase;

    private DatabaseSetup(String url, String user, String password, String dialect, boolean hsqldb) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
        this.hsqldb = hsqldb;
    }

    /** The database the settings name: the given PostgreSQL URL, or a file HSQLDB in the data directory. */
    public static DatabaseSetup from(LauncherSettings settings) {
        if (settings.externalDatabase() && settings.dbUrl().startsWith("jdbc:postgresql:")) {
            return new DatabaseSetup(settings.dbUrl(), settings.dbUser(), settings.dbPassword(),
                    "org.hibernate.dialect.PostgreSQL82Dialect", false);
        }
        if (settings.externalDatabase()) {
            return new DatabaseSetup(settings.dbUrl(), orDefault(settings.dbUser(), "sa"), settings.dbPassword(),
                    "org.hibernate.dialect.HSQLDialect", true);
        }
        File dir = settings.dataDir();
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IllegalStateException("Cannot create the data directory " + dir);
        }
        String url = "jdbc:hsqldb:file:" + new File(dir, "evergreen").getPath().replace('\\', '/')
                + ";hsqldb.tx=mvcc;sql.enforce_strict_size=true;hsqldb.write_delay_millis=100";
        return new DatabaseSetup(url, "sa", "", "org.hibernate.dialect.HSQLDialect", true);
    }

    private static String orDefault(String v, String fallback) {
        return v == null || v.isEmpty() ? fallback : v;
    }

    /**
     * Connects once to find out whether the schema exists, and publishes the connection settings.
     * Fails with the database's own message when it cannot connect.
     */
    public DatabaseSetup inspect() {
        System.setProperty("evergreen.db.url", url);
        System.setProperty("evergreen.db.user", user);
        System.setProperty("evergreen.db.password", password);
        System.setProperty("evergreen.db.driver", hsqldb ? "org.hsqldb.jdbc.JDBCDriver" : "org.postgresql.Driver");
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            freshDatabase = !hasTable(c.getMetaData(), MARKER_TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + url + " as '" + user + "': " + e.getMessage(), e);
        }
        return this;
    }

    private static boolean hasTable(DatabaseMetaData md, String table) throws SQLException {
        for (String name : new String[] {table, table.toLowerCase()}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the database had no Broadleaf schema at start-up. */
    public boolean isFresh() {
        return freshDatabase;
    }

    /**
     * Publishes the Hibernate settings for the next webapp to start: {@code create} and the import files when
     * {@code firstWebapp} is true and the database was empty, else {@code update}.
     */
    public void configureSchemaFor(boolean firstWebapp) {
        boolean create = firstWebapp && freshDatabase;
        for (String unit : UNITS) {
            System.setProperty(unit + ".hibernate.dialect", dialect);
            System.setProperty(unit + ".hibernate.hbm2ddl.auto", create ? "create" : "update");
            System.setProperty(unit + ".hibernate.hbm2ddl.import_files", "null");
        }
        if (create) {
            System.setProperty("blPU.hibernate.hbm2ddl.import_files", join(importFiles()));
        }
        System.setProperty("hibernate.id.new_generator_mappings", "true");
    }

    /** The SQL import files run on a new database: Broadleaf's admin security plus whatever optional SQL exists. */
    public static List<String> importFiles() {
        List<String> files = new ArrayList<String>();
        for (String f : BROADLEAF_ADMIN_SQL) {
            files.add(f);
        }
        for (String f : OPTIONAL_SQL) {
            if (DatabaseSetup.class.getResource(f) != null) {
                files.add(f);
            }
        }
        return files;
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /** A short description for the start-up log, without the password. */
    public String describe() {
        return (hsqldb ? "HSQLDB " : "PostgreSQL ") + url.replaceAll(";.*$", "") + (freshDatabase ? " (new: schema will be created)" : " (existing schema: update)");
    }

    /** Writes an HSQLDB file database to disk and closes it; nothing for other databases. */
    public void shutdown() {
        if (!hsqldb) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            System.err.println("[evergreen-demo] HSQLDB shutdown: " + e.getMessage());
        }
    }
}
