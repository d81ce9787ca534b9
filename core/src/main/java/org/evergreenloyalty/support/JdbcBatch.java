package org.evergreenloyalty.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

import javax.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Batched JDBC statements on the connection of the current JPA transaction (they commit or roll back with it), for
 * the jobs that write a page of rows at once, with ids from the entities' own identifier generators (so rows
 * written here and rows Hibernate writes never share an id). Hibernate does not know these rows: callers write only
 * rows the persistence context does not hold.
 */
public final class JdbcBatch {

    /** Rows per executed batch. */
    public static final int CHUNK = 500;

    private static volatile Method generate;

    private JdbcBatch() {
    }

    /** Binds one row of a batch. */
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * Runs {@code sql} once per row of {@code rows}, in batches of {@link #CHUNK}; with {@code expectOneEach}, a row
     * that changed no row fails the transaction (a concurrent change won).
     */
    public static <T> void run(EntityManager em, String sql, Collection<T> rows, Binder<T> binder, boolean expectOneEach) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 0;
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if (++n % CHUNK == 0) {
                        check(ps.executeBatch(), expectOneEach, sql);
                    }
                }
                if (n % CHUNK != 0) {
                    check(ps.executeBatch(), expectOneEach, sql);
                }
            }
            return null;
        });
    }

    private static void check(int[] counts, boolean expectOneEach, String sql) {
        if (!expectOneEach) {
            return;
        }
        for (int count : counts) {
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new OptimisticLockingFailureException("A concurrent change won the race (" + sql + ")");
            }
        }
    }

    /**
     * The next id of the entity {@code entityName} from its own generator; {@code instance} is a new instance of it
     * without an id (generators that look at the object, like Broadleaf's, need one; others take null).
     */
    public static long nextId(EntityManager em, String entityName, Object instance) {
        SessionImplementor s = em.unwrap(SessionImplementor.class);
        IdentifierGenerator generator = s.getFactory().getIdentifierGenerator(entityName);
        try {
            return ((Number) generateMethod(s).invoke(generator, s, instance)).longValue();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Hibernate at hand's {@code generate(session, object)}, looked up once: its first parameter is a
     * SessionImplementor in Hibernate 4/5 and a SharedSessionContractImplementor in Hibernate 6, so no single
     * compiled call links on both.
     */
    private static Method generateMethod(SessionImplementor session) {
        Method known = generate;
        if (known != null) {
            return known;
        }
        for (Method m : IdentifierGenerator.class.getMethods()) {
            if (m.getName().equals("generate") && m.getParameterTypes().length == 2 && m.getParameterTypes()[0].isInstance(session)) {
                generate = m;
                return m;
            }
        }
        throw new IllegalStateException("this Hibernate has no IdentifierGenerator.generate(session, object)");
    }

    /** A nullable timestamp. */
    public static java.sql.Timestamp timestamp(java.util.Date d) {
        return d == null ? null : new java.sql.Timestamp(d.getTime());
    }
}
