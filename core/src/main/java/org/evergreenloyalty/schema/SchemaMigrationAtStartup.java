package org.evergreenloyalty.schema;

import java.sql.Connection;
import java.util.List;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

/**
 * Brings the module's tables and indexes up to date when the application starts: runs the
 * {@link EvergreenChangelog} on the data source of the persistence unit that holds the {@code EVG_} entities,
 * after its EntityManagerFactory is built (so tables Hibernate just created are adopted, not created twice; the
 * tables no entity maps, {@link UnmappedTables}, are the changelog's alone).
 * Off with {@code evergreen.schema.migrate=false}, for stores whose DBAs run the migration themselves
 * ({@link SchemaMigrationTool}). A failed migration stops the start-up: the module does not run on a schema it
 * does not know.
 */
public class SchemaMigrationAtStartup implements InitializingBean {

    /** The setting that switches the migration at start-up on (default) or off. */
    public static final String PROPERTY = "evergreen.schema.migrate";

    private static final Log LOG = LogFactory.getLog(SchemaMigrationAtStartup.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final EvergreenChangelog changelog;

    /**
     * Migrates the database of {@code entityManagerFactory} (a Spring-built unit such as Broadleaf's blPU) when
     * {@code migrate} (the {@value #PROPERTY} setting) is "true"; "false" turns it off, anything else is refused.
     */
    public SchemaMigrationAtStartup(EntityManagerFactory entityManagerFactory, String migrate) {
        this(dataSourceOf(entityManagerFactory), parse(migrate), new EvergreenChangelog(), createsTables(entityManagerFactory));
    }

    private static boolean createsTables(EntityManagerFactory entityManagerFactory) {
        Object auto = entityManagerFactory.getProperties().get("hibernate.hbm2ddl.auto");
        return auto != null && String.valueOf(auto).trim().toLowerCase().startsWith("create");
    }

    /**
     * True when Hibernate drops and creates the tables at every start ({@code hbm2ddl.auto=create} or
     * {@code create-drop}, test and demo databases): the history of the previous schema is forgotten first, so every
     * change set is checked again (an index only the changelog makes is made again on the new tables), and the tables
     * only the changelog defines are dropped to be made anew, empty.
     */
    private boolean schemaJustCreated;

    /** Migrates {@code dataSource}. */
    public SchemaMigrationAtStartup(DataSource dataSource, boolean enabled, EvergreenChangelog changelog) {
        this(dataSource, enabled, changelog, false);
    }

    /** Migrates {@code dataSource}, whose entity tables Hibernate has just created anew when {@code tablesJustCreated}. */
    public SchemaMigrationAtStartup(DataSource dataSource, boolean enabled, EvergreenChangelog changelog, boolean tablesJustCreated) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.changelog = changelog;
        this.schemaJustCreated = tablesJustCreated;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        if (!enabled) {
            LOG.info("Evergreen schema migration at start-up is off (" + PROPERTY + "=false)");
            return;
        }
        migrate();
    }

    /** Applies the change sets this database has not run yet; returns how many there were. */
    public int migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (schemaJustCreated) {
                forgetHistory(connection);
                dropTablesWithoutEntities(connection);
                schemaJustCreated = false; // once per start: the tables are new only then
            }
            List<String> pending = changelog.pending(connection);
            if (pending.isEmpty()) {
                LOG.debug("Evergreen schema is up to date");
                return 0;
            }
            LOG.info("Evergreen schema: applying " + pending.size() + " change set(s): " + pending);
            changelog.update(connection);
            return pending.size();
        } catch (Exception e) {
            throw new IllegalStateException("Evergreen could not migrate its schema (" + e.getMessage()
                    + "). Fix the cause, or set evergreen.schema.migrate=false and run "
                    + SchemaMigrationTool.class.getName() + " yourself.", e);
        }
    }

    private static void forgetHistory(Connection connection) throws java.sql.SQLException {
        int forgotten = runAlone(connection, "delete from " + EvergreenChangelog.HISTORY_TABLE);
        if (forgotten < 0) {
            LOG.debug("Evergreen schema: no change set history yet");
        } else {
            LOG.info("Evergreen schema: Hibernate created the tables anew, " + forgotten + " recorded change set(s) forgotten");
        }
    }

    /**
     * Drops the tables that the changelog alone defines ({@link UnmappedTables}): Hibernate's create drops only the
     * tables its entities map, and these start empty like the others when the changelog makes them again.
     */
    private static void dropTablesWithoutEntities(Connection connection) throws java.sql.SQLException {
        for (String table : UnmappedTables.NAMES) {
            if (runAlone(connection, "drop table " + table) < 0) {
                LOG.debug("Evergreen schema: no table " + table + " to drop");
            }
        }
    }

    /**
     * Runs {@code sql} as a transaction of its own (committed, or rolled back when it fails, so the next statement on
     * the connection starts clean); returns the rows it changed, or -1 when it failed.
     */
    private static int runAlone(Connection connection, String sql) throws java.sql.SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (java.sql.Statement s = connection.createStatement()) {
            int changed = s.executeUpdate(sql);
            if (!autoCommit) {
                connection.commit();
            }
            return changed;
        } catch (java.sql.SQLException failed) {
            if (!autoCommit) {
                connection.rollback();
            }
            return -1;
        }
    }

    static boolean parse(String migrate) {
        String v = migrate == null ? "" : migrate.trim();
        if (!"true".equalsIgnoreCase(v) && !"false".equalsIgnoreCase(v)) {
            throw new IllegalArgumentException(PROPERTY + " must be true or false, was '" + migrate + "'");
        }
        return "true".equalsIgnoreCase(v);
    }

    private static DataSource dataSourceOf(EntityManagerFactory entityManagerFactory) {
        if (!(entityManagerFactory instanceof EntityManagerFactoryInfo)
                || ((EntityManagerFactoryInfo) entityManagerFactory).getDataSource() == null) {
            throw new IllegalArgumentException("The EntityManagerFactory given to the schema migration names no "
                    + "DataSource (it must be built by Spring, like Broadleaf's entityManagerFactory)");
        }
        return ((EntityManagerFactoryInfo) entityManagerFactory).getDataSource();
    }
}
