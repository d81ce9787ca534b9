package org.evergreenloyalty.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.test.CoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Ids of the unmapped tables: never repeated, clear of what the row's earlier owner handed out, the row made when missing. */
@CoreTest
class TableIdsTest {

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void aMissingRowIsMadeAndIdsFollowEachOtherAcrossReservations() {
        String name = "TableIdsTest-fresh-" + System.nanoTime();
        List<Long> ids = take(name, TableIds.BLOCK * 2 + 3);
        assertEquals(2L, ids.get(0), "the first id of a new row");
        assertEquals(ids.size(), new HashSet<Long>(ids).size(), "no id twice");
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i) > ids.get(i - 1), "ids rise: " + ids);
        }
        assertTrue(stored(name) > ids.get(ids.size() - 1), "the row is past every id handed out");
    }

    @Test
    void idsStartPastTheValueHibernateLeftAndPastAnotherNodesReservation() {
        String name = "TableIdsTest-old-" + System.nanoTime();
        sql("insert into " + TableIds.TABLE + " (ID_NAME, ID_VAL) values ('" + name + "', 1000)");
        List<Long> first = take(name, TableIds.BLOCK);
        // Hibernate 4 handed out ids below 1000 from that row, Hibernate 6 up to 1001
        assertEquals(1002L, first.get(0));
        // another node reserves the next block
        long other = stored(name);
        sql("update " + TableIds.TABLE + " set ID_VAL = " + (other + 2 + TableIds.BLOCK) + " where ID_NAME = '" + name + "'");
        long next = take(name, 1).get(0);
        assertTrue(next >= other + 2 + TableIds.BLOCK, "past the other node's block: " + next);
    }

    @Test
    void threadsAtOnceNeverShareAnId() throws Exception {
        String name = "TableIdsTest-threads-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> parts = new ArrayList<Future<List<Long>>>();
            for (int t = 0; t < 4; t++) {
                Callable<List<Long>> task = () -> take(name, 120);
                parts.add(pool.submit(task));
            }
            Set<Long> all = new HashSet<Long>();
            for (Future<List<Long>> f : parts) {
                all.addAll(f.get());
            }
            assertEquals(480, all.size(), "480 distinct ids");
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Long> take(String name, int n) {
        return new TransactionTemplate(txm).execute(s -> {
            List<Long> ids = new ArrayList<Long>();
            for (int i = 0; i < n; i++) {
                ids.add(TableIds.next(em, name));
            }
            return ids;
        });
    }

    private long stored(String name) {
        return new TransactionTemplate(txm).execute(s -> Rows.first(em, "select ID_VAL from " + TableIds.TABLE + " where ID_NAME = ?",
                p -> p.text(name), rs -> rs.getLong(1)));
    }

    private void sql(String statement) {
        new TransactionTemplate(txm).execute(s -> Rows.execute(em, statement));
    }
}
