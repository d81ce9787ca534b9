package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

import javax.annotation.Resource;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.CoreTestContext;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The members' active days ({@code EVG_INS_ACTIVITY_DAY}): the active members of random ranges of whole days (and of
 * ranges running past the fold, read live) equal the raw distinct count, on random ledgers of five customers in 2160
 * with a fold in the middle of the posting; entries of other types do not make a member active; an entry committed
 * late inside the re-fold window is taken in by the next fold, one before it makes the next fold rebuild.
 */
@CoreTest
class InsightsActivityDaysTest {

    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata")};

    @Resource(name = "evgInsightsService")
    InsightsService insights;
    @Resource(name = "evgInsightsSummaryService")
    InsightsSummaryService summaries;
    @Resource(name = "evgInsightsRepository")
    InsightsRepository repository;
    @Resource(name = "evgInsightsOrderSource")
    InsightsOrderSource orders;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService pointsSettings;
    @Resource(name = "evgInsightsSettingsService")
    InsightsSettingsService insightsSettings;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    @AfterEach
    void clear() {
        summaries.clear();
        CoreTestContext.clock().reset();
    }

    @Test
    void activeMembersOfRandomRangesEqualTheRawCountThroughLateEntries() {
        InsightsService raw = new DefaultInsightsService(txm, repository, orders, pointsSettings, insightsSettings,
                CoreTestContext.clock(), insights.zone().getId());
        Random random = new Random(2160);
        long[] customers = new long[5];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = TestIds.customerId();
        }
        Instant start = Instant.parse("2160-03-01T00:00:00Z");
        for (int i = 0; i < 80; i++) {
            CoreFixtures.moveClockTo(start.plusSeconds(i * 40_000L + random.nextInt(40_000)).toString());
            post(customers[random.nextInt(customers.length)], random.nextInt(4));
            if (i == 50) {
                InsightsSummaryService.FoldReport mid = summaries.fold();
                assertTrue(mid.getDays() > 0, mid.toString());
                assertSameActiveMembers(raw, random);
            }
        }
        CoreFixtures.moveClockTo("2160-04-10T12:00:00Z");
        InsightsSummaryService.FoldReport next = summaries.fold();
        assertFalse(next.isDaysRebuilt(), next.toString());
        assertSameActiveMembers(raw, random);
        // an earning committed late into a day already folded, inside the re-fold window: the next fold takes it in
        long late = TestIds.customerId();
        CoreFixtures.moveClockTo("2160-04-09T08:00:00Z");
        post(late, 0);
        CoreFixtures.moveClockTo("2160-04-10T13:00:00Z");
        assertFalse(summaries.fold().isDaysRebuilt());
        assertSameActiveMembers(raw, random);
        // one before the window: the entry count gives it away and the next fold rebuilds the active days
        CoreFixtures.moveClockTo("2160-03-05T08:00:00Z");
        post(TestIds.customerId(), 1);
        CoreFixtures.moveClockTo("2160-04-10T14:00:00Z");
        assertTrue(summaries.fold().isDaysRebuilt());
        assertSameActiveMembers(raw, random);
        ReportPeriod april = ReportPeriod.of(LocalDate.of(2160, 4, 9), LocalDate.of(2160, 4, 9), ZoneOffset.UTC);
        assertTrue(insights.health(april).getActiveMembers() >= 1, "the late earner is active on April 9");
    }

    /** Earn, bonus, redeem or (3) an adjustment, which does not make a member active. */
    private void post(long customer, int kind) {
        String key = TestIds.unique("act");
        if (kind == 0) {
            ledger.post(Posting.builder(customer, EntryType.EARN, key).available(20).earned(20).build());
        } else if (kind == 1) {
            ledger.post(Posting.builder(customer, EntryType.BONUS, key).available(5).earned(5).build());
        } else if (kind == 2) {
            ledger.post(Posting.builder(customer, EntryType.REDEEM, key).available(-1).allowNegative(true).build());
        } else {
            ledger.post(Posting.builder(customer, EntryType.ADJUST, key).available(3).reason("r").actor("t").build());
        }
    }

    private void assertSameActiveMembers(InsightsService raw, Random random) {
        for (ZoneId zone : ZONES) {
            for (int i = 0; i < 8; i++) {
                LocalDate first = LocalDate.of(2160, 2, 25).plusDays(random.nextInt(50));
                ReportPeriod p = ReportPeriod.of(first, first.plusDays(random.nextInt(30)), zone);
                assertEquals(raw.health(p).getActiveMembers(), insights.health(p).getActiveMembers(), "active members of " + p);
            }
        }
    }
}
