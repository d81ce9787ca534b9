package org.evergreenloyalty.test;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.evergreenloyalty.campaign.CampaignCatalog;

/**
 * The core suite's catalog for campaigns: every product and category id below {@link #FIRST_UNKNOWN} exists
 * (named "Product 7", "Category 7"); ids from it on name nothing.
 */
public class InMemoryCampaignCatalog implements CampaignCatalog {

    /** The lowest id that names no product or category. */
    public static final long FIRST_UNKNOWN = 1_000_000_000L;

    @Override
    public Set<Long> unknownProducts(Collection<Long> ids) {
        return unknown(ids);
    }

    @Override
    public Set<Long> unknownCategories(Collection<Long> ids) {
        return unknown(ids);
    }

    @Override
    public Map<Long, String> productNames(Collection<Long> ids) {
        return names("Product ", ids);
    }

    @Override
    public Map<Long, String> categoryNames(Collection<Long> ids) {
        return names("Category ", ids);
    }

    private static Set<Long> unknown(Collection<Long> ids) {
        Set<Long> out = new LinkedHashSet<Long>();
        for (Long id : ids) {
            if (id >= FIRST_UNKNOWN) {
                out.add(id);
            }
        }
        return out;
    }

    private static Map<Long, String> names(String prefix, Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<Long, String>();
        for (Long id : ids) {
            if (id < FIRST_UNKNOWN) {
                out.put(id, prefix + id);
            }
        }
        return out;
    }
}
