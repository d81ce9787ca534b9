package org.evergreenloyalty.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The bench store's data source: the real pool behind a counter of the SQL statements executed (a JDBC batch counts
 * each statement in it) and the commits, in total over every thread and for the calling thread alone, so a figure
 * can tell what the request thread pays from what background threads add.
 */
public final class CountingDataSource implements DataSource {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong COMMITS = new AtomicLong();
    private static final ThreadLocal<long[]> THREAD = ThreadLocal.withInitial(() -> new long[2]);

    private final DataSource target;

    public CountingDataSource(DataSource target) {
        this.target = target;
    }

    /** Counts so far: [statements, commits] over all threads. */
    public static long[] total() {
        return new long[] {STATEMENTS.get(), COMMITS.get()};
    }

    /** Counts so far: [statements, commits] of the calling thread. */
    public static long[] thread() {
        long[] t = THREAD.get();
        return new long[] {t[0], t[1]};
    }

    private static void statements(long n) {
        STATEMENTS.addAndGet(n);
        THREAD.get()[0] += n;
    }

    private static void commit() {
        COMMITS.incrementAndGet();
        THREAD.get()[1]++;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    private static Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(c, true));
    }

    /** Counts commits on a connection and statement executions on the statements it creates. */
    private static final class Handler implements InvocationHandler {
        private final Object target;
        private final boolean connection;
        private long batched;

        Handler(Object target, boolean connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (connection) {
                if ("commit".equals(name)) {
                    commit();
                } else if (result instanceof Statement) {
                    return statement((Statement) result);
                }
            } else if ("addBatch".equals(name)) {
                batched++;
            } else if ("executeBatch".equals(name) || "executeLargeBatch".equals(name)) {
                statements(Math.max(1, batched));
                batched = 0;
            } else if ("clearBatch".equals(name)) {
                batched = 0;
            } else if (name.startsWith("execute")) {
                statements(1);
            }
            return result;
        }

        private static Object statement(Statement s) {
            Class<?> type = s instanceof CallableStatement ? CallableStatement.class
                    : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, new Handler(s, false));
        }
    }

    @Override public PrintWriter getLogWriter() throws SQLException { return target.getLogWriter(); }
    @Override public void setLogWriter(PrintWriter out) throws SQLException { target.setLogWriter(out); }
    @Override public void setLoginTimeout(int seconds) throws SQLException { target.setLoginTimeout(seconds); }
    @Override public int getLoginTimeout() throws SQLException { return target.getLoginTimeout(); }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { return target.getParentLogger(); }
    @Override public <T> T unwrap(Class<T> iface) throws SQLException { return target.unwrap(iface); }
    @Override public boolean isWrapperFor(Class<?> iface) throws SQLException { return target.isWrapperFor(iface); }
}
