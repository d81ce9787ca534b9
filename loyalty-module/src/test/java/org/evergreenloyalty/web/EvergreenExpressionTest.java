package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.web.EvergreenVariableExpression;
import org.evergreenloyalty.broadleaf.web.LoyaltyPointsProcessor;
import org.evergreenloyalty.broadleaf.web.RedeemWidgetProcessor;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.processor.IProcessor;

/** {@code #evergreen} and the {@code blc:evergreen_*} processors on the real store, installed in Broadleaf's lists. */
@BroadleafIntegrationTest
class EvergreenExpressionTest extends StorefrontTestBase {

    @Resource(name = "blVariableExpressions")
    List<BroadleafVariableExpression> expressions;
    @Resource(name = "blDialectProcessors")
    java.util.Set<IProcessor> processors;
    @Resource(name = "evgVariableExpression")
    EvergreenVariableExpression evergreen;

    @Test
    void theModuleIsInstalledInBroadleafsExpressionAndProcessorLists() {
        assertTrue(expressions.contains(evergreen));
        assertEquals("evergreen", evergreen.getName());
        boolean points = false;
        boolean redeem = false;
        for (IProcessor p : processors) {
            points |= p instanceof LoyaltyPointsProcessor;
            redeem |= p instanceof RedeemWidgetProcessor;
        }
        assertTrue(points && redeem, "both processors merged into blDialectProcessors");
    }

    @Test
    void theBadgeShowsTheSignedInShoppersBalanceOnly() {
        Customer c = customerWith(1234);
        request(c, null, Locale.ENGLISH);
        assertTrue(evergreen.signedIn());
        assertEquals(Long.valueOf(1234), evergreen.balance());
        assertEquals(1234, new LoyaltyPointsProcessor(loyalty, shopper).points().getAvailable());

        request(null, null, Locale.ENGLISH);
        assertFalse(evergreen.signedIn());
        assertNull(evergreen.balance());
        assertFalse(new LoyaltyPointsProcessor(loyalty, shopper).points().isSignedIn());
    }

    @Test
    void pointsForAPriceHonourTheTierMultiplierWhenSignedIn() {
        tiers.saveTiers(Arrays.asList(new LoyaltyTier("Silver", 100, new BigDecimal("1.5"), null)));
        Customer silver = customerWith(200);

        request(null, null, Locale.ENGLISH);
        assertEquals(35, evergreen.pointsFor(new Money(new BigDecimal("35.99"))), "anonymous: 1 point per 1.00, rounded down");
        assertEquals(35, evergreen.pointsFor(new BigDecimal("35.99")));
        assertEquals(35, evergreen.pointsFor("35.99"));
        assertEquals(0, evergreen.pointsFor("abc"));
        assertEquals(0, evergreen.pointsFor(null));
        assertEquals(0, evergreen.pointsFor(new BigDecimal("-5")));

        request(silver, null, Locale.ENGLISH);
        assertEquals(53, evergreen.pointsFor(new Money(new BigDecimal("35.99"))), "35.99 x 1.5 = 53.98");
    }

    @Test
    void aProductExcludedFromEarningEarnsNothing() {
        Category excludedCategory = store.category("No points");
        Product earning = store.product("Earns " + System.nanoTime(), "20.00", null);
        Product inExcludedCategory = store.product("Category excluded " + System.nanoTime(), "20.00", excludedCategory);
        Product excluded = store.product("Excluded " + System.nanoTime(), "20.00", null);
        settingsService.save(withExclusions(excluded.getId(), excludedCategory.getId()));

        request(null, null, Locale.ENGLISH);
        assertEquals(20, evergreen.pointsForProduct(earning));
        assertEquals(0, evergreen.pointsForProduct(excluded));
        assertEquals(0, evergreen.pointsForProduct(inExcludedCategory));
        assertEquals(0, evergreen.pointsForProduct(null));
    }

    private org.evergreenloyalty.points.PointsSettings withExclusions(long productId, long categoryId) {
        org.evergreenloyalty.points.PointsSettings s = settingsService.current();
        s.setExcludedProductIds(String.valueOf(productId));
        s.setExcludedCategoryIds(String.valueOf(categoryId));
        return s;
    }
}
