package org.evergreenloyalty.privacy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.evergreenloyalty.customer.CustomerDirectory;

/**
 * The platform-neutral {@link CustomerStatusGateway}: a customer the {@link CustomerDirectory} no longer finds is
 * closed. Adapters that know a store's deactivation replace it (bean {@code evgCustomerStatusGateway}).
 */
public class DirectoryCustomerStatus implements CustomerStatusGateway {

    private final CustomerDirectory directory;

    public DirectoryCustomerStatus(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean exists(long customerId) {
        return directory.contact(customerId) != null;
    }

    @Override
    public Set<Long> closed(Collection<Long> customerIds) {
        Set<Long> closed = new LinkedHashSet<Long>(customerIds);
        closed.removeAll(directory.contacts(customerIds).keySet());
        return closed;
    }
}
