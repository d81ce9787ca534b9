package org.evergreenloyalty.integrity;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.evergreenloyalty.test.BroadleafTestContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plants mismatches in the ledger with plain SQL, as a bug or a hand-made database change would, and takes
 * them back: deletes and restores entries, inserts foreign REDEEM entries, moves stored balances.
 */
final class LedgerSql {

    private static final String COLUMNS = "ENTRY_ID, CUSTOMER_ID, ENTRY_TYPE, AVAILABLE_DELTA, PENDING_DELTA, EARNED_DELTA, "
            + "AVAILABLE_AFTER, EVENT_KEY, SOURCE_TYPE, SOURCE_ID, REASON, ACTOR, CREATED_AT";
    private static long nextPlantedId = -7_300_000L;

    private final EntityManager em;
    private final TransactionTemplate tx;

    LedgerSql() {
        this.em = SharedEntityManagerCreator.createSharedEntityManager(
                BroadleafTestContext.get().getBean("entityManagerFactory", EntityManagerFactory.class));
        this.tx = new TransactionTemplate(BroadleafTestContext.get().getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    /** Deletes the entry with {@code eventKey} and returns its row (for {@link #restore}). */
    Object[] delete(String eventKey) {
        return tx.execute(s -> {
            Object[] row = (Object[]) em.createNativeQuery("select " + COLUMNS + " from EVG_LEDGER_ENTRY where EVENT_KEY = ?1")
                    .setParameter(1, eventKey).getSingleResult();
            em.createNativeQuery("delete from EVG_LEDGER_ENTRY where EVENT_KEY = ?1").setParameter(1, eventKey).executeUpdate();
            return row;
        });
    }

    /** Inserts a row {@link #delete} removed, unchanged. */
    void restore(Object[] row) {
        tx.execute(s -> {
            javax.persistence.Query q = em.createNativeQuery("insert into EVG_LEDGER_ENTRY (" + COLUMNS
                    + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
            for (int i = 0; i < row.length; i++) {
                q.setParameter(i + 1, row[i]);
            }
            return q.executeUpdate();
        });
    }

    /** The entry id of {@code eventKey}. */
    long entryId(String eventKey) {
        return tx.execute(s -> ((Number) em.createNativeQuery("select ENTRY_ID from EVG_LEDGER_ENTRY where EVENT_KEY = ?1")
                .setParameter(1, eventKey).getSingleResult()).longValue());
    }

    /** The entry id of the REDEEM that paid voucher {@code voucherId}. */
    String voucherRedeemKey(long voucherId) {
        return tx.execute(s -> (String) em.createNativeQuery("select EVENT_KEY from EVG_LEDGER_ENTRY where ENTRY_TYPE = 'REDEEM' "
                + "and SOURCE_TYPE = 'voucher' and SOURCE_ID = ?1").setParameter(1, String.valueOf(voucherId)).getSingleResult());
    }

    /** Inserts a REDEEM entry of {@code points} with source ("order", orderId) straight into the table; returns its id. */
    long insertOrderRedeem(long customerId, String orderId, long points) {
        long id;
        synchronized (LedgerSql.class) {
            id = nextPlantedId--;
        }
        tx.execute(s -> em.createNativeQuery("insert into EVG_LEDGER_ENTRY (" + COLUMNS + ") values (?1, ?2, 'REDEEM', ?3, 0, 0, 0, ?4, "
                + "'order', ?5, 'planted', 'test', ?6)").setParameter(1, id).setParameter(2, customerId).setParameter(3, -points)
                .setParameter(4, "planted:" + id).setParameter(5, orderId).setParameter(6, new java.util.Date()).executeUpdate());
        return id;
    }

    /** Deletes the entry with id {@code entryId}. */
    void deleteEntry(long entryId) {
        tx.execute(s -> em.createNativeQuery("delete from EVG_LEDGER_ENTRY where ENTRY_ID = ?1").setParameter(1, entryId).executeUpdate());
    }

    /** Changes the AVAILABLE_DELTA of the entry {@code eventKey} by {@code delta}. */
    void moveEntry(String eventKey, long delta) {
        tx.execute(s -> em.createNativeQuery("update EVG_LEDGER_ENTRY set AVAILABLE_DELTA = AVAILABLE_DELTA + ?1 where EVENT_KEY = ?2")
                .setParameter(1, delta).setParameter(2, eventKey).executeUpdate());
    }

    /** Moves the stored available balance of {@code customerId} by {@code delta} (its entries unchanged). */
    void moveAvailable(long customerId, long delta) {
        tx.execute(s -> em.createNativeQuery("update EVG_LOYALTY_ACCOUNT set AVAILABLE = AVAILABLE + ?1 where CUSTOMER_ID = ?2")
                .setParameter(1, delta).setParameter(2, customerId).executeUpdate());
    }

    /** Moves the stored pending balance of {@code customerId} by {@code delta}. */
    void movePending(long customerId, long delta) {
        tx.execute(s -> em.createNativeQuery("update EVG_LOYALTY_ACCOUNT set PENDING = PENDING + ?1 where CUSTOMER_ID = ?2")
                .setParameter(1, delta).setParameter(2, customerId).executeUpdate());
    }
}
