package org.evergreenloyalty.test;

/**
 * The database an integration test JVM runs on: in-memory HSQLDB by default, or a PostgreSQL server
 * with {@code -Devergreen.test.db=postgres} (URL, user and password from {@code evergreen.test.pg.*}
 * system properties or the {@code EVERGREEN_PG_URL/USER/PASSWORD} environment variables).
 */
public enum TestDatabase {
    HSQLDB("jdbc:hsqldb:mem:evergreen;sql.enforce_strict_size=true;hsqldb.tx=mvcc", "sa", "", "org.hibernate.dialect.HSQLDialect"),
    POSTGRES("jdbc:postgresql://127.0.0.1:5432/evergreen_test", "evergreen", "evergreen",
            "org.hibernate.dialect.PostgreSQL82Dialect");

    /** Liquibase logs each change set at INFO through java.util.logging; tests keep its warnings only. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final String defaultUrl;
    private final String defaultUser;
    private final String defaultPassword;
    private final String dialect;

    TestDatabase(String defaultUrl, String defaultUser, String defaultPassword, String dialect) {
        this.defaultUrl = defaultUrl;
        this.defaultUser = defaultUser;
        this.defaultPassword = defaultPassword;
        this.dialect = dialect;
    }

    /** The database chosen for this JVM. */
    public static TestDatabase current() {
        String v = System.getProperty("evergreen.test.db", "hsqldb");
        if ("postgres".equalsIgnoreCase(v) || "postgresql".equalsIgnoreCase(v)) {
            return POSTGRES;
        }
        if ("hsqldb".equalsIgnoreCase(v) || v.isEmpty()) {
            return HSQLDB;
        }
        throw new IllegalArgumentException("evergreen.test.db must be hsqldb or postgres, was '" + v + "'");
    }

    public String url() { return setting("evergreen.test.pg.url", "EVERGREEN_PG_URL", defaultUrl); }
    public String user() { return setting("evergreen.test.pg.user", "EVERGREEN_PG_USER", defaultUser); }
    public String password() { return setting("evergreen.test.pg.password", "EVERGREEN_PG_PASSWORD", defaultPassword); }
    public String dialect() { return dialect; }

    /**
     * Points a Broadleaf context booted next in this JVM at this database, through system properties: the
     * test JDBC URL, user and password, and for each of Broadleaf's persistence units the dialect and a
     * schema created afresh (or, with {@code -Devergreen.test.hbm2ddl=none}, the schema another JVM made).
     */
    public void applyToBroadleaf() {
        System.setProperty("evergreen.test.jdbc.url", url());
        System.setProperty("evergreen.test.jdbc.user", user());
        System.setProperty("evergreen.test.jdbc.password", password());
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            System.setProperty(unit + ".hibernate.dialect", dialect());
            System.setProperty(unit + ".hibernate.hbm2ddl.auto", System.getProperty("evergreen.test.hbm2ddl", "create"));
            System.setProperty(unit + ".hibernate.show_sql", "false");
        }
        System.setProperty("hibernate.id.new_generator_mappings", "true");
    }

    /**
     * The JPA properties of the core suite's persistence unit on this database: a schema created afresh, and the
     * dialect where the Hibernate on the classpath needs to be told (4.x; Hibernate 6 finds it itself and no longer
     * has the 8.2 dialect).
     */
    public java.util.Map<String, String> jpaProperties() {
        java.util.Map<String, String> p = new java.util.HashMap<String, String>();
        p.put("hibernate.hbm2ddl.auto", System.getProperty("evergreen.test.hbm2ddl", "create"));
        p.put("hibernate.id.new_generator_mappings", "true");
        p.put("hibernate.show_sql", "false");
        if (hibernateMajorVersion() < 6) {
            p.put("hibernate.dialect", dialect());
        }
        return p;
    }

    /** The major version of the Hibernate on the classpath (4 on the Broadleaf 3.1 stack, 6 on the jakarta one). */
    public static int hibernateMajorVersion() {
        String v = org.hibernate.Version.getVersionString();
        return Integer.parseInt(v.substring(0, v.indexOf('.')));
    }

    private String setting(String property, String env, String fallback) {
        if (this != POSTGRES) {
            return fallback;
        }
        String v = System.getProperty(property);
        if (v == null || v.isEmpty()) {
            v = System.getenv(env);
        }
        return v == null || v.isEmpty() ? fallback : v;
    }
}
