package org.evergreenloyalty.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import javax.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * Ids for the rows of the module's tables that no entity maps ({@link Rows}), from the module's id table
 * {@value #TABLE}, one row per table (its {@code ID_NAME}, as the entity's table generator named it when the table
 * was still mapped). Ids are reserved {@value #BLOCK} at a time in a short transaction of their own (as Hibernate's
 * table generator does), so a rolled-back insert leaves a gap, never a repeat. A reservation that reads the stored
 * value {@code S} hands out {@code [S + 2, S + 2 + BLOCK)} and stores the end: clear of every id Hibernate 4 ({@code < S})
 * and Hibernate 6 ({@code <= S + 1}) handed out from that row before, on any node. A missing row is created.
 */
public final class TableIds {

    /** The module's id table. */
    public static final String TABLE = "EVG_ID_GENERATION";
    /** Ids one reservation takes. */
    static final int BLOCK = 50;

    /** Reserved ids per session factory (one per database) and row. */
    private static final Map<SessionFactory, Map<String, long[]>> BLOCKS =
            Collections.synchronizedMap(new WeakHashMap<SessionFactory, Map<String, long[]>>());

    private TableIds() {
    }

    /** The next id of the table whose row is {@code name}. */
    public static long next(EntityManager em, String name) {
        SessionFactory factory = em.unwrap(Session.class).getSessionFactory();
        Map<String, long[]> rows = BLOCKS.computeIfAbsent(factory, f -> new HashMap<String, long[]>());
        synchronized (rows) {
            long[] block = rows.get(name);
            if (block == null || block[0] == block[1]) {
                block = reserve(factory, name);
                rows.put(name, block);
            }
            return block[0]++;
        }
    }

    /** {@code [from, to)}, moved in a transaction of its own. */
    private static long[] reserve(SessionFactory factory, String name) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Session session = factory.openSession();
            try {
                Transaction tx = session.beginTransaction();
                try {
                    Long from = session.doReturningWork(c -> move(c, name));
                    tx.commit();
                    if (from != null) {
                        return new long[] {from, from + BLOCK};
                    }
                } catch (RuntimeException e) {
                    // another node created or moved the row at the same moment: read it again
                    tx.rollback();
                }
            } finally {
                IdBlocks.close(session);
            }
        }
        throw new IllegalStateException("could not reserve ids from " + TABLE + " row " + name);
    }

    /** The first id reserved, or null when another transaction moved the row first. */
    private static Long move(Connection c, String name) throws SQLException {
        Long stored = null;
        try (PreparedStatement ps = c.prepareStatement("select ID_VAL from " + TABLE + " where ID_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    stored = rs.getLong(1);
                }
            }
        }
        if (stored == null) {
            try (PreparedStatement ps = c.prepareStatement("insert into " + TABLE + " (ID_NAME, ID_VAL) values (?, ?)")) {
                ps.setString(1, name);
                ps.setLong(2, 2 + BLOCK);
                ps.executeUpdate();
            }
            return 2L;
        }
        try (PreparedStatement ps = c.prepareStatement("update " + TABLE + " set ID_VAL = ? where ID_NAME = ? and ID_VAL = ?")) {
            ps.setLong(1, stored + 2 + BLOCK);
            ps.setString(2, name);
            ps.setLong(3, stored);
            return ps.executeUpdate() == 1 ? stored + 2 : null;
        }
    }
}
