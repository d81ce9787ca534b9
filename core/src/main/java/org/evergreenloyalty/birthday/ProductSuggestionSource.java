package org.evergreenloyalty.birthday;

import java.util.List;

/**
 * Finds products a customer may like (implemented on Broadleaf's catalog and orders in the adapter):
 * active products from the categories of products the customer bought before, that they have not bought.
 */
public interface ProductSuggestionSource {

    /** At most {@code max} suggestions for {@code customerId}; empty when the customer bought nothing yet. */
    List<ProductSuggestion> suggestionsFor(long customerId, int max);
}
