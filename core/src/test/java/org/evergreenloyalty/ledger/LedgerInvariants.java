package org.evergreenloyalty.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.persistence.EntityManager;

/** Test helper: checks, straight from the tables, that an account's balances equal the sums of its entries and lots. */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    public static void check(EntityManager em, long customerId) {
        java.util.List<Object[]> rows = em.createQuery("select a.available, a.pending, a.lifetimeEarned from LoyaltyAccount a "
                + "where a.customerId = :c", Object[].class).setParameter("c", customerId).getResultList();
        long available = rows.isEmpty() ? 0 : ((Number) rows.get(0)[0]).longValue();
        long pending = rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue();
        long earned = rows.isEmpty() ? 0 : ((Number) rows.get(0)[2]).longValue();
        Object[] sums = (Object[]) em.createQuery("select coalesce(sum(e.availableDelta),0), coalesce(sum(e.pendingDelta),0), "
                + "coalesce(sum(e.earnedDelta),0) from LedgerEntry e where e.customerId = :c")
                .setParameter("c", customerId).getSingleResult();
        assertEquals(available, ((Number) sums[0]).longValue(), "available == sum of entries");
        assertEquals(pending, ((Number) sums[1]).longValue(), "pending == sum of entries");
        assertEquals(earned, ((Number) sums[2]).longValue(), "lifetime earned == sum of entries");
        Number lots = (Number) em.createQuery("select coalesce(sum(l.remainingPoints),0) from PointLot l where l.customerId = :c")
                .setParameter("c", customerId).getSingleResult();
        assertEquals(Math.max(0, available), lots.longValue(), "open lots hold exactly the positive available balance");
        Number badLots = (Number) em.createQuery("select count(l) from PointLot l where l.customerId = :c and "
                + "(l.remainingPoints < 0 or l.remainingPoints > l.originalPoints)").setParameter("c", customerId).getSingleResult();
        assertEquals(0, badLots.longValue(), "no lot below zero or above its original size");
        assertEquals(true, pending >= 0, "pending never negative");
    }
}
