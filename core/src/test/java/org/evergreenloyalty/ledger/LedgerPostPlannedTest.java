package org.evergreenloyalty.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link LedgerService#postPlanned}: the planner sees the balances read under the page's locks; credits and debits
 * (oldest lot first, lots of the same page included) are recorded with the rules of a single posting; a known event
 * key answers with the earlier entry; an overspend or a posting for a customer the page did not lock writes nothing.
 */
@CoreTest
class LedgerPostPlannedTest {

    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private static Posting credit(long customer, long points) {
        return Posting.builder(customer, EntryType.BONUS, TestIds.unique("pp")).available(points).earned(points).build();
    }

    private static Posting debit(long customer, long points, String key) {
        return Posting.builder(customer, EntryType.ADJUST, key).available(-points).reason("test").build();
    }

    private void invariants(long... customers) {
        new TransactionTemplate(txm).execute(status -> {
            for (long c : customers) {
                LedgerInvariants.check(em, c);
            }
            return null;
        });
    }

    @Test
    void thePlannerSeesLockedBalancesAndCreditsAndDebitsAreRecorded() {
        long a = TestIds.customerId();
        long b = TestIds.customerId();
        ledger.post(credit(a, 70));
        ledger.post(credit(a, 30));
        List<Map<Long, Long>> seen = new ArrayList<Map<Long, Long>>();
        String debitKey = TestIds.unique("debit");
        List<PostingResult> results = ledger.postPlanned(Arrays.asList(a, b), balances -> {
            seen.add(balances);
            return Arrays.asList(debit(a, balances.get(a) - 20, debitKey), credit(b, 40), debit(b, 15, TestIds.unique("debit-b")));
        });
        assertEquals(Long.valueOf(100), seen.get(0).get(a));
        assertEquals(Long.valueOf(0), seen.get(0).get(b), "a missing account is created and seen with 0");
        assertEquals(3, results.size());
        assertTrue(results.get(0).isRecorded());
        assertEquals(20, ledger.balance(a).getAvailable());
        assertEquals(25, ledger.balance(b).getAvailable());
        List<PointLot> lots = ledger.openLots(a);
        assertEquals(1, lots.size(), "the older lot is spent first");
        assertEquals(20, lots.get(0).getRemainingPoints());
        assertEquals(25, ledger.openLots(b).get(0).getRemainingPoints(), "a debit takes from a lot made earlier in the page");
        invariants(a, b);

        List<PostingResult> again = ledger.postPlanned(Collections.singletonList(a), balances -> Collections.singletonList(debit(a, 5, debitKey)));
        assertFalse(again.get(0).isRecorded(), "a known event key answers with the earlier entry");
        assertEquals(results.get(0).getEntry().getId(), again.get(0).getEntry().getId());
        assertEquals(20, ledger.balance(a).getAvailable());
    }

    @Test
    void anOverspendOrAForeignCustomerWritesNothing() {
        long a = TestIds.customerId();
        long b = TestIds.customerId();
        ledger.post(credit(a, 10));
        assertThrows(InsufficientPointsException.class, () -> ledger.postPlanned(Collections.singletonList(a),
                balances -> Arrays.asList(credit(a, 5), debit(a, 50, TestIds.unique("over")))));
        assertEquals(10, ledger.balance(a).getAvailable(), "the whole page rolled back, the credit too");
        assertEquals(1, ledger.historySize(a));
        assertThrows(IllegalArgumentException.class, () -> ledger.postPlanned(Collections.singletonList(a),
                balances -> Collections.singletonList(credit(b, 5))));
        assertEquals(0, ledger.historySize(b));
        invariants(a, b);
    }

    @Test
    void aNewAccountIsInsertedOnceWithItsBalancesAndAnotherNodesAccountMeanwhileFailsThePage() {
        long fresh = TestIds.customerId();
        long untouched = TestIds.customerId();
        ledger.postPlanned(Arrays.asList(fresh, untouched), balances -> Collections.singletonList(credit(fresh, 40)));
        assertEquals(Arrays.asList(40L, 0L, 40L, 1L, true), accountRow(fresh), "available, pending, lifetime, version, activity");
        assertEquals(Arrays.asList(0L, 0L, 0L, 0L, false), accountRow(untouched), "a locked account without entries is created empty");
        ledger.postPlanned(Collections.singletonList(fresh), balances -> Collections.singletonList(credit(fresh, 2)));
        assertEquals(Arrays.asList(42L, 0L, 42L, 2L, true), accountRow(fresh), "the next page finds and updates it");

        long raced = TestIds.customerId();
        String key = TestIds.unique("raced");
        assertThrows(RuntimeException.class, () -> ledger.postPlanned(Collections.singletonList(raced), balances -> {
            otherNodeCreates(raced);
            return Collections.singletonList(Posting.builder(raced, EntryType.BONUS, key).available(5).earned(5).build());
        }));
        assertEquals(Arrays.asList(0L, 0L, 0L, 0L, false), accountRow(raced), "the other node's account stands");
        assertEquals(0, ledger.historySize(raced), "the page wrote nothing");
        ledger.postPlanned(Collections.singletonList(raced), balances -> Collections.singletonList(
                Posting.builder(raced, EntryType.BONUS, key).available(5).earned(5).build()));
        assertEquals(Arrays.asList(5L, 0L, 5L, 1L, true), accountRow(raced), "tried again, the page finds and updates the account");
        invariants(fresh, untouched, raced);
    }

    /** Available, pending, lifetime earned, version and whether a last activity is set, as stored. */
    private List<Object> accountRow(long customer) {
        Object[] r = new TransactionTemplate(txm).execute(s -> (Object[]) em.createNativeQuery("select AVAILABLE, PENDING,"
                + " LIFETIME_EARNED, VERSION, LAST_ACTIVITY_AT from EVG_LOYALTY_ACCOUNT where CUSTOMER_ID = " + customer).getSingleResult());
        return Arrays.asList(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), r[4] != null);
    }

    /** Another node gives {@code customer} an empty account (committed) while this node's page runs. */
    private void otherNodeCreates(long customer) {
        TransactionTemplate other = new TransactionTemplate(txm);
        other.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        other.execute(s -> em.createNativeQuery("insert into EVG_LOYALTY_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, LIFETIME_EARNED,"
                + " CREATED_AT, VERSION) values (" + customer + ", 0, 0, 0, current_timestamp, 0)").executeUpdate());
    }
}
