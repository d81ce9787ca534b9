package org.evergreenloyalty.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.notification.OutboxMail;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link IdBlocks}: a page's ids reserved in one transaction never meet the ids the entity's generator hands out
 * (interleaved, across its allocation boundaries), a reserved block moves the generator's row by whole allocations
 * only and serves the next pages, and a page below one allocation takes its ids from the generator.
 */
@CoreTest
class IdBlocksTest {

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private <T> T inTx(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(txm).execute(status -> work.get());
    }

    private long storedBound(String segment) {
        return inTx(() -> ((Number) em.createNativeQuery("select ID_VAL from EVG_ID_GENERATION where ID_NAME = ?")
                .setParameter(1, segment).getSingleResult()).longValue());
    }

    @Test
    void reservedBlocksAndGeneratorIdsNeverMeet() {
        String entity = LedgerEntry.class.getName();
        Set<Long> seen = new HashSet<Long>();
        List<Long> all = new ArrayList<Long>();
        for (int round = 0; round < 6; round++) {
            int single = 7 + 13 * round;
            int page = 50 + 37 * round;
            inTx(() -> {
                for (int i = 0; i < single; i++) {
                    all.add(JdbcBatch.nextId(em, entity, null));
                }
                IdBlocks.Supply ids = IdBlocks.supply(em, entity, null, page);
                for (int i = 0; i < page + 3; i++) { // beyond the reserved block: the generator's ids
                    all.add(ids.next());
                }
                return null;
            });
        }
        // and through the ledger itself (Hibernate's persist with the same generator)
        long customer = TestIds.customerId();
        for (int i = 0; i < 60; i++) {
            all.add(ledger.post(Posting.builder(customer, EntryType.BONUS, TestIds.unique("idblocks")).available(1).earned(1).build())
                    .getEntry().getId());
        }
        for (Long id : all) {
            assertTrue(id > 0, "ids are positive: " + id);
            assertTrue(seen.add(id), "id " + id + " handed out twice");
        }
    }

    @Test
    void aBlockMovesTheRowByWholeAllocationsAndASmallPageLeavesItToTheGenerator() {
        String entity = OutboxMail.class.getName(); // allocation size 50
        inTx(() -> JdbcBatch.nextId(em, entity, null)); // the row exists
        assertTrue(inTx(() -> IdBlocks.reservesBlocks(em, entity)), "the module's table generators are reserved in blocks");
        long before = storedBound("OutboxMail");
        long[] got = inTx(() -> {
            IdBlocks.Supply ids = IdBlocks.supply(em, entity, null, 120);
            long[] a = new long[120];
            for (int i = 0; i < a.length; i++) {
                a[i] = ids.next();
            }
            return a;
        });
        long after = storedBound("OutboxMail");
        assertEquals(1050, after - before, "a reservation takes whole allocations of 50, at least " + IdBlocks.MIN_BLOCK + " ids (+2 kept free)");
        assertTrue(got[0] >= before - 48, "the block starts past every id the generator handed out before it: " + got[0] + " / " + before);
        for (int i = 1; i < got.length; i++) {
            assertEquals(got[i - 1] + 1, got[i], "a reserved block is contiguous");
        }
        long[] more = inTx(() -> {
            IdBlocks.Supply ids = IdBlocks.supply(em, entity, null, 300);
            long[] a = new long[300];
            for (int i = 0; i < a.length; i++) {
                a[i] = ids.next();
            }
            return a;
        });
        assertEquals(after, storedBound("OutboxMail"), "the next page takes what the reservation left, without moving the row");
        assertEquals(got[got.length - 1] + 1, more[0]);
        assertTrue(more[299] < after - 50, "within the reserved block");
        long small = storedBound("OutboxMail");
        inTx(() -> {
            IdBlocks.Supply ids = IdBlocks.supply(em, entity, null, 10);
            ids.next();
            return null;
        });
        assertTrue(storedBound("OutboxMail") - small <= 50, "a page below one allocation moves the row at most as the generator does");
    }
}
