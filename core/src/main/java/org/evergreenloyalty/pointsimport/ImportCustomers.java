package org.evergreenloyalty.pointsimport;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Finds the store's customers an import file names (implemented on the platform's customer table by the adapter). */
public interface ImportCustomers {

    /**
     * The customer ids of those of {@code emails} (lower case) that a customer has, keyed by the lower-case address;
     * the adapter asks in batches, not once per address.
     */
    Map<String, Long> idsByEmail(Collection<String> emails);

    /** Those of {@code customerIds} that exist, asked in batches. */
    Set<Long> existing(Collection<Long> customerIds);
}
