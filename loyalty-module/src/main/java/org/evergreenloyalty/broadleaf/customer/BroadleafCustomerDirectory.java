package org.evergreenloyalty.broadleaf.customer;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;

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
