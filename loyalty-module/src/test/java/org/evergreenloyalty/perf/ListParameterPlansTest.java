package org.evergreenloyalty.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.order.OrderEventRepository;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's list queries come in a few lengths, in the store's real persistence unit: Hibernate writes one
 * placeholder per value of an {@code in (:ids)} parameter and compiles and keeps a plan for every query text it sees,
 * so batches of 1 to 50 orders must not make 50 texts of each query. The texts are those Hibernate's statistics
 * record for each query it runs.
 */
@BroadleafIntegrationTest
class ListParameterPlansTest {

    /** Ids no other test makes: the queries find nothing, which is not what this test is about. */
    private static final long BASE = 9_100_000_000L;

    @Resource(name = "evgOrderEventRepository")
    OrderEventRepository events;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void batchesOfOneToFiftyOrdersRunEachListQueryInSevenTextsAtMost() {
        Set<String> pending = new TreeSet<String>();
        Set<String> processed = new TreeSet<String>();
        new TransactionTemplate(txm).execute(status -> {
            Statistics stats = em.unwrap(Session.class).getSessionFactory().getStatistics();
            boolean enabled = stats.isStatisticsEnabled();
            try {
                stats.setStatisticsEnabled(true);
                stats.clear();
                for (int n = 1; n <= 50; n++) {
                    assertEquals(0, events.pendingOf(ids(n)).size());
                    assertEquals(0, events.processedAmong(ids(n)).size());
                }
                for (String q : stats.getQueries()) {
                    if (q.contains("from OrderEvent e where e.customerId in")) {
                        pending.add(q);
                    } else if (q.contains("from ProcessedOrderRecord p where p.orderId in")) {
                        processed.add(q);
                    }
                }
                return null;
            } finally {
                stats.clear();
                stats.setStatisticsEnabled(enabled);
            }
        });
        assertTrue(!pending.isEmpty() && !processed.isEmpty(), "the statistics recorded the queries: " + pending + processed);
        assertTrue(pending.size() <= 7, pending.size() + " texts of the pending-events query: " + pending);
        assertTrue(processed.size() <= 7, processed.size() + " texts of the processed-orders query: " + processed);
    }

    private static List<Long> ids(int n) {
        List<Long> ids = new ArrayList<Long>();
        for (long i = 0; i < n; i++) {
            ids.add(BASE + i);
        }
        return ids;
    }
}
