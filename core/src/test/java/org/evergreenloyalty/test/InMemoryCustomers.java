package org.evergreenloyalty.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.referral.ReferralCustomers;

/**
 * The core suite's customers: what a platform adapter's customer service would answer ({@link CustomerDirectory},
 * {@link ReferralCustomers}), kept in maps that tests fill with {@link #add}.
 */
public class InMemoryCustomers implements CustomerDirectory, ReferralCustomers, org.evergreenloyalty.pointsimport.ImportCustomers {

    private final Map<Long, CustomerContact> contacts = new ConcurrentHashMap<Long, CustomerContact>();
    private final Map<Long, Set<String>> addresses = new ConcurrentHashMap<Long, Set<String>>();
    private final Map<Long, Long> orderCustomer = new ConcurrentHashMap<Long, Long>();
    private final Set<Long> cancelledOrders = Collections.synchronizedSet(new HashSet<Long>());

    /** Registers a customer with the e-mail {@code c<id>@example.com} and English as language. */
    public CustomerContact add(long customerId) {
        CustomerContact c = new CustomerContact(customerId, "c" + customerId + "@example.com", "Kim", "Test" + customerId, "en");
        contacts.put(customerId, c);
        return c;
    }

    public void setAddressKeys(long customerId, Set<String> keys) {
        addresses.put(customerId, new HashSet<String>(keys));
    }

    /** Records a submitted order of a customer (for {@link #submittedOrdersBefore}). */
    public void placedOrder(long customerId, long orderId) {
        orderCustomer.put(orderId, customerId);
    }

    public void cancelOrder(long orderId) {
        cancelledOrders.add(orderId);
    }

    @Override
    public CustomerContact contact(long customerId) {
        return contacts.get(customerId);
    }

    @Override
    public Map<String, Long> idsByEmail(java.util.Collection<String> emails) {
        Map<String, Long> found = new java.util.HashMap<String, Long>();
        for (CustomerContact c : contacts.values()) {
            String e = c.getEmail().toLowerCase(java.util.Locale.ROOT);
            if (emails.contains(e)) {
                found.put(e, c.getCustomerId());
            }
        }
        return found;
    }

    @Override
    public Set<Long> existing(java.util.Collection<Long> customerIds) {
        Set<Long> found = new HashSet<Long>();
        for (Long id : customerIds) {
            if (contacts.containsKey(id)) {
                found.add(id);
            }
        }
        return found;
    }

    @Override
    public List<CustomerContact> search(String text, int max) {
        List<CustomerContact> out = new ArrayList<CustomerContact>();
        for (CustomerContact c : contacts.values()) {
            if (out.size() < max && c.getEmail().contains(text)) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public boolean isActive(long customerId) {
        return contacts.containsKey(customerId);
    }

    @Override
    public Long customerIdByEmail(String email) {
        for (CustomerContact c : contacts.values()) {
            if (c.getEmail().equalsIgnoreCase(email)) {
                return c.getCustomerId();
            }
        }
        return null;
    }

    @Override
    public int submittedOrdersBefore(long customerId, Long orderId) {
        int n = 0;
        for (Map.Entry<Long, Long> e : orderCustomer.entrySet()) {
            // the tests' order ids rise with the time their orders were placed
            if (e.getValue() == customerId && (orderId == null || e.getKey() < orderId) && !cancelledOrders.contains(e.getKey())) {
                n++;
            }
        }
        return n;
    }

    @Override
    public Set<String> addressKeys(long customerId) {
        Set<String> keys = addresses.get(customerId);
        return keys == null ? Collections.<String>emptySet() : keys;
    }

    @Override
    public Set<String> orderAddressKeys(long orderId) {
        Long customer = orderCustomer.get(orderId);
        return customer == null ? Collections.<String>emptySet() : addressKeys(customer);
    }

    @Override
    public boolean isOrderCancelled(long orderId) {
        return cancelledOrders.contains(orderId);
    }
}
