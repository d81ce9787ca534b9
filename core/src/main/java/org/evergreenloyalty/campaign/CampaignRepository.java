package org.evergreenloyalty.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** The queries of campaigns, their grants and the standing earn rates. Callers bring the transaction. */
public class CampaignRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Every campaign, latest first day first. */
    public List<Campaign> all() {
        return em.createQuery("select c from Campaign c order by c.startDay desc, c.id desc", Campaign.class).getResultList();
    }

    /** The campaigns whose last day is {@code day} (ISO) or later: every one that may still run from that day on. */
    public List<Campaign> endingOnOrAfter(String day) {
        return em.createQuery("select c from Campaign c where c.endDay >= :d order by c.id", Campaign.class)
                .setParameter("d", day).getResultList();
    }

    /** The campaigns sharing a day with {@code from}..{@code to} (ISO days, inclusive), by first day. */
    public List<Campaign> between(String from, String to) {
        return em.createQuery("select c from Campaign c where c.startDay <= :to and c.endDay >= :from "
                + "order by c.startDay, c.id", Campaign.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public Campaign find(long id) {
        return em.find(Campaign.class, id);
    }

    /**
     * Per campaign: its grants' points on orders that stand, on cancelled orders, and the number of orders
     * (campaign id to {@code [granted, reversed, orders]}).
     */
    public Map<Long, long[]> totals() {
        List<Object[]> rows = em.createQuery("select g.campaignId, op.cancelled, sum(g.points), count(g) from CampaignGrant g, "
                + "OrderPoints op where op.orderId = g.orderId group by g.campaignId, op.cancelled", Object[].class).getResultList();
        Map<Long, long[]> out = new HashMap<Long, long[]>();
        for (Object[] r : rows) {
            long[] t = out.get((Long) r[0]);
            if (t == null) {
                t = new long[3];
                out.put((Long) r[0], t);
            }
            long points = ((Number) r[2]).longValue();
            if (Boolean.TRUE.equals(r[1])) {
                t[1] += points;
            } else {
                t[0] += points;
                t[2] += ((Number) r[3]).longValue();
            }
        }
        return out;
    }

    /** The grants of an order. */
    public List<CampaignGrant> grantsOf(long orderId) {
        return em.createQuery("select g from CampaignGrant g where g.orderId = :o order by g.campaignId", CampaignGrant.class)
                .setParameter("o", orderId).getResultList();
    }

    /** Every standing earn rate, categories first. */
    public List<EarnRate> rates() {
        return em.createQuery("select r from EarnRate r order by r.target, r.targetId", EarnRate.class).getResultList();
    }

    /** The rate of one product or category, or null. */
    public EarnRate rate(EarnRate.Target target, long targetId) {
        List<EarnRate> rows = em.createQuery("select r from EarnRate r where r.target = :t and r.targetId = :id", EarnRate.class)
                .setParameter("t", target).setParameter("id", targetId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
