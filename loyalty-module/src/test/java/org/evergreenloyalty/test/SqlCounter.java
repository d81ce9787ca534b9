package org.evergreenloyalty.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements and commits one thread sends to the test database while it runs a piece of work
 * (other threads, e.g. a scheduler, are not counted). The test context wraps its data source {@code testDS} with
 * it (as a bean post-processor); outside {@link #count} nothing is counted.
 */
public class SqlCounter implements BeanPostProcessor {

    /** What one thread sent: statements executed (each batched row counts) and commits. */
    public static final class Counts {
        private long statements;
        private long commits;
        private final java.util.List<String> prepared = new java.util.ArrayList<String>();

        public long getStatements() { return statements; }
        public long getCommits() { return commits; }
        /** The SQL of each statement prepared, in order (to show where the statements went). */
        public java.util.List<String> getPrepared() { return prepared; }

        @Override
        public String toString() {
            return statements + " statements, " + commits + " commits";
        }
    }

    private static final ThreadLocal<Counts> CURRENT = new ThreadLocal<Counts>();

    /** Runs {@code work} on this thread and returns what it sent to the database. */
    public static Counts count(Callable<?> work) throws Exception {
        Counts counts = new Counts();
        Counts outer = CURRENT.get();
        CURRENT.set(counts);
        try {
            work.call();
        } finally {
            CURRENT.set(outer);
        }
        return counts;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if ("testDS".equals(beanName) && bean instanceof DataSource) {
            // Closeable keeps the bean's destroy-method "close" (the pool's) working through the wrapper
            return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(),
                    new Class<?>[] {DataSource.class, java.io.Closeable.class}, new Counting(bean));
        }
        return bean;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Object target, Class<T> type) {
        return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, new Counting(target));
    }

    /** Passes every call on; counts executions and commits, and wraps what hands out connections and statements. */
    private static final class Counting implements InvocationHandler {
        private final Object target;

        Counting(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            Counts c = CURRENT.get();
            if (c != null) {
                if (name.equals("commit")) {
                    c.commits++;
                } else if (name.startsWith("execute") && !name.equals("executeBatch") || name.equals("addBatch")) {
                    c.statements++;
                } else if (name.startsWith("prepare") && args != null && args.length > 0 && args[0] instanceof String) {
                    c.prepared.add((String) args[0]);
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection && name.equals("getConnection")) {
                return wrap(result, Connection.class);
            }
            if (result instanceof CallableStatement) {
                return wrap(result, CallableStatement.class);
            }
            if (result instanceof PreparedStatement) {
                return wrap(result, PreparedStatement.class);
            }
            if (result instanceof Statement) {
                return wrap(result, Statement.class);
            }
            return result;
        }
    }
}
