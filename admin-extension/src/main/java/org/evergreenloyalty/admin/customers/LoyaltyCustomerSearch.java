package org.evergreenloyalty.admin.customers;

import java.util.List;

import org.evergreenloyalty.customer.CustomerContact;

/** Finds the customers an admin looks for on Loyalty &gt; Customers. */
public interface LoyaltyCustomerSearch {

    /**
     * Customers whose e-mail or name contains {@code text}, and the buyer of the order numbered {@code text}
     * (listed first), at most {@code max}; empty for blank text.
     */
    List<CustomerContact> find(String text, int max);
}
