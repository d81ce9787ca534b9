package org.evergreenloyalty.customer;

import java.util.List;

/** Looks store customers up for the loyalty features (implemented on Broadleaf's customers in the adapter). */
public interface CustomerDirectory {

    /** The customer's contact data, or null when there is no such (registered) customer. */
    CustomerContact contact(long customerId);

    /** Registered customers whose e-mail or name contains {@code text} (case-insensitive), at most {@code max}. */
    List<CustomerContact> search(String text, int max);
}
