package org.evergreenloyalty.privacy;

import java.util.Collection;
import java.util.Set;

/** The store's view of its customers that erasure follows (implemented on Broadleaf's customers in the adapter). */
public interface CustomerStatusGateway {

    /** Whether the store has a customer with this id (deactivated ones included). */
    boolean exists(long customerId);

    /** Those of {@code customerIds} whose customer the store deactivated or no longer has. */
    Set<Long> closed(Collection<Long> customerIds);
}
