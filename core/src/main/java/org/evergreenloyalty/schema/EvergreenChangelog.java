package org.evergreenloyalty.schema;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeSet;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * The module's versioned schema: the Liquibase changelog of every {@code EVG_} table, constraint and index, and
 * the three things done with it on one JDBC connection: apply what has not run yet, print that as SQL, or list it.
 * Its history lives in {@value #HISTORY_TABLE} / {@value #LOCK_TABLE}, apart from a store's own Liquibase tables;
 * the lock table makes concurrent runs (several nodes starting at once) wait for each other.
 */
public final class EvergreenChangelog {

    /** The master changelog on the classpath; it includes one file per schema version. */
    public static final String MASTER = "config/evergreen/db/changelog-master.xml";
    /** Which change sets have run (Liquibase's DATABASECHANGELOG, under the module's own name). */
    public static final String HISTORY_TABLE = "EVG_DATABASECHANGELOG";
    /** The cluster-wide lock a run holds (Liquibase's DATABASECHANGELOGLOCK, under the module's own name). */
    public static final String LOCK_TABLE = "EVG_DATABASECHANGELOGLOCK";

    private final ClassLoader classLoader;

    /** The changelog read from the class loader that loaded the module. */
    public EvergreenChangelog() {
        this(EvergreenChangelog.class.getClassLoader());
    }

    /** The changelog read from {@code classLoader}. */
    public EvergreenChangelog(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Applies every change set that has not run on this database yet (adopting tables that already exist). */
    public void update(Connection connection) throws Exception {
        withDatabase(connection, database -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .execute());
    }

    /** Writes the SQL that {@link #update} would run on this database to {@code out}, changing nothing. */
    public void printSql(Connection connection, OutputStream out) throws Exception {
        withDatabase(connection, database -> new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, MASTER)
                .setOutput(out)
                .execute());
    }

    /** The change sets not recorded as run on this database ({@code file::id::author}), oldest first. */
    public List<String> pending(Connection connection) throws Exception {
        return withDatabase(connection, database -> {
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase(MASTER, Scope.getCurrentScope().getResourceAccessor(), database);
            List<String> ids = new ArrayList<String>();
            for (ChangeSet changeSet : liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression())) {
                ids.add(changeSet.toString(false));
            }
            return ids;
        });
    }

    /** Work done with the Liquibase view of one connection. */
    private interface DatabaseWork<T> {
        T run(Database database) throws Exception;
    }

    /**
     * Runs {@code work} in a Liquibase scope that reads the changelog from the classpath, reports through logging
     * (not the console) and sends no usage data anywhere; the connection's auto-commit mode is restored after.
     */
    private <T> T withDatabase(Connection connection, DatabaseWork<T> work) throws Exception {
        boolean autoCommit = connection.getAutoCommit();
        try {
            Map<String, Object> scope = new HashMap<String, Object>();
            scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader));
            scope.put(Scope.Attr.classLoader.name(), classLoader);
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            scope.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
            return Scope.child(scope, () -> work.run(database(connection)));
        } finally {
            restore(connection, autoCommit);
        }
    }

    private static Database database(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDatabaseChangeLogTableName(HISTORY_TABLE);
        database.setDatabaseChangeLogLockTableName(LOCK_TABLE);
        return database;
    }

    private static void restore(Connection connection, boolean autoCommit) throws SQLException {
        if (!connection.isClosed() && connection.getAutoCommit() != autoCommit) {
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            connection.setAutoCommit(autoCommit);
        }
    }
}
