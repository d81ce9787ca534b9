package org.evergreenloyalty.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Single SQL statements on the connection of the current JPA transaction (they commit or roll back with it), for the
 * module's small tables that no entity maps: each mapped entity lengthens the list Hibernate 4.1 walks before every
 * criteria query of the store (Broadleaf prices a cart with one), so a table read and written by a few plain
 * statements stays unmapped. Hibernate does not see these rows; the changelog alone defines their tables
 * ({@link org.evergreenloyalty.schema.UnmappedTables}). Callers hold the transaction (there is no connection without one).
 */
public final class Rows {

    private Rows() {
    }

    /** Sets a statement's parameters, in order. */
    public interface Binding {
        void bind(JdbcBatch.Params p) throws SQLException;
    }

    /** Reads one row of a result. */
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Takes one row of a result. */
    public interface RowAction {
        void take(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a statement without parameters (an insights fold's set-based insert, update or delete); returns the rows it
     * changed. Unlike {@code em.createNativeQuery(sql).executeUpdate()}, which cannot tell what a statement touched and so
     * evicts every region of the store's second-level cache (Broadleaf's catalog, offers and orders with it), this
     * leaves the cache alone: use it for the module's unmapped tables only.
     */
    public static int execute(EntityManager em, String sql) {
        return update(em, sql, p -> { });
    }

    /** Runs an insert, update or delete; returns the rows it changed. */
    public static int update(EntityManager em, String sql, Binding binding) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binding.bind(new JdbcBatch.Params(ps));
                return ps.executeUpdate();
            }
        });
    }

    /** The first row a query answers, or null when it answers none. */
    public static <T> T first(EntityManager em, String sql, Binding binding, Row<T> row) {
        List<T> rows = list(em, sql, binding, row);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Every row a query answers. */
    public static <T> List<T> list(EntityManager em, String sql, Binding binding, Row<T> row) {
        return list(em, sql, binding, row, 0);
    }

    /** The first {@code maxRows} rows a query answers (0: all). */
    public static <T> List<T> list(EntityManager em, String sql, Binding binding, Row<T> row, int maxRows) {
        List<T> rows = new ArrayList<T>();
        each(em, sql, binding, rs -> rows.add(row.read(rs)), maxRows);
        return rows;
    }

    /** Hands every row a query answers to {@code action}, in order. */
    public static void each(EntityManager em, String sql, Binding binding, RowAction action) {
        each(em, sql, binding, action, 0);
    }

    private static void each(EntityManager em, String sql, Binding binding, RowAction action, int maxRows) {
        em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setMaxRows(maxRows);
                binding.bind(new JdbcBatch.Params(ps));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.take(rs);
                    }
                }
                return null;
            }
        });
    }

    /** The database's row lock clause, to end a select with (" for update" on PostgreSQL and HSQLDB). */
    public static String forUpdate(EntityManager em) {
        return em.unwrap(SessionImplementor.class).getFactory().getJdbcServices().getDialect().getForUpdateString();
    }

    /** {@code n} parameter marks for an in-list: "?, ?, ?". */
    public static String marks(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.toString();
    }

    /** A timestamp column as a date (null stays null). */
    public static java.util.Date time(ResultSet rs, String column) throws SQLException {
        return date(rs.getTimestamp(column));
    }

    /** The timestamp of column {@code index} as a date (null stays null). */
    public static java.util.Date time(ResultSet rs, int index) throws SQLException {
        return date(rs.getTimestamp(index));
    }

    private static java.util.Date date(java.sql.Timestamp t) {
        return t == null ? null : new java.util.Date(t.getTime());
    }
}
