package org.evergreenloyalty.customer;

import java.util.List;

/** Looks store customers up for the loyalty features (implemented on Broadleaf's customers in the adapter). */
public interface CustomerDirectory {

    /** The customer's contact data, or null when there is no such (registered) customer. */
    CustomerContact contact(long customerId);

    /**
     * The contact data of those of {@code customerIds} that exist, by customer id (for a page of a job: an adapter
     * answers with one query; this default asks {@link #contact(long)} for each).
     */
    default java.util.Map<Long, CustomerContact> contacts(java.util.Collection<Long> customerIds) {
        java.util.Map<Long, CustomerContact> found = new java.util.HashMap<Long, CustomerContact>();
        for (Long id : customerIds) {
            CustomerContact c = contact(id);
            if (c != null) {
                found.put(id, c);
            }
        }
        return found;
    }

    /** Registered customers whose e-mail or name contains {@code text} (case-insensitive), at most {@code max}. */
    List<CustomerContact> search(String text, int max);
}
