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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** With {@code -Dbench.sqlProfile=true}: executions, rows and nanoseconds per thread kind and statement text. */
    private static final boolean PROFILE = Boolean.getBoolean("bench.sqlProfile");
    private static final Map<String, long[]> PROFILED = new ConcurrentHashMap<String, long[]>();

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

    /**
     * The statement profile since the last call (empty unless {@code bench.sqlProfile}), one line per thread kind
     * and statement, most time first: executions, rows in batches, milliseconds, text. Resets it.
     */
    public static List<String> profile(int top) {
        List<Map.Entry<String, long[]>> all = new ArrayList<Map.Entry<String, long[]>>(PROFILED.entrySet());
        PROFILED.clear();
        all.sort((a, b) -> Long.compare(b.getValue()[2], a.getValue()[2]));
        List<String> lines = new ArrayList<String>();
        for (Map.Entry<String, long[]> e : all.subList(0, Math.min(top, all.size()))) {
            lines.add(String.format("%7d x %8d rows %9.1f ms  %s", e.getValue()[0], e.getValue()[1], e.getValue()[2] / 1e6, e.getKey()));
        }
        return lines;
    }

    private static void profiled(String sql, long rows, long nanos) {
        String thread = Thread.currentThread().getName().replaceAll("[-_ ]?\\d+$", "");
        String text = sql == null ? "?" : sql.replaceAll("\\s+", " ");
        text = text.replaceAll("(\\?, ){3,}\\?", "?,...").replaceAll("(\\(\\?,\\.\\.\\.\\), ){2,}\\(\\?,\\.\\.\\.\\)", "(?,...),...");
        int from = text.indexOf(" from ");
        if (text.startsWith("select ") && from > 120) {
            text = text.substring(0, 100) + " ..." + text.substring(from); // the columns matter less than the tables
        }
        String key = thread + " | " + (text.length() > 400 ? text.substring(0, 400) : text);
        long[] v = PROFILED.computeIfAbsent(key, k -> new long[3]);
        synchronized (v) {
            v[0]++;
            v[1] += rows;
            v[2] += nanos;
        }
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
                new Handler(c, true, null));
    }

    /** Counts commits on a connection and statement executions on the statements it creates. */
    private static final class Handler implements InvocationHandler {
        private final Object target;
        private final boolean connection;
        private final String sql;
        private long batched;

        Handler(Object target, boolean connection, String sql) {
            this.target = target;
            this.connection = connection;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            Object result;
            long start = PROFILE ? System.nanoTime() : 0;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (connection) {
                if ("commit".equals(name)) {
                    commit();
                    if (PROFILE) {
                        profiled("COMMIT", 0, System.nanoTime() - start);
                    }
                } else if (result instanceof Statement) {
                    return statement((Statement) result, args != null && args.length > 0 && args[0] instanceof String ? (String) args[0] : null);
                }
            } else if ("addBatch".equals(name)) {
                batched++;
            } else if ("executeBatch".equals(name) || "executeLargeBatch".equals(name)) {
                statements(Math.max(1, batched));
                if (PROFILE) {
                    profiled("BATCH " + sql, batched, System.nanoTime() - start);
                }
                batched = 0;
            } else if ("clearBatch".equals(name)) {
                batched = 0;
            } else if (name.startsWith("execute")) {
                statements(1);
                if (PROFILE) {
                    profiled(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?", 0, System.nanoTime() - start);
                }
            }
            return result;
        }

        private static Object statement(Statement s, String sql) {
            Class<?> type = s instanceof CallableStatement ? CallableStatement.class
                    : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, new Handler(s, false, sql));
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
