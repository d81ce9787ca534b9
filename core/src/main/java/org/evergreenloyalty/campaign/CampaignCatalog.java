package org.evergreenloyalty.campaign;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The store's catalog as campaigns need it (the port the platform adapter implements, bean
 * {@code evgCampaignCatalog}): which product and category ids exist, and their names for the admin.
 */
public interface CampaignCatalog {

    /** Those of {@code ids} that name no product of the store. */
    Set<Long> unknownProducts(Collection<Long> ids);

    /** Those of {@code ids} that name no category of the store. */
    Set<Long> unknownCategories(Collection<Long> ids);

    /** Product id to name, for those of {@code ids} that exist. */
    Map<Long, String> productNames(Collection<Long> ids);

    /** Category id to name, for those of {@code ids} that exist. */
    Map<Long, String> categoryNames(Collection<Long> ids);
}
