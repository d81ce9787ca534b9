package org.evergreenloyalty.broadleaf.review;

import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.evergreenloyalty.review.ProductCard;
import org.evergreenloyalty.review.ReviewCatalog;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReviewCatalog} on Broadleaf's catalog: name, the "primary" media (else the first) as absolute image URL,
 * the product page as absolute URL, and whether the product is active.
 */
public class BroadleafReviewCatalog implements ReviewCatalog {

    private final CatalogService catalogService;
    private final TransactionTemplate tx;
    private final String storeBaseUrl;

    public BroadleafReviewCatalog(CatalogService catalogService, PlatformTransactionManager txm, String storeBaseUrl) {
        this.catalogService = catalogService;
        this.tx = new TransactionTemplate(txm);
        this.tx.setReadOnly(true);
        this.storeBaseUrl = storeBaseUrl.endsWith("/") ? storeBaseUrl.substring(0, storeBaseUrl.length() - 1) : storeBaseUrl;
    }

    @Override
    public ProductCard product(final long productId) {
        return tx.execute(new TransactionCallback<ProductCard>() {
            @Override
            public ProductCard doInTransaction(TransactionStatus status) {
                Product p = catalogService.findProductById(productId);
                if (p == null) {
                    return null;
                }
                return new ProductCard(p.getId(), p.getName(), absolute(image(p)), absolute(p.getUrl()), p.isActive());
            }
        });
    }

    private static String image(Product p) {
        if (p.getMedia() == null || p.getMedia().isEmpty()) {
            return null;
        }
        Media primary = p.getMedia().get("primary");
        if (primary == null) {
            primary = p.getMedia().values().iterator().next();
        }
        return primary == null ? null : primary.getUrl();
    }

    private String absolute(String u) {
        if (u == null || u.trim().isEmpty()) {
            return null;
        }
        String t = u.trim();
        if (t.startsWith("http://") || t.startsWith("https://")) {
            return t;
        }
        return storeBaseUrl + (t.startsWith("/") ? t : "/" + t);
    }
}
