package org.evergreenloyalty.broadleaf.campaign;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.evergreenloyalty.campaign.CampaignCatalog;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CampaignCatalog} on Broadleaf's catalog service: a product or category id exists when Broadleaf finds it
 * (archived ones too: a campaign may name a product that comes back). Used by the admin, for at most a few hundred ids.
 */
public class BroadleafCampaignCatalog implements CampaignCatalog {

    private final CatalogService catalogService;
    private final TransactionTemplate tx;

    public BroadleafCampaignCatalog(CatalogService catalogService, PlatformTransactionManager txm) {
        this.catalogService = catalogService;
        this.tx = new TransactionTemplate(txm);
        this.tx.setReadOnly(true);
    }

    @Override
    public Set<Long> unknownProducts(Collection<Long> ids) {
        Set<Long> unknown = new LinkedHashSet<Long>(ids);
        unknown.removeAll(productNames(ids).keySet());
        return unknown;
    }

    @Override
    public Set<Long> unknownCategories(Collection<Long> ids) {
        Set<Long> unknown = new LinkedHashSet<Long>(ids);
        unknown.removeAll(categoryNames(ids).keySet());
        return unknown;
    }

    @Override
    public Map<Long, String> productNames(Collection<Long> ids) {
        return tx.execute(status -> {
            Map<Long, String> out = new LinkedHashMap<Long, String>();
            for (Long id : ids) {
                Product p = catalogService.findProductById(id);
                if (p != null) {
                    out.put(id, p.getName());
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, String> categoryNames(Collection<Long> ids) {
        return tx.execute(status -> {
            Map<Long, String> out = new LinkedHashMap<Long, String>();
            for (Long id : ids) {
                Category c = catalogService.findCategoryById(id);
                if (c != null) {
                    out.put(id, c.getName());
                }
            }
            return out;
        });
    }
}
