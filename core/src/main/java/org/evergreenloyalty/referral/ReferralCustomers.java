package org.evergreenloyalty.referral;

import java.util.Set;

/** The store's customers and orders as the referral rules need them (implemented on Broadleaf in the adapter). */
public interface ReferralCustomers {

    /** Whether the customer exists, is registered and not deactivated (a deleted advocate's code is void). */
    boolean isActive(long customerId);

    /** The id of the registered customer with this e-mail address (case-insensitive), or null. */
    Long customerIdByEmail(String email);

    /**
     * The customer's submitted (not cancelled) orders placed before {@code orderId}, or all of them when it is null.
     * Orders placed after it do not count: the worker may book a first order when the friend has placed another since.
     */
    int submittedOrdersBefore(long customerId, Long orderId);

    /** Normalised keys (street, postal code, country) of the customer's saved addresses and recent order shipping addresses. */
    Set<String> addressKeys(long customerId);

    /** Normalised keys of the shipping addresses of one order. */
    Set<String> orderAddressKeys(long orderId);

    /** Whether the order is cancelled (or no longer exists). */
    boolean isOrderCancelled(long orderId);
}
