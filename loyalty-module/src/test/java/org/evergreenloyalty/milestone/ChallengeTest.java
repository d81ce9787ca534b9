package org.evergreenloyalty.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerService;
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

/**
 * Challenges on real Broadleaf checkouts: two orders within the challenge's days complete it once; orders outside
 * its days (one that ended yesterday, one that starts tomorrow) count nothing; the job grants nothing twice; a bad
 * challenge (end before start, no goal, negative points) is refused with every problem and nothing saved.
 */
@BroadleafIntegrationTest
class ChallengeTest {

    @Resource(name = "evgMilestoneService")
    MilestoneService milestones;
    @Resource(name = "evgMilestonesJob")
    org.evergreenloyalty.milestone.jobs.MilestonesJob job;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settingsService;
    @Resource(name = "evgTierService")
    TierService tiers;
    @Resource(name = "evgClock")
    AdjustableClock clock;

    final StoreFixtures store = StoreFixtures.create();
    private final List<Long> created = new ArrayList<Long>();
    private PointsSettings original;
    private Product hat;

    @BeforeEach
    void knownStore() {
        original = KnownPointsSettings.apply(settingsService);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
        clock.reset();
        hat = store.product("Challenge hat " + TestIds.unique("p"), "10.00", null);
    }

    @AfterEach
    void offAgain() {
        settingsService.save(original);
        created.forEach(id -> milestones.setChallengeEnabled(id, false));
    }

    private Challenge twoOrders(LocalDate first, LocalDate last) {
        ChallengeDraft d = new ChallengeDraft();
        d.setName("Two orders " + TestIds.unique("n"));
        d.setGoal("ORDERS");
        d.setTarget("2");
        d.setPoints("75");
        d.setStartDay(first.toString());
        d.setEndDay(last.toString());
        Challenge c = milestones.saveChallenge(null, d, "admin");
        created.add(c.getId());
        return c;
    }

    @Test
    void twoOrdersWithinTheDaysCompleteTheChallengeOnce() throws Exception {
        LocalDate today = milestones.today();
        Challenge c = twoOrders(today, today);
        Customer buyer = store.customer();
        store.buy(buyer, hat, 1);
        assertNull(ledger.findByEventKey(c.eventKey(buyer.getId())));
        ChallengeProgress p = milestones.runningChallenges(buyer.getId()).stream()
                .filter(x -> x.getId() == c.getId()).findFirst().get();
        assertEquals(1, p.getCurrent());
        assertFalse(p.isCompleted());

        store.buy(buyer, hat, 1);
        assertNotNull(ledger.findByEventKey(c.eventKey(buyer.getId())), "the second order completed it");
        assertEquals(95, ledger.balance(buyer.getId()).getPending());
        store.buy(buyer, hat, 1);
        job.run();
        assertEquals(105, ledger.balance(buyer.getId()).getPending(), "once per customer, also with the job");
        assertEquals(1, milestones.totals().get("CHALLENGE:" + c.getId()).getCustomers());
    }

    @Test
    void ordersOutsideTheDaysCountNothing() throws Exception {
        LocalDate today = milestones.today();
        Challenge ended = twoOrders(today.minusDays(5), today.minusDays(1));
        Challenge upcoming = twoOrders(today.plusDays(1), today.plusDays(3));
        Customer buyer = store.customer();
        store.buy(buyer, hat, 1);
        store.buy(buyer, hat, 1);
        job.run();
        assertNull(ledger.findByEventKey(ended.eventKey(buyer.getId())), "the last day was yesterday");
        assertNull(ledger.findByEventKey(upcoming.eventKey(buyer.getId())), "the first day is tomorrow");
        assertEquals(20, ledger.balance(buyer.getId()).getPending());
        assertTrue(milestones.runningChallenges(buyer.getId()).stream().noneMatch(p -> p.getId() == ended.getId()
                || p.getId() == upcoming.getId()));
    }

    @Test
    void aBadChallengeIsRefusedWithEveryProblemAndNothingSaved() {
        int before = milestones.challenges().size();
        ChallengeDraft d = new ChallengeDraft();
        d.setName("Bad");
        d.setGoal("");
        d.setTarget("");
        d.setPoints("-5");
        d.setStartDay("2026-03-10");
        d.setEndDay("2026-03-01");
        MilestoneValidationException e = assertThrows(MilestoneValidationException.class, () -> milestones.saveChallenge(null, d, "admin"));
        List<String> fields = e.getProblems().stream().map(MilestoneProblem::getField).collect(Collectors.toList());
        assertTrue(fields.contains("goal"), fields.toString());
        assertTrue(fields.contains("target"), fields.toString());
        assertTrue(fields.contains("points"), fields.toString());
        assertTrue(fields.contains("endDay"), fields.toString());
        assertEquals(before, milestones.challenges().size(), "nothing saved");
    }
}
