package org.evergreenloyalty.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.checkout.BroadleafOrderTranslator;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.OrderCompletionService;
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
 * Milestones on real Broadleaf checkouts: the 5th order grants the 5th-order badge's points once, pending with the
 * order's own; a replayed booking or trigger grants nothing; concurrent triggers grant once; cancelling the qualifying
 * order reverses the grant and the badge is open again; the anniversary comes with the job on a moved clock (a
 * 29 February sign-up on 28 February); the seeded milestones are off, so no other test's totals change.
 */
@BroadleafIntegrationTest
class MilestoneTest {

    @Resource(name = "evgMilestoneService")
    MilestoneService milestones;
    @Resource(name = "evgMilestoneGrants")
    MilestoneGrants grants;
    @Resource(name = "evgMilestonesJob")
    org.evergreenloyalty.milestone.jobs.MilestonesJob job;
    @Resource(name = "evgMilestoneSettings")
    MilestoneSettings settings;
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
    private Product hat;

    @BeforeEach
    void knownStore() {
        original = KnownPointsSettings.apply(settingsService);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
        clock.reset();
        hat = store.product("Milestone hat " + TestIds.unique("p"), "10.00", null);
    }

    @AfterEach
    void allOff() {
        clock.reset();
        settingsService.save(original);
        for (Milestone m : milestones.milestones()) {
            milestones.setEnabled(m.getCode(), false);
        }
    }

    @Test
    void theSeededMilestonesAreOffSoOrdersEarnAsBefore() throws Exception {
        List<Milestone> all = milestones.milestones();
        assertEquals(7, all.size());
        assertTrue(all.stream().noneMatch(Milestone::isEnabled));
        Customer buyer = store.customer();
        store.buy(buyer, hat, 1);
        assertEquals(10, ledger.balance(buyer.getId()).getPending());
        assertTrue(milestones.badges(buyer.getId()).isEmpty());
        assertNull(ledger.findByEventKey("milestone:first-order:" + buyer.getId()));
    }

    @Test
    void theFifthOrderGrantsTheBadgeOnceWithTheOrdersPoints() throws Exception {
        milestones.setEnabled("order-5", true);
        milestones.setPoints("order-5", "100");
        Customer buyer = store.customer();
        for (int i = 0; i < 4; i++) {
            store.buy(buyer, hat, 1);
        }
        assertNull(ledger.findByEventKey("milestone:order-5:" + buyer.getId()));
        BadgeProgress open = milestones.badges(buyer.getId()).get(0);
        assertFalse(open.isReached());
        assertEquals(4, open.getCurrent());
        assertEquals(5, open.getTarget());

        Order fifth = store.buy(buyer, hat, 1);

        LedgerEntry grant = ledger.findByEventKey("milestone:order-5:" + buyer.getId());
        assertNotNull(grant, "the 5th order reached the milestone");
        assertEquals(100, grant.getPendingDelta(), "pending with the order's own points");
        assertEquals(String.valueOf(fifth.getId()), grant.getSourceId());
        assertEquals(150, ledger.balance(buyer.getId()).getPending());
        assertTrue(milestones.badges(buyer.getId()).get(0).isReached());

        assertFalse(orderCompletion.process(translator.translate(store.orders().findOrderById(fifth.getId()))),
                "booking the order again does nothing");
        assertEquals(0, grants.evaluate(buyer.getId(), MilestoneGrants.orderKinds(), fifth.getId(), clock.now()),
                "a replayed trigger grants nothing");
        store.buy(buyer, hat, 1);
        assertEquals(160, ledger.balance(buyer.getId()).getPending(), "the 6th order earns only its own 10 points");
        MilestoneTotals totals = milestones.totals().get("MILESTONE:order-5");
        assertTrue(totals.getCustomers() >= 1);
    }

    @Test
    void concurrentTriggersGrantOnce() throws Exception {
        Customer advocate = store.customer();
        milestones.setEnabled("first-order", true);
        Order first = store.buy(advocate, hat, 1);
        assertNotNull(ledger.findByEventKey("milestone:first-order:" + advocate.getId()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> c = () -> grants.evaluate(advocate.getId(), MilestoneGrants.orderKinds(), first.getId(), clock.now());
                runs.add(pool.submit(c));
            }
            int total = 0;
            for (Future<Integer> f : runs) {
                total += f.get();
            }
            assertEquals(0, total, "the grant exists: no concurrent trigger grants again");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(60, ledger.balance(advocate.getId()).getPending(), "10 for the order and 50 for the first order, once");
    }

    @Test
    void cancellingTheQualifyingOrderReversesTheGrantAndTheBadgeIsOpenAgain() throws Exception {
        milestones.setEnabled("first-order", true);
        milestones.setPoints("first-order", "50");
        Customer buyer = store.customer();
        Order order = store.buy(buyer, hat, 1);
        assertEquals(60, ledger.balance(buyer.getId()).getPending());

        Order o = store.orders().findOrderById(order.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);

        assertEquals(0, ledger.balance(buyer.getId()).getPending(), "the milestone's points went with the order's");
        assertEquals(0, ledger.balance(buyer.getId()).getLifetimeEarned());
        assertFalse(milestones.badges(buyer.getId()).get(0).isReached());

        store.buy(buyer, hat, 1);
        assertEquals(60, ledger.balance(buyer.getId()).getPending(), "the next first order reaches it again");
        assertNotNull(ledger.findByEventKey("milestone:first-order:" + buyer.getId() + ":2"));
    }

    @Test
    void theAnniversaryComesWithTheJobOnAMovedClockLeapDaySignUpOn28February() throws Exception {
        milestones.setEnabled("anniversary-1", true);
        milestones.setPoints("anniversary-1", "100");
        ZoneId zone = settings.getZone();
        Customer member = store.customer();
        Date signUp = Date.from(LocalDate.of(2024, 2, 29).atTime(12, 0).atZone(zone).toInstant());
        new TransactionTemplate(txm).execute(status -> {
            // DATE_CREATED is not updatable through Broadleaf's entity
            return em.createNativeQuery("update BLC_CUSTOMER set DATE_CREATED = ? where CUSTOMER_ID = ?")
                    .setParameter(1, signUp).setParameter(2, member.getId()).executeUpdate();
        });
        ledger.post(Posting.builder(member.getId(), EntryType.ADJUST, TestIds.unique("open")).available(1).reason("account").build());

        moveTo(LocalDate.of(2025, 2, 27), zone);
        job.run();
        assertNull(ledger.findByEventKey("milestone:anniversary-1:" + member.getId()), "not before the anniversary");

        moveTo(LocalDate.of(2025, 2, 28), zone);
        job.run();
        LedgerEntry e = ledger.findByEventKey("milestone:anniversary-1:" + member.getId());
        assertNotNull(e, "28 February is the anniversary of a 29 February sign-up in a common year");
        assertEquals(100, e.getAvailableDelta());

        moveTo(LocalDate.of(2025, 3, 1), zone);
        job.run();
        assertEquals(101, ledger.balance(member.getId()).getAvailable(), "a second run grants nothing");
    }

    @Test
    void pointsMustBeAWholeNumberAboveZero() {
        MilestoneValidationException e = assertThrows(MilestoneValidationException.class, () -> milestones.setPoints("order-5", "-5"));
        assertEquals("points", e.getProblems().get(0).getField());
        assertThrows(MilestoneValidationException.class, () -> milestones.setPoints("order-5", "abc"));
        assertThrows(MilestoneValidationException.class, () -> milestones.setPoints("no-such", "5"));
        long points = milestones.milestones().stream().filter(m -> m.getCode().equals("order-5")).findFirst().get().getPoints();
        assertEquals(100, points, "nothing saved");
    }

    private void moveTo(LocalDate day, ZoneId zone) {
        clock.reset();
        long target = day.atTime(10, 0).atZone(zone).toInstant().toEpochMilli();
        clock.advance(target - clock.now().getTime());
    }
}
