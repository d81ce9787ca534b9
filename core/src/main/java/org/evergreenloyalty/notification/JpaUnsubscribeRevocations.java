package org.evergreenloyalty.notification;

import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link UnsubscribeRevocations} in EVG_UNSUBSCRIBE_REVOKED (one row per customer, shared by all nodes). */
public class JpaUnsubscribeRevocations implements UnsubscribeRevocations {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;

    public JpaUnsubscribeRevocations(PlatformTransactionManager txm) {
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Date revokedAt(final long customerId) {
        return tx.execute(status -> {
            UnsubscribeRevocation r = em.find(UnsubscribeRevocation.class, customerId);
            return r == null ? null : r.getRevokedAt();
        });
    }

    @Override
    public void revoke(final long customerId, final Date at) {
        tx.execute(status -> {
            UnsubscribeRevocation r = em.find(UnsubscribeRevocation.class, customerId);
            if (r == null) {
                em.persist(new UnsubscribeRevocation(customerId, at));
            } else if (at.after(r.getRevokedAt())) {
                r.moveTo(at);
            }
            return null;
        });
    }
}
