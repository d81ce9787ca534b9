package org.evergreenloyalty.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;

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
    /** Rows per multi-row insert statement ({@link #insert}). */
    public static final int ROWS = 100;

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

    /**
     * Runs {@code sql} once per row of {@code rows} in batches of {@link #CHUNK}; returns per row whether it changed a
     * row (a driver that does not tell counts as changed).
     */
    public static <T> boolean[] runCounted(EntityManager em, String sql, List<T> rows, Binder<T> binder) {
        boolean[] changed = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return changed;
        }
        em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int done = 0;
                for (int i = 0; i < rows.size(); i++) {
                    binder.bind(ps, rows.get(i));
                    ps.addBatch();
                    if ((i + 1) % CHUNK == 0 || i == rows.size() - 1) {
                        for (int count : ps.executeBatch()) {
                            changed[done++] = count > 0 || count == Statement.SUCCESS_NO_INFO;
                        }
                    }
                }
            }
            return null;
        });
        return changed;
    }

    /** Binds the values of one row of a multi-row insert, in column order. */
    public interface Values<T> {
        void bind(Params p, T row) throws SQLException;
    }

    /**
     * Inserts {@code rows} into {@code into} ({@code "TABLE (COLUMN, ...)"}, {@code columns} columns) with multi-row
     * statements ({@code insert ... values (...), (...)}, {@link #ROWS} rows each, full ones batched), which both
     * databases take far faster than a statement per row.
     */
    public static <T> void insert(EntityManager em, String into, int columns, List<T> rows, Values<T> values) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doReturningWork(c -> {
            int full = rows.size() / ROWS;
            int rest = rows.size() % ROWS;
            if (full > 0) {
                try (PreparedStatement ps = c.prepareStatement(insertSql(into, columns, ROWS))) {
                    for (int k = 0; k < full; k++) {
                        Params p = new Params(ps);
                        for (T row : rows.subList(k * ROWS, (k + 1) * ROWS)) {
                            values.bind(p, row);
                        }
                        ps.addBatch();
                        if ((k + 1) % 10 == 0) {
                            ps.executeBatch();
                        }
                    }
                    if (full % 10 != 0) {
                        ps.executeBatch();
                    }
                }
            }
            if (rest > 0) {
                try (PreparedStatement ps = c.prepareStatement(insertSql(into, columns, rest))) {
                    Params p = new Params(ps);
                    for (T row : rows.subList(full * ROWS, rows.size())) {
                        values.bind(p, row);
                    }
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Updates rows by key from a list of values in ONE statement per {@link #ROWS} rows on PostgreSQL
     * ({@code update T set ... from (values (...), ...) as v (...) where ...}), which PostgreSQL takes several times
     * faster than a batch of single-row updates; on other databases {@code fallbackSql} runs once per row, batched.
     * {@code pgSql} is the statement with {@code #VALUES#} where the value rows go; each row binds {@code columns}
     * values (typed by the casts in {@code rowSql}, e.g. {@code "(cast(? as bigint), ...)"}). Every row must change
     * exactly one row, or the transaction fails (a concurrent change won).
     */
    public static <T> void updateFromValues(EntityManager em, String pgSql, String rowSql, List<T> rows, Values<T> values,
                                            String fallbackSql, Binder<T> fallback) {
        if (rows.isEmpty()) {
            return;
        }
        if (!isPostgres(em)) {
            run(em, fallbackSql, rows, fallback, true);
            return;
        }
        em.unwrap(Session.class).doReturningWork(c -> {
            for (int from = 0; from < rows.size(); from += ROWS) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
                StringBuilder list = new StringBuilder();
                for (int r = 0; r < chunk.size(); r++) {
                    list.append(r == 0 ? "" : ", ").append(rowSql);
                }
                String sql = pgSql.replace("#VALUES#", list);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    Params p = new Params(ps);
                    for (T row : chunk) {
                        values.bind(p, row);
                    }
                    if (ps.executeUpdate() != chunk.size()) {
                        throw new OptimisticLockingFailureException("A concurrent change won the race (" + fallbackSql + ")");
                    }
                }
            }
            return null;
        });
    }

    /** Whether the persistence unit talks to PostgreSQL (its Hibernate dialect says so). */
    public static boolean isPostgres(EntityManager em) {
        return em.unwrap(SessionImplementor.class).getFactory().getJdbcServices().getDialect().getClass().getName()
                .contains("PostgreSQL");
    }

    private static String insertSql(String into, int columns, int rows) {
        String one = "(" + Rows.marks(columns) + ")";
        StringBuilder sql = new StringBuilder("insert into ").append(into).append(" values ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(one);
        }
        return sql.toString();
    }

    /** The parameters of a statement, set in order; nulls typed so every driver takes them. */
    public static final class Params {
        private final PreparedStatement ps;
        private int i;

        Params(PreparedStatement ps) {
            this.ps = ps;
        }

        public Params id(long v) throws SQLException {
            ps.setLong(++i, v);
            return this;
        }

        public Params number(Long v) throws SQLException {
            if (v == null) {
                ps.setNull(++i, java.sql.Types.BIGINT);
            } else {
                ps.setLong(++i, v);
            }
            return this;
        }

        public Params integer(int v) throws SQLException {
            ps.setInt(++i, v);
            return this;
        }

        public Params text(String v) throws SQLException {
            if (v == null) {
                ps.setNull(++i, java.sql.Types.VARCHAR);
            } else {
                ps.setString(++i, v);
            }
            return this;
        }

        public Params time(java.util.Date v) throws SQLException {
            if (v == null) {
                ps.setNull(++i, java.sql.Types.TIMESTAMP);
            } else {
                ps.setTimestamp(++i, new java.sql.Timestamp(v.getTime()));
            }
            return this;
        }

        public Params decimal(java.math.BigDecimal v) throws SQLException {
            if (v == null) {
                ps.setNull(++i, java.sql.Types.NUMERIC);
            } else {
                ps.setBigDecimal(++i, v);
            }
            return this;
        }

        public Params flag(boolean v) throws SQLException {
            ps.setBoolean(++i, v);
            return this;
        }

        /** A value of the JDBC type {@code sqlType} ({@link java.sql.Types}), or null. */
        public Params value(Object v, int sqlType) throws SQLException {
            if (v == null) {
                ps.setNull(++i, sqlType);
            } else {
                ps.setObject(++i, v, sqlType);
            }
            return this;
        }

        public Params bytes(byte[] v) throws SQLException {
            if (v == null) {
                ps.setNull(++i, java.sql.Types.VARBINARY);
            } else {
                ps.setBytes(++i, v);
            }
            return this;
        }
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
