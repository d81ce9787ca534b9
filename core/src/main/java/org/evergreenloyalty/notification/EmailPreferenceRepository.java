package org.evergreenloyalty.notification;

import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.evergreenloyalty.support.Queries;

/** The queries of e-mail preferences (EVG_EMAIL_PREFERENCE). Callers bring the transaction. */
public class EmailPreferenceRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Which of {@code customerIds} unsubscribed from one of {@code categories}. */
    public List<Long> unsubscribedAmong(Collection<Long> customerIds, Collection<String> categories) {
        return em.createQuery("select p.id.customerId from EmailPreference p where p.subscribed = false and p.id.customerId in :ids "
                + "and p.id.category in :c", Long.class).setParameter("ids", Queries.padded(customerIds))
                .setParameter("c", Queries.padded(categories)).getResultList();
    }
}
