package org.evergreenloyalty.scheduling;

import java.util.Locale;

/**
 * The databases the clustered job store knows, recognised by their JDBC product name: which Quartz
 * driver delegate and row lock suit each, and the name of its table script ({@code tables_<script>.sql}).
 */
public enum QuartzDatabase {

    POSTGRESQL("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate", null, "postgres"),
    /** HSQLDB: the row lock is taken with an UPDATE, which write-locks in every HSQLDB transaction mode. */
    HSQLDB("org.quartz.impl.jdbcjobstore.HSQLDBDelegate", "org.quartz.impl.jdbcjobstore.UpdateLockRowSemaphore", "hsqldb"),
    H2("org.quartz.impl.jdbcjobstore.StdJDBCDelegate", null, "h2"),
    MYSQL("org.quartz.impl.jdbcjobstore.StdJDBCDelegate", null, "mysql_innodb"),
    ORACLE("org.quartz.impl.jdbcjobstore.oracle.OracleDelegate", null, "oracle"),
    SQLSERVER("org.quartz.impl.jdbcjobstore.MSSQLDelegate", null, "sqlServer"),
    DB2("org.quartz.impl.jdbcjobstore.DB2v8Delegate", null, "db2_v95"),
    /** Anything else: Quartz's standard SQL, no table script. */
    OTHER("org.quartz.impl.jdbcjobstore.StdJDBCDelegate", null, null);

    private final String driverDelegate;
    private final String lockHandler;
    private final String scriptName;

    QuartzDatabase(String driverDelegate, String lockHandler, String scriptName) {
        this.driverDelegate = driverDelegate;
        this.lockHandler = lockHandler;
        this.scriptName = scriptName;
    }

    /** The database behind a JDBC {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static QuartzDatabase fromProductName(String productName) {
        String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) return POSTGRESQL;
        if (p.contains("hsql")) return HSQLDB;
        if (p.equals("h2")) return H2;
        if (p.contains("mysql") || p.contains("mariadb")) return MYSQL;
        if (p.contains("oracle")) return ORACLE;
        if (p.contains("microsoft sql server")) return SQLSERVER;
        if (p.startsWith("db2")) return DB2;
        return OTHER;
    }

    /** The Quartz driver delegate class for this database. */
    public String getDriverDelegate() { return driverDelegate; }

    /** A Quartz lock handler class to use instead of the default row lock, or null. */
    public String getLockHandler() { return lockHandler; }

    /** The {@code <name>} of {@code tables_<name>.sql}, or null when there is no script for this database. */
    public String getScriptName() { return scriptName; }
}
