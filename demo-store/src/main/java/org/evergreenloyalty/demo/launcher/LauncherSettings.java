package org.evergreenloyalty.demo.launcher;

import java.io.File;

/**
 * The demo store's start-up settings, read from system properties once: ports, data directory,
 * database connection and demo mailbox. Every setting has a default, so {@code java -jar} needs no flags.
 */
public final class LauncherSettings {

    /** System property naming the storefront port (default 8080). */
    public static final String SITE_PORT = "site.port";
    /** System property naming the admin port (default 8081). */
    public static final String ADMIN_PORT = "admin.port";
    /** System property naming the directory of the file database (default ./evergreen-data). */
    public static final String DATA_DIR = "evergreen.data.dir";
    /** JDBC URL of an external database (PostgreSQL); absent means the file HSQLDB. */
    public static final String DB_URL = "evergreen.db.url";
    /** Database user for {@link #DB_URL}. */
    public static final String DB_USER = "evergreen.db.user";
    /** Database password for {@link #DB_URL}. */
    public static final String DB_PASSWORD = "evergreen.db.password";
    /** Port of the demo mailbox's SMTP server (default 3025). */
    public static final String SMTP_PORT = "evergreen.demo.smtp.port";
    /** An external mail host; when given, no demo mailbox is started. */
    public static final String MAIL_HOST = "evergreen.mail.host";

    private final int sitePort;
    private final int adminPort;
    private final File dataDir;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final int smtpPort;
    private final String externalMailHost;

    private LauncherSettings(int sitePort, int adminPort, File dataDir, String dbUrl, String dbUser,
            String dbPassword, int smtpPort, String externalMailHost) {
        this.sitePort = sitePort;
        this.adminPort = adminPort;
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.smtpPort = smtpPort;
        this.externalMailHost = externalMailHost;
    }

    /** Reads the settings from the system properties, failing with a clear message on a bad value. */
    public static LauncherSettings fromSystemProperties() {
        int sitePort = port(SITE_PORT, 8080);
        int adminPort = port(ADMIN_PORT, 8081);
        if (sitePort == adminPort) {
            throw new IllegalArgumentException("-D" + SITE_PORT + " and -D" + ADMIN_PORT + " must differ (both are " + sitePort + ")");
        }
        File dataDir = new File(text(DATA_DIR, "evergreen-data")).getAbsoluteFile();
        String dbUrl = text(DB_URL, "");
        if (!dbUrl.isEmpty() && !dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:hsqldb:")) {
            throw new IllegalArgumentException("-D" + DB_URL + " must be a jdbc:postgresql: (or jdbc:hsqldb:) URL, was '" + dbUrl + "'");
        }
        return new LauncherSettings(sitePort, adminPort, dataDir, dbUrl, text(DB_USER, ""), text(DB_PASSWORD, ""),
                port(SMTP_PORT, 3025), text(MAIL_HOST, ""));
    }

    private static String text(String key, String fallback) {
        String v = System.getProperty(key);
        return v == null || v.trim().isEmpty() ? fallback : v.trim();
    }

    private static int port(String key, int fallback) {
        String v = text(key, String.valueOf(fallback));
        try {
            int p = Integer.parseInt(v);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + key + " must be a port number between 1 and 65535, was '" + v + "'");
        }
    }

    public int sitePort() { return sitePort; }
    public int adminPort() { return adminPort; }
    public File dataDir() { return dataDir; }
    /** True when an external database URL was given. */
    public boolean externalDatabase() { return !dbUrl.isEmpty(); }
    public String dbUrl() { return dbUrl; }
    public String dbUser() { return dbUser; }
    public String dbPassword() { return dbPassword; }
    public int smtpPort() { return smtpPort; }
    /** True when {@code -Devergreen.mail.host} names a real mail server (no demo mailbox then). */
    public boolean externalMail() { return !externalMailHost.isEmpty(); }
}
