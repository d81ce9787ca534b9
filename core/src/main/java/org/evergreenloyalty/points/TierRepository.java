package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.support.TableIds;

/** The queries of tiers: the tier table, customers' current tiers and the spend that qualifies for a tier. Callers bring the transaction. */
public class TierRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The table of the tier moves ({@link TierMove}). */
    public static final String MOVE_TABLE = "EVG_TIER_MOVE";

    /** Records {@code m}. */
    public void recordMove(TierMove m) {
        long id = TableIds.next(em, "TierMove");
        Rows.update(em, "insert into " + MOVE_TABLE + " (MOVE_ID, CUSTOMER_ID, FROM_TIER_ID, TO_TIER_ID, UPGRADE, MOVED_AT) "
                + "values (?, ?, ?, ?, ?, ?)", p -> p.id(id).id(m.getCustomerId()).number(m.getFromTierId())
                .number(m.getToTierId()).flag(m.isUpgrade()).time(m.getMovedAt()));
    }

    /** The tiers, lowest threshold first. */
    public List<LoyaltyTier> tiers() {
        return em.createQuery("select t from LoyaltyTier t order by t.threshold", LoyaltyTier.class).getResultList();
    }

    /** Moves the customers of a tier that is removed to no tier. */
    public void clearTier(long tierId) {
        em.createQuery("update CustomerTier c set c.tierId = null where c.tierId = :t").setParameter("t", tierId).executeUpdate();
    }

    /** The id of the customer's current tier, or null. */
    public Long tierOf(long customerId) {
        List<Long> ids = em.createQuery("select c.tierId from CustomerTier c where c.customerId = :c", Long.class)
                .setParameter("c", customerId).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** What the customer spent on orders submitted since {@code since}, less cancelled orders and returns (never below 0). */
    public BigDecimal spendSince(long customerId, Date since) {
        BigDecimal spend = em.createQuery("select sum(o.earnBase - o.returnedAmount) from OrderPoints o where o.customerId = :c "
                + "and o.cancelled = false and o.submittedAt >= :since", BigDecimal.class)
                .setParameter("c", customerId).setParameter("since", since).getSingleResult();
        return spend == null ? BigDecimal.ZERO : spend.max(BigDecimal.ZERO);
    }
}
