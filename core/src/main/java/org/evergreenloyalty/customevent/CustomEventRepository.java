package org.evergreenloyalty.customevent;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** The queries of custom earning events: rules, recorded events, a customer's events in a window, totals per rule. Callers bring the transaction. */
public class CustomEventRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** All rules, by type. */
    public List<EarningEventRule> rules() {
        return em.createQuery("select r from EarningEventRule r order by r.type", EarningEventRule.class).getResultList();
    }

    public EarningEventRule rule(String type) {
        return em.find(EarningEventRule.class, type);
    }

    public void save(Object entity) {
        em.persist(entity);
    }

    /** The event recorded under {@code eventKey}, or null. */
    public CustomEvent event(String eventKey) {
        return em.find(CustomEvent.class, eventKey);
    }

    /** How many events of {@code type} the customer has had since {@code since} (null: ever). */
    public long countSince(long customerId, String type, Date since) {
        return em.createQuery("select count(e) from CustomEvent e where e.customerId = :c and e.type = :t and e.recordedAt >= :s", Long.class).setParameter("c", customerId).setParameter("t", type)
                .setParameter("s", since == null ? new Date(0) : since).getSingleResult();
    }

    /** Events and points granted per rule type. */
    public Map<String, RuleTotals> totals() {
        Map<String, RuleTotals> totals = new HashMap<String, RuleTotals>();
        for (Object[] r : em.createQuery("select e.type, count(e), sum(e.points) from CustomEvent e group by e.type", Object[].class)
                .getResultList()) {
            totals.put((String) r[0], new RuleTotals(((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()));
        }
        return totals;
    }
}
