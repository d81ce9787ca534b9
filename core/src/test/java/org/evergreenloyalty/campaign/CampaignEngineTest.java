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
import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.points.PointsMaturationService;
import org.evergreenloyalty.points.PointsReversalService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.InMemoryCampaignCatalog;
import org.evergreenloyalty.test.InMemoryOrders;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns on the engine's own context: validation (nothing stored on bad input), booking the extra points as
 * their own entries exactly once, maturing and reversing them with the order, the admin's totals, standing rates.
 * Each test uses categories and products no other test buys, so campaigns left behind change no other test.
 */
@CoreTest
class CampaignEngineTest {

    @Resource(name = "evgCampaignService")
    CampaignService campaigns;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settings;
    @Resource(name = "evgPointsReversalService")
    PointsReversalService reversal;
    @Resource(name = "evgPointsMaturationService")
    PointsMaturationService maturation;
    @Resource(name = "testOrders")
    InMemoryOrders storeOrders;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private PointsSettings original;
    private final List<Long> created = new ArrayList<Long>();
    private long category;

    @BeforeEach
    void knownRules() {
        original = KnownPointsSettings.apply(settings);
        category = TestIds.customerId();
    }

    @AfterEach
    void removeCampaigns() {
        settings.save(original);
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

    private Campaign save(CampaignDraft d) {
        Campaign c = campaigns.save(null, d, "admin");
        created.add(c.getId());
        return c;
    }

    private CampaignDraft doubleOnCategory(LocalDate first, LocalDate last) {
        CampaignDraft d = Campaigns.draft("Double " + category, "MULTIPLY", "2", first, last);
        d.setCategoryIds(String.valueOf(category));
        return d;
    }

    /** An order placed now: one line in the campaign's category, one outside it. */
    private CompletedOrder order(long customer, String inCategory, String outside) {
        long orderId = TestIds.customerId();
        List<CompletedOrder.Line> lines = Arrays.asList(
                new CompletedOrder.Line(orderId * 10, 5L, "Shoe", category, 1, new BigDecimal(inCategory)),
                new CompletedOrder.Line(orderId * 10 + 1, 6L, "Hat", category + 1, 1, new BigDecimal(outside)));
        BigDecimal total = new BigDecimal(inCategory).add(new BigDecimal(outside));
        CompletedOrder o = new CompletedOrder(orderId, "C" + orderId, customer, "c" + customer + "@example.com", "USD",
                total, BigDecimal.ZERO, BigDecimal.ZERO, total, clock.now(), lines);
        storeOrders.submit(o);
        return o;
    }

    @Test
    void aDoubleCampaignEarnsDoubleOnItsCategoryOnlyAsItsOwnEntryOnce() {
        LocalDate today = campaigns.today();
        Campaign c = save(doubleOnCategory(today, today.plusDays(2)));
        long customer = CoreFixtures.customer();
        CompletedOrder o = order(customer, "40.00", "10.00");

        assertTrue(orders.process(o));
        assertFalse(orders.process(o), "a second booking of the same order changes nothing");

        assertEquals(90, ledger.balance(customer).getPending(), "50 ordinary + 40 extra on the 40.00 shoe line");
        LedgerEntry extra = ledger.findByEventKey("campaign:" + c.getId() + ":order:" + o.getOrderId());
        assertNotNull(extra);
        assertEquals(EntryType.EARN, extra.getType());
        assertEquals(40, extra.getPendingDelta());
        assertEquals(c.getName(), extra.getReason());
        assertEquals(50, ledger.findByEventKey("earn:order:" + o.getOrderId()).getPendingDelta());
        assertEquals(40, campaigns.totals().get(c.getId()).getGranted());
        assertEquals(1, campaigns.totals().get(c.getId()).getOrders());
    }

    @Test
    void cancellingTheOrderTakesTheCampaignPointsBackAndTheTotalsSaySo() {
        LocalDate today = campaigns.today();
        Campaign c = save(doubleOnCategory(today, today));
        long customer = CoreFixtures.customer();
        CompletedOrder o = order(customer, "25.00", "0.00");
        orders.process(o);
        assertEquals(50, ledger.balance(customer).getPending());

        assertTrue(reversal.reverseCancelledOrder(o.getOrderId()));

        assertEquals(0, ledger.balance(customer).getPending());
        assertEquals(0, ledger.balance(customer).getLifetimeEarned());
        CampaignTotals t = campaigns.totals().get(c.getId());
        assertEquals(0, t.getGranted());
        assertEquals(25, t.getReversed());
    }

    @Test
    void campaignPointsMatureWithTheOrder() {
        LocalDate today = campaigns.today();
        save(doubleOnCategory(today, today));
        long customer = CoreFixtures.customer();
        CompletedOrder o = order(customer, "30.00", "0.00");
        orders.process(o);
        try {
            CoreFixtures.advanceDays(31);
            maturation.matureDue();
            assertEquals(60, ledger.balance(customer).getAvailable());
            assertEquals(0, ledger.balance(customer).getPending());
        } finally {
            clock.reset();
        }
    }

    @Test
    void outsideItsDaysACampaignGivesNothing() {
        LocalDate today = campaigns.today();
        Campaign later = save(doubleOnCategory(today.plusDays(1), today.plusDays(3)));
        long customer = CoreFixtures.customer();
        CompletedOrder o = order(customer, "40.00", "0.00");
        orders.process(o);
        assertEquals(40, ledger.balance(customer).getPending());
        assertNull(ledger.findByEventKey("campaign:" + later.getId() + ":order:" + o.getOrderId()));
        assertEquals(CampaignStatus.UPCOMING, campaigns.status(later));
    }

    @Test
    void anEndedCampaignGivesNothingFromThenOn() {
        LocalDate today = campaigns.today();
        Campaign c = save(doubleOnCategory(today, today.plusDays(3)));
        assertTrue(campaigns.end(c.getId(), "admin"));
        assertFalse(campaigns.end(c.getId(), "admin"), "ending twice does nothing");
        long customer = CoreFixtures.customer();
        orders.process(order(customer, "40.00", "0.00"));
        assertEquals(40, ledger.balance(customer).getPending());
        assertEquals(CampaignStatus.ENDED, campaigns.status(campaigns.campaign(c.getId())));
    }

    @Test
    void badInputNamesEveryProblemAndStoresNothing() {
        int before = campaigns.campaigns().size();
        LocalDate today = campaigns.today();
        CampaignDraft d = Campaigns.draft("", "MULTIPLY", "11", today.plusDays(3), today.plusDays(1));
        d.setProductIds(String.valueOf(InMemoryCampaignCatalog.FIRST_UNKNOWN + 5));
        d.setCategoryIds("12, shoes");
        d.setTierIds("999999");
        d.setMinOrderAmount("-1");

        CampaignValidationException e = assertThrows(CampaignValidationException.class, () -> save(d));

        List<String> keys = new ArrayList<String>();
        for (CampaignProblem p : e.getProblems()) {
            keys.add(p.getField() + ":" + p.getMessageKey());
        }
        assertEquals(Arrays.asList("name:campaign.error.name", "multiplier:campaign.error.multiplier",
                "endDay:campaign.error.endBeforeStart", "productIds:campaign.error.unknownProducts",
                "categoryIds:campaign.error.ids", "tierIds:campaign.error.unknownTiers",
                "minOrderAmount:campaign.error.minOrderAmount"), keys);
        assertEquals(before, campaigns.campaigns().size());
        assertEquals(keys.size(), campaigns.check(null, d).size(), "check names the same problems");
    }

    @Test
    void overlappingCampaignsAreListedForTheWarning() {
        LocalDate today = campaigns.today();
        Campaign a = save(doubleOnCategory(today, today.plusDays(5)));
        Campaign b = save(doubleOnCategory(today.plusDays(5), today.plusDays(9)));
        Campaign apart = save(doubleOnCategory(today.plusDays(10), today.plusDays(12)));
        List<Long> ids = new ArrayList<Long>();
        for (Campaign o : campaigns.overlapping(a)) {
            ids.add(o.getId());
        }
        assertTrue(ids.contains(b.getId()), "sharing the last day is an overlap");
        assertFalse(ids.contains(apart.getId()));
        assertFalse(ids.contains(a.getId()));
    }

    @Test
    void aStandingCategoryRateAndAProductRateChangeWhatLinesEarn() {
        EarnRate cat = campaigns.saveRate("CATEGORY", String.valueOf(category), "3");
        EarnRate prod = campaigns.saveRate("PRODUCT", "5", "0.5");
        try {
            long customer = CoreFixtures.customer();
            CompletedOrder o = order(customer, "10.00", "10.00");
            orders.process(o);
            assertEquals(15, ledger.balance(customer).getPending(), "product 5 at 0.5 wins over its category's 3: 5 + 10");
            assertThrows(CampaignValidationException.class, () -> campaigns.saveRate("PRODUCT", "x", "-1"));
            EarnRate changed = campaigns.saveRate("PRODUCT", "5", "2");
            assertEquals(prod.getId(), changed.getId(), "a second save changes the product's rate");
            assertEquals(0, new java.math.BigDecimal("2").compareTo(changed.getPointsPerUnit()));
            assertEquals(1, campaigns.rates().stream().filter(r -> r.getTarget() == EarnRate.Target.PRODUCT && r.getTargetId() == 5)
                    .count(), "one rate per product");
        } finally {
            assertTrue(campaigns.removeRate(cat.getId()));
            campaigns.removeRate(prod.getId());
            assertFalse(campaigns.removeRate(cat.getId()), "gone");
        }
    }

    @Test
    void anOrderPlacedInTheWindowButBookedLaterStillEarnsTheCampaign() {
        LocalDate today = campaigns.today();
        Campaign c = save(doubleOnCategory(today, today));
        long customer = CoreFixtures.customer();
        CompletedOrder o = order(customer, "10.00", "0.00");
        try {
            CoreFixtures.advanceDays(3);
            orders.process(o);
            assertEquals(20, ledger.balance(customer).getPending(), "the day the order was placed counts");
            assertNotNull(ledger.findByEventKey(CampaignGrant.eventKey(c.getId(), o.getOrderId())));
        } finally {
            clock.reset();
        }
    }
}
