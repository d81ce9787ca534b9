package org.evergreenloyalty.support;

import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;

/**
 * Ids for a page of rows that a job writes itself ({@link JdbcBatch}), reserved in ONE short transaction of their
 * own instead of one per {@code allocationSize} ids. The entity's table generator (Hibernate's enhanced
 * {@code TableGenerator}, as the module's {@code @TableGenerator}s and Broadleaf's {@code IdOverrideTableGenerator}
 * are with {@code hibernate.id.new_generator_mappings}) keeps one row per entity holding the next block's bound,
 * and every node moves it under a row lock in a transaction of its own: a page of 500 ledger entries and 500 lots
 * with the allocation size 50 took 20 such transactions, each a commit the database must flush. Here the row moves
 * by a whole number of allocations at once, exactly as that many calls of the generator would move it, so ids
 * reserved here and ids Hibernate hands out (on this node or any other) never meet. A reservation takes at least
 * {@link #MIN_BLOCK} ids; what a page leaves serves the next pages (ids lost at shutdown leave a gap, as Hibernate's
 * own pools do):
 * <ul>
 * <li>the "pooled" optimizer (Hibernate's default for an allocation above 1) reading the stored {@code S} stores
 * {@code S + size} and hands out {@code [S - size, S)} in Hibernate 4, {@code [S - size + 2, S + 1]} in Hibernate 6
 * (which stores the last value used and hands out up to its bound); k allocations at once store {@code S + k*size}
 * and give {@code [S - size + 2, S + (k-1)*size)}, clear of both;</li>
 * <li>"pooled-lo" reading {@code S} hands out {@code [S, S + size)} (Hibernate 6: {@code [S + 1, S + size + 1)}); k
 * allocations give {@code [S + 1, S + k*size)}.</li>
 * </ul>
 * Any other generator (legacy hi/lo, sequences, identity, an optimizer not listed) gets its ids one by one from the
 * generator itself, as before. The reserving transaction commits before the page's rows are written, so a page
 * that rolls back leaves a gap, as a rolled-back Hibernate insert does.
 */
public final class IdBlocks {

    /** Generators this class cannot reserve blocks of (known by identity), so they are not inspected again. */
    private static final Map<IdentifierGenerator, Pool> POOLS = new ConcurrentHashMap<IdentifierGenerator, Pool>();
    private static final Pool NONE = new Pool(null, null, null, null, 0, false);
    /** Fewest ids a reservation takes (what a page does not use serves the next pages of any job on this node). */
    static final int MIN_BLOCK = 1000;

    private IdBlocks() {
    }

    /** Hands out ids of one entity: from a reserved block first, then from the entity's generator. */
    public static final class Supply {
        private final EntityManager em;
        private final String entityName;
        private final Object sample;
        private final long[] block;
        private int used;

        private Supply(EntityManager em, String entityName, Object sample, long[] block) {
            this.em = em;
            this.entityName = entityName;
            this.sample = sample;
            this.block = block;
        }

        /** The next id. */
        public long next() {
            return used < block.length ? block[used++] : JdbcBatch.nextId(em, entityName, sample);
        }
    }

    /**
     * A supply of ids for up to {@code expected} new rows of {@code entityName} ({@code sample}: a new instance, for
     * generators that look at it, or null): a block reserved at once when {@code expected} reaches the allocation
     * size, otherwise the generator's own pool.
     */
    public static Supply supply(EntityManager em, String entityName, Object sample, int expected) {
        SessionImplementor s = em.unwrap(SessionImplementor.class);
        IdentifierGenerator generator = s.getFactory().getIdentifierGenerator(entityName);
        Pool pool = POOLS.computeIfAbsent(generator, IdBlocks::inspect);
        long[] block = null;
        if (pool != NONE && expected >= pool.size) {
            try {
                block = take(em, pool, expected);
            } catch (RuntimeException e) {
                // a table this class read wrongly: the generator's own ids are always right
                POOLS.put(generator, NONE);
            }
        }
        return new Supply(em, entityName, sample, block == null ? new long[0] : block);
    }

    /**
     * {@code n} ids: what earlier reservations left over first, then a new block of at least {@link #MIN_BLOCK} ids (so
     * the next pages need no reservation of their own); null when the generator's row is missing.
     */
    private static long[] take(EntityManager em, Pool pool, int n) {
        synchronized (pool) {
            if (pool.left() < n) {
                long[] range = reserve(em, pool, (int) Math.max(n - pool.left(), MIN_BLOCK) + 2);
                if (range == null) {
                    return null;
                }
                if (pool.next == pool.end && range[0] < range[1]) {
                    pool.next = range[0];
                    pool.end = range[1];
                } else if (range[0] < range[1]) {
                    // not adjacent to what is left: use the rest now, keep the new block
                    long[] ids = new long[n];
                    int k = 0;
                    while (pool.next < pool.end) {
                        ids[k++] = pool.next++;
                    }
                    pool.next = range[0];
                    pool.end = range[1];
                    while (k < n && pool.next < pool.end) {
                        ids[k++] = pool.next++;
                    }
                    return k == n ? ids : java.util.Arrays.copyOf(ids, k);
                }
            }
            long[] ids = new long[(int) Math.min(n, pool.left())];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = pool.next++;
            }
            return ids;
        }
    }

    /** Whether ids of {@code entityName} are reserved in blocks here (else they come one by one from its generator). */
    static boolean reservesBlocks(EntityManager em, String entityName) {
        IdentifierGenerator generator = em.unwrap(SessionImplementor.class).getFactory().getIdentifierGenerator(entityName);
        return POOLS.computeIfAbsent(generator, IdBlocks::inspect) != NONE;
    }

    /**
     * A block of at least {@code n} ids ({@code [from, to)}) of the pool's table row, moved in a transaction of its own;
     * null when the row is missing.
     */
    private static long[] reserve(EntityManager em, Pool pool, int n) {
        int allocations = (n + pool.size - 1) / pool.size;
        long moved = (long) allocations * pool.size;
        Session session = em.unwrap(Session.class).getSessionFactory().openSession();
        try {
            Transaction tx = session.beginTransaction();
            try {
                Long bound = session.doReturningWork(c -> {
                    String forUpdate = ((SessionImplementor) session).getFactory().getJdbcServices().getDialect().getForUpdateString();
                    for (int attempt = 0; attempt < 100; attempt++) {
                        long read;
                        try (PreparedStatement ps = c.prepareStatement("select " + pool.valueColumn + " from " + pool.table + " where "
                                + pool.segmentColumn + " = ?" + forUpdate)) {
                            ps.setString(1, pool.segment);
                            try (ResultSet rs = ps.executeQuery()) {
                                if (!rs.next()) {
                                    return null;
                                }
                                read = rs.getLong(1);
                            }
                        }
                        try (PreparedStatement ps = c.prepareStatement("update " + pool.table + " set " + pool.valueColumn + " = ? where "
                                + pool.segmentColumn + " = ? and " + pool.valueColumn + " = ?")) {
                            ps.setLong(1, read + moved);
                            ps.setString(2, pool.segment);
                            ps.setLong(3, read);
                            if (ps.executeUpdate() == 1) {
                                return read;
                            }
                        }
                    }
                    throw new IllegalStateException("could not move " + pool.table + " row " + pool.segment);
                });
                tx.commit();
                if (bound == null) {
                    return null;
                }
                long first = pool.lo ? bound + 1 : bound - pool.size + 2;
                long end = pool.lo ? bound + moved : bound - pool.size + moved;
                // a bound below one allocation (a row just created) would give ids below 1: start at 1 and give fewer
                long from = Math.max(first, 1);
                return new long[] {from, Math.max(from, end)};
            } catch (RuntimeException e) {
                tx.rollback();
                throw e;
            }
        } finally {
            close(session);
        }
    }

    /** The table row behind {@code generator}, or {@link #NONE} when its ids cannot be reserved in blocks here. */
    private static Pool inspect(IdentifierGenerator generator) {
        if (!isEnhancedTableGenerator(generator.getClass())) {
            return NONE;
        }
        try {
            Object optimizer = call(generator, "getOptimizer");
            String kind = optimizer == null ? "" : optimizer.getClass().getName();
            boolean lo = kind.endsWith("PooledLoOptimizer");
            if (!lo && !kind.endsWith("PooledOptimizer")) {
                return NONE;
            }
            int size = ((Number) call(generator, "getIncrementSize")).intValue();
            if (size <= 1) {
                return NONE;
            }
            return new Pool(String.valueOf(call(generator, "getTableName")), String.valueOf(call(generator, "getSegmentColumnName")),
                    String.valueOf(call(generator, "getSegmentValue")), String.valueOf(call(generator, "getValueColumnName")), size, lo);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NONE;
        }
    }

    private static boolean isEnhancedTableGenerator(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if ("org.hibernate.id.enhanced.TableGenerator".equals(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        return m.invoke(target);
    }

    /** {@code session.close()}: it returns a Connection in Hibernate 4 and nothing in 6, so no compiled call links on both. */
    static void close(Session session) {
        try {
            session.getClass().getMethod("close").invoke(session);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The generator's table row and how its optimizer reads the stored bound. */
    private static final class Pool {
        final String table;
        final String segmentColumn;
        final String segment;
        final String valueColumn;
        final int size;
        final boolean lo;
        /** Reserved ids not handed out yet: {@code [next, end)}. */
        long next;
        long end;

        Pool(String table, String segmentColumn, String segment, String valueColumn, int size, boolean lo) {
            this.table = table;
            this.segmentColumn = segmentColumn;
            this.segment = segment;
            this.valueColumn = valueColumn;
            this.size = size;
            this.lo = lo;
        }

        long left() {
            return end - next;
        }
    }
}
