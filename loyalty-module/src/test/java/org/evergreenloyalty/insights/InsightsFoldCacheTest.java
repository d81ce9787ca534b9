package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import javax.persistence.Cache;
import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's summary fold (every ten minutes) writes its tables with plain SQL and leaves the store's
 * second-level cache alone: a product Broadleaf has cached stays cached through a fold that rewrote every summary
 * table. (A statement run through {@code createNativeQuery(...).executeUpdate()} made Hibernate evict every region,
 * Broadleaf's catalog and orders with it.)
 */
@BroadleafIntegrationTest
class InsightsFoldCacheTest extends InsightsSummaryTestBase {

    @Test
    void aFoldLeavesBroadleafsCachedCatalogInTheCache() throws Exception {
        Product p = store.product("Fold Cache P", "10.00", store.category("Fold Cache"));
        clock.advance(Instant.parse("2147-03-10T10:00:00Z").toEpochMilli() - clock.now().getTime());
        store.buy(store.customer(), p, 1);
        clock.advance(Instant.parse("2147-05-10T12:00:00Z").toEpochMilli() - clock.now().getTime());
        Cache cache = BroadleafTestContext.get().getBean("entityManagerFactory", EntityManagerFactory.class).getCache();
        new TransactionTemplate(txm).execute(status -> em.find(ProductImpl.class, p.getId()));
        assertTrue(cache.contains(ProductImpl.class, p.getId()), "the product is in Broadleaf's second-level cache");

        InsightsSummaryService.FoldReport report = summaries.fold();

        assertTrue(report.isOrdersRebuilt(), "the fold rewrote the order summaries: " + report);
        assertTrue(cache.contains(ProductImpl.class, p.getId()), "the product is still cached after the fold");
    }
}
