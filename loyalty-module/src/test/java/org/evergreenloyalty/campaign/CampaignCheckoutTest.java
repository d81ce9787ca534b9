package org.evergreenloyalty.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.checkout.BroadleafOrderTranslator;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.points.ExtraEarn;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns on real Broadleaf checkouts: a double-points campaign on a category doubles exactly that category's
 * lines, as an entry of its own attributed to the campaign, once however often the order is booked; a cancel
 * takes it back; outside the campaign's days nothing extra; the product page and the cart show the same figures;
 * ids that name no Broadleaf product are refused.
 */
@BroadleafIntegrationTest
class CampaignCheckoutTest {

    @Resource(name = "evgCampaignService")
    CampaignService campaigns;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settingsService;
    @Resource(name = "evgTierService")
    TierService tiers;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orderCompletion;
    @Resource(name = "evgOrderTranslator")
    BroadleafOrderTranslator translator;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    final StoreFixtures store = StoreFixtures.create();
    private PointsSettings original;
    private final List<Long> created = new ArrayList<Long>();
    private Category shoes;
    private Product shoe;
    private Product hat;

    @BeforeEach
    void knownStore() {
        original = KnownPointsSettings.apply(settingsService);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
        clock.reset();
        shoes = store.category("Campaign shoes " + TestIds.unique("c"));
        shoe = store.product("Campaign shoe " + TestIds.unique("p"), "40.00", shoes);
        hat = store.product("Campaign hat " + TestIds.unique("p"), "10.00", null);
    }

    @AfterEach
    void removeCampaigns() {
        clock.reset();
        settingsService.save(original);
        new TransactionTemplate(txm).execute(status -> {
            for (Long id : created) {
                Campaign c = em.find(Campaign.class, id);
                if (c != null) {
                    em.remove(c);
                }
            }
            return null;
        });
    }

    private Campaign doubleShoes(LocalDate first, LocalDate last) {
        CampaignDraft d = new CampaignDraft();
        d.setName("Double shoes " + TestIds.unique("n"));
        d.setKind("MULTIPLY");
        d.setMultiplier("2");
        d.setStartDay(first.toString());
        d.setEndDay(last.toString());
        d.setCategoryIds(String.valueOf(shoes.getId()));
        Campaign c = campaigns.save(null, d, "admin");
        created.add(c.getId());
        return c;
    }

    private Order buyShoeAndHat(Customer c) throws Exception {
        Order cart = store.add(store.cart(c), shoe, 1);
        cart = store.add(cart, hat, 1);
        return store.checkout(cart);
    }

    @Test
    void aCheckoutDuringADoubleCampaignEarnsDoubleOnTheCategoryOnlyAttributedToTheCampaignOnce() throws Exception {
        Campaign c = doubleShoes(campaigns.today(), campaigns.today().plusDays(2));
        Customer buyer = store.customer();

        Order order = buyShoeAndHat(buyer);

        assertEquals(90, ledger.balance(buyer.getId()).getPending(), "50 ordinary + 40 extra for the shoe, none for the hat");
        LedgerEntry extra = ledger.findByEventKey(CampaignGrant.eventKey(c.getId(), order.getId()));
        assertNotNull(extra, "the campaign's points are an entry of their own");
        assertEquals(40, extra.getPendingDelta());
        assertEquals(c.getName(), extra.getReason());
        assertEquals(50, ledger.findByEventKey("earn:order:" + order.getId()).getPendingDelta());

        assertFalse(orderCompletion.process(translator.translate(store.orders().findOrderById(order.getId()))),
                "booking the order again does nothing");
        assertEquals(90, ledger.balance(buyer.getId()).getPending());
        assertEquals(2, ledger.historySize(buyer.getId()));
        CampaignTotals totals = campaigns.totals().get(c.getId());
        assertEquals(40, totals.getGranted());
        assertEquals(1, totals.getOrders());
    }

    @Test
    void cancellingTheOrderReversesTheCampaignPointsWithTheRest() throws Exception {
        Campaign c = doubleShoes(campaigns.today(), campaigns.today());
        Customer buyer = store.customer();
        Order order = buyShoeAndHat(buyer);
        assertEquals(90, ledger.balance(buyer.getId()).getPending());

        Order o = store.orders().findOrderById(order.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);

        assertEquals(0, ledger.balance(buyer.getId()).getPending());
        assertEquals(0, ledger.balance(buyer.getId()).getLifetimeEarned());
        assertEquals(0, campaigns.totals().get(c.getId()).getGranted());
        assertEquals(40, campaigns.totals().get(c.getId()).getReversed());
    }

    @Test
    void outsideTheCampaignsDaysNothingExtra() throws Exception {
        Campaign upcoming = doubleShoes(campaigns.today().plusDays(1), campaigns.today().plusDays(2));
        Customer buyer = store.customer();
        Order order = buyShoeAndHat(buyer);
        assertEquals(50, ledger.balance(buyer.getId()).getPending());
        assertNull(ledger.findByEventKey(CampaignGrant.eventKey(upcoming.getId(), order.getId())));
        assertNull(campaigns.totals().get(upcoming.getId()));
    }

    @Test
    void theProductPageAndTheCartShowTheCampaignsPoints() throws Exception {
        Campaign c = doubleShoes(campaigns.today(), campaigns.today().plusDays(2));
        Customer shopper = store.customer();

        EarnPreview shoePage = campaigns.preview(shoe.getId(), shoes.getId(), new BigDecimal("40.00"), shopper.getId());
        assertTrue(shoePage.isBoosted());
        assertEquals(80, shoePage.getPoints());
        assertEquals(40, shoePage.getOrdinaryPoints());
        assertEquals("2", shoePage.getMultiplier());
        assertEquals(c.getEndDay(), shoePage.getLastDay());
        assertFalse(campaigns.preview(hat.getId(), null, new BigDecimal("10.00"), shopper.getId()).isBoosted());

        Order cart = store.add(store.add(store.cart(shopper), shoe, 2), hat, 1);
        List<ExtraEarn> bonus = campaigns.cartExtras(translator.translate(cart));
        assertEquals(1, bonus.size());
        assertEquals(80, bonus.get(0).getPoints(), "two shoes doubled");
        assertEquals(c.getId().longValue(), bonus.get(0).getSourceRef());
    }

    @Test
    void idsThatNameNoProductOrCategoryOfTheStoreAreRefused() {
        int before = campaigns.campaigns().size();
        CampaignDraft d = new CampaignDraft();
        d.setName("Unknown things");
        d.setKind("MULTIPLY");
        d.setMultiplier("2");
        d.setStartDay(campaigns.today().toString());
        d.setEndDay(campaigns.today().toString());
        d.setProductIds(shoe.getId() + ", 987654321");
        d.setCategoryIds("987654322");
        CampaignValidationException e = assertThrows(CampaignValidationException.class, () -> campaigns.save(null, d, "admin"));
        assertEquals(2, e.getProblems().size(), e.getProblems().toString());
        assertEquals("campaign.error.unknownProducts", e.getProblems().get(0).getMessageKey());
        assertEquals("987654321", e.getProblems().get(0).getArguments()[0]);
        assertEquals("campaign.error.unknownCategories", e.getProblems().get(1).getMessageKey());
        assertEquals(before, campaigns.campaigns().size());
    }
}
