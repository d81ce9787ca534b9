package org.evergreenloyalty.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.persistence.EntityManager;

/** Checks, straight from the tables, that an account's balances equal the sums of its entries and lots. */
final class LedgerInvariants {

    private LedgerInvariants() {
    }

    static void check(EntityManager em, long customerId) {
        LoyaltyAccount a = em.find(LoyaltyAccount.class, customerId);
        long available = a == null ? 0 : a.getAvailable();
        long pending = a == null ? 0 : a.getPending();
        long earned = a == null ? 0 : a.getLifetimeEarned();
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
        if (a != null) {
            assertEquals(true, a.getPending() >= 0, "pending never negative");
        }
    }
}
