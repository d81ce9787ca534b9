package org.evergreenloyalty.broadleaf.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.privacy.CustomerStatusGateway;
import org.evergreenloyalty.support.Queries;

/**
 * {@link CustomerStatusGateway} on Broadleaf's customers: a customer is closed when its BLC_CUSTOMER row is gone
 * or {@code Customer.isDeactivated()}; one query per page of ids (chunks of 500).
 */
public class BroadleafCustomerStatus implements CustomerStatusGateway {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final CustomerService customerService;

    public BroadleafCustomerStatus(CustomerService customerService) {
        this.customerService = customerService;
    }

    @Override
    public boolean exists(long customerId) {
        return customerService.readCustomerById(customerId) != null;
    }

    @Override
    public Set<Long> closed(Collection<Long> customerIds) {
        Set<Long> closed = new LinkedHashSet<Long>(customerIds);
        List<Long> ids = new ArrayList<Long>(customerIds);
        for (int from = 0; from < ids.size(); from += 500) {
            closed.removeAll(em.createQuery("select c.id from " + CustomerImpl.class.getName() + " c where c.id in :ids"
                    + " and (c.deactivated is null or c.deactivated = false)", Long.class)
                    .setParameter("ids", Queries.padded(ids.subList(from, Math.min(ids.size(), from + 500)))).getResultList());
        }
        return closed;
    }
}
