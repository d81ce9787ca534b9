package org.evergreenloyalty.birthday;

import java.util.List;

/**
 * Finds products a customer may like (implemented on Broadleaf's catalog and orders in the adapter):
 * active products from the categories of products the customer bought before, that they have not bought.
 */
public interface ProductSuggestionSource {

    /** At most {@code max} suggestions for {@code customerId}; empty when the customer bought nothing yet. */
    List<ProductSuggestion> suggestionsFor(long customerId, int max);

    /**
     * The suggestions of each of {@code customerIds} (a page of a job; customers without suggestions may be left out).
     * This default asks {@link #suggestionsFor(long, int)} for each; an adapter finds the customers who bought
     * nothing yet in one query.
     */
    default java.util.Map<Long, List<ProductSuggestion>> suggestionsFor(java.util.Collection<Long> customerIds, int max) {
        java.util.Map<Long, List<ProductSuggestion>> all = new java.util.HashMap<Long, List<ProductSuggestion>>();
        for (Long id : customerIds) {
            all.put(id, suggestionsFor(id, max));
        }
        return all;
    }
}
