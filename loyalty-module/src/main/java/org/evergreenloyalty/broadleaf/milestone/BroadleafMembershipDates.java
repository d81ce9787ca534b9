package org.evergreenloyalty.broadleaf.milestone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.evergreenloyalty.milestone.MembershipDates;
import org.evergreenloyalty.support.Queries;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link MembershipDates} as the registration date of Broadleaf's customers ({@code auditable.dateCreated}). */
public class BroadleafMembershipDates implements MembershipDates {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;

    public BroadleafMembershipDates(PlatformTransactionManager txm) {
        this.tx = new TransactionTemplate(txm);
    }

    @Override
    public Map<Long, Date> signedUp(Collection<Long> customerIds) {
        Map<Long, Date> out = new HashMap<Long, Date>();
        List<Long> ids = new ArrayList<Long>(customerIds);
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            tx.execute(status -> {
                for (Object[] r : em.createQuery("select c.id, c.auditable.dateCreated from " + CustomerImpl.class.getName()
                        + " c where c.id in (:ids)", Object[].class).setParameter("ids", Queries.padded(chunk)).getResultList()) {
                    if (r[1] != null) {
                        out.put((Long) r[0], (Date) r[1]);
                    }
                }
                return null;
            });
        }
        return out;
    }
}
