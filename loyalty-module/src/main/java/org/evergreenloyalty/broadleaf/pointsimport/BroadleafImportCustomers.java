package org.evergreenloyalty.broadleaf.pointsimport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.evergreenloyalty.pointsimport.ImportCustomers;
import org.evergreenloyalty.support.Queries;

/**
 * {@link ImportCustomers} on Broadleaf's BLC_CUSTOMER, {@value #CHUNK} addresses or ids per query. E-mail addresses are
 * looked up as given (lower case) on the column's index first; only the ones not found that way are compared
 * case-insensitively, so a file of known customers never scans the table. When two customers share an address, the
 * lowest id wins.
 */
public class BroadleafImportCustomers implements ImportCustomers {

    static final int CHUNK = 500;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Map<String, Long> idsByEmail(Collection<String> emails) {
        Map<String, Long> found = new HashMap<String, Long>();
        lookUp(emails, "c.emailAddress", found);
        List<String> missing = new ArrayList<String>();
        for (String e : emails) {
            if (!found.containsKey(e)) {
                missing.add(e);
            }
        }
        lookUp(missing, "lower(c.emailAddress)", found);
        return found;
    }

    private void lookUp(Collection<String> emails, String column, Map<String, Long> found) {
        for (List<String> chunk : chunks(emails)) {
            for (Object[] r : em.createQuery("select c.id, c.emailAddress from " + CustomerImpl.class.getName() + " c where "
                    + column + " in :e order by c.id", Object[].class).setParameter("e", Queries.padded(chunk)).getResultList()) {
                String email = String.valueOf(r[1]).toLowerCase(Locale.ROOT);
                if (!found.containsKey(email)) {
                    found.put(email, ((Number) r[0]).longValue());
                }
            }
        }
    }

    @Override
    public Set<Long> existing(Collection<Long> customerIds) {
        Set<Long> found = new HashSet<Long>();
        for (List<Long> chunk : chunks(customerIds)) {
            found.addAll(em.createQuery("select c.id from " + CustomerImpl.class.getName() + " c where c.id in :ids", Long.class)
                    .setParameter("ids", Queries.padded(chunk)).getResultList());
        }
        return found;
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<T>(values);
        List<List<T>> chunks = new ArrayList<List<T>>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
