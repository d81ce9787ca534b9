package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.ui.ExtendedModelMap;

/**
 * One render of /account/loyalty for a customer with history (bonuses and an order), a voucher, points held by a
 * cart and a tier takes at most 6 SQL statements, and shows what the engine's own services say.
 */
@BroadleafIntegrationTest
class AccountPageStatementsTest extends StorefrontTestBase {

    @Resource(name = "entityManagerFactory")
    EntityManagerFactory emf;

    @Test
    void theAccountPageTakesAtMostSixStatements() throws Exception {
        tiers.saveTiers(Arrays.asList(new LoyaltyTier("Silver", 100, new BigDecimal("1.5"), "Free shipping"),
                new LoyaltyTier("Gold", 100000, new BigDecimal("2"), null)));
        Customer c = store.customer();
        for (int i = 0; i < 30; i++) {
            accounts.grantBonus(c.getId(), 100, TestIds.unique("page-sql"), "Bonus #" + i, "test", i);
        }
        store.buy(c, product("35.00"), 1);
        redemption.buyVoucher(c.getId(), 500);
        redemption.apply(c.getId(), cartWith(c, product("40.00"), 1).getId(), "1000");

        LoyaltyAccountPage page = renderCounting(c);

        assertEquals(2, page.getPages(), "32 entries at 20 a page");
        assertEquals(20, page.getHistory().size());
        assertEquals(ledger.balance(c.getId()).getAvailable(), page.getAvailable());
        assertEquals(3000 - 500, page.getAvailable());
        assertEquals(redemption.quote(c.getId(), -1L).getSpendable(), page.getSpendable(), "the cart's 1000 points are held");
        assertEquals(1500, page.getSpendable());
        assertEquals(1, page.getVouchers().size());
        assertEquals("Silver", page.getTier().getCurrent().getName());
        assertEquals("Gold", page.getTier().getNext().getName());
        assertEquals(tiers.status(c.getId()).getQualifyingValue(), page.getTier().getQualifyingValue());
        assertEquals(0, page.getExpiringPoints());

        clock.advance(350L * 24 * 60 * 60 * 1000);
        LoyaltyAccountPage later = renderCounting(c);
        assertEquals(2500, later.getExpiringPoints(), "the bonuses left after the voucher expire within 30 days");
    }

    /** Renders the page as a storefront request does (one EntityManager open in the view) and counts its statements. */
    private LoyaltyAccountPage renderCounting(Customer c) {
        request(c, null, Locale.ENGLISH);
        // the test context keeps one EntityManager open on the thread, as the store's open-in-view filter does per
        // request: start from an empty one, like a new request
        EntityManagerHolder bound = (EntityManagerHolder) TransactionSynchronizationManager.getResource(emf);
        EntityManager em = bound != null ? bound.getEntityManager() : emf.createEntityManager();
        if (bound == null) {
            TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(em));
        }
        em.clear();
        Statistics stats = em.unwrap(Session.class).getSessionFactory().getStatistics();
        boolean enabled = stats.isStatisticsEnabled();
        try {
            stats.setStatisticsEnabled(true);
            stats.clear();
            ExtendedModelMap model = new ExtendedModelMap();
            new AccountLoyaltyController(loyalty, redemption, shopper, messages).show("1", new MockHttpServletRequest(), model);
            long statements = stats.getPrepareStatementCount();
            System.out.println("account page SQL statements: " + statements);
            assertTrue(statements <= 6, "the account page took " + statements + " SQL statements");
            return (LoyaltyAccountPage) model.get(AccountLoyaltyController.PAGE);
        } finally {
            stats.setStatisticsEnabled(enabled);
            if (bound == null) {
                TransactionSynchronizationManager.unbindResource(emf);
                em.close();
            }
        }
    }
}
