package org.evergreenloyalty.broadleaf.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.support.Queries;

/** {@link CustomerDirectory} on Broadleaf's customers. */
public class BroadleafCustomerDirectory implements CustomerDirectory {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final CustomerService customerService;

    public BroadleafCustomerDirectory(CustomerService customerService) {
        this.customerService = customerService;
    }

    @Override
    public CustomerContact contact(long customerId) {
        Customer c = customerService.readCustomerById(customerId);
        if (c == null) {
            return null;
        }
        return toContact(c);
    }

    /** One query for the whole list (chunks of 500 ids), the same data as {@link #contact(long)}. */
    @Override
    public Map<Long, CustomerContact> contacts(Collection<Long> customerIds) {
        Map<Long, CustomerContact> found = new HashMap<Long, CustomerContact>();
        List<Long> ids = new ArrayList<Long>(customerIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Object[]> rows = em.createQuery("select c.id, c.emailAddress, c.firstName, c.lastName, l.localeCode from "
                    + CustomerImpl.class.getName() + " c left join c.customerLocale l where c.id in :ids", Object[].class)
                    .setParameter("ids", Queries.padded(ids.subList(from, Math.min(ids.size(), from + 500)))).getResultList();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                found.put(id, new CustomerContact(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
            }
        }
        return found;
    }

    @Override
    public List<CustomerContact> search(String text, int max) {
        String t = text == null ? "" : text.trim().toLowerCase();
        List<CustomerContact> out = new ArrayList<CustomerContact>();
        if (t.isEmpty()) {
            return out;
        }
        String like = "%" + t.replace("%", "").replace("_", "") + "%";
        List<CustomerImpl> found = em.createQuery("select c from " + CustomerImpl.class.getName() + " c where c.registered = true and ("
                + "lower(c.emailAddress) like :t or lower(c.firstName) like :t or lower(c.lastName) like :t "
                + "or lower(concat(concat(c.firstName, ' '), c.lastName)) like :t) order by c.id", CustomerImpl.class)
                .setParameter("t", like).setMaxResults(Math.max(1, Math.min(200, max))).getResultList();
        for (Customer c : found) {
            out.add(toContact(c));
        }
        return out;
    }

    private static CustomerContact toContact(Customer c) {
        return new CustomerContact(c.getId(), c.getEmailAddress(), c.getFirstName(), c.getLastName(),
                c.getCustomerLocale() == null ? null : c.getCustomerLocale().getLocaleCode());
    }
}
