package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.FunnelRows;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral, review, birthday and tier funnels against hand-written rows, each test in a stretch of time no other
 * test uses (2152 to 2156): period edges, the reporting time zone (23:30 UTC on the last day of February is March in
 * Berlin), reversed rewards, answers after the period, deleted tiers and empty periods.
 */
@CoreTest
class InsightsFunnelsTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Resource(name = "evgFunnelService")
    FunnelService funnels;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private void rows(Consumer<FunnelRows> writer) {
        new TransactionTemplate(txm).execute(status -> {
            writer.accept(new FunnelRows(em));
            return null;
        });
    }

    private static ReportPeriod march(int year, ZoneId zone) {
        return ReportPeriod.of(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31), zone);
    }

    @Test
    void referralFunnelCountsEachStepByItsOwnDateAndRanksAdvocates() {
        long a1 = TestIds.customerId();
        long a2 = TestIds.customerId();
        rows(r -> {
            r.visit(a1, "2152-03-01T10:00:00Z");
            r.visit(a1, "2152-03-02T10:00:00Z");
            r.visit(a1, "2152-02-29T23:30:00Z");
            r.visit(a2, "2152-03-05T10:00:00Z");
            r.visit(a2, "2152-04-01T10:00:00Z");
            r.referral(a1, "REWARDED", "2152-03-02T10:00:00Z", "2152-03-05T10:00:00Z", "2152-03-20T10:00:00Z", 100L, null);
            r.referral(a1, "FLAGGED", "2152-03-03T10:00:00Z", null, null, null, null);
            r.referral(a2, "QUALIFIED", "2152-03-04T10:00:00Z", "2152-03-10T10:00:00Z", null, null, null);
            r.referral(a1, "REJECTED", "2152-02-20T10:00:00Z", "2152-03-01T10:00:00Z", "2152-03-15T10:00:00Z", 100L,
                    "2152-03-16T10:00:00Z");
            r.referral(a2, "PENDING", "2152-04-02T10:00:00Z", null, null, null, null);
        });
        ReferralFunnel f = funnels.referrals(march(2152, UTC));
        assertEquals(3, f.getVisits());
        assertEquals(3, f.getSignups());
        assertEquals(3, f.getFirstOrders(), "the first order of a February sign-up counts in March");
        assertEquals(1, f.getRewards(), "a reward taken back does not count");
        assertEquals(100, f.getRewardPoints());
        assertEquals(1, f.getFlagged());
        assertEquals(1.0 / 3, f.getFlaggedShare(), 1e-9);
        assertEquals(1.0, f.getSignupRate(), 1e-9);
        List<ReferralFunnel.Advocate> top = f.getTopAdvocates();
        assertEquals(2, top.size());
        assertEquals(a1, top.get(0).getCustomerId());
        assertEquals(2, top.get(0).getVisits());
        assertEquals(2, top.get(0).getSignups());
        assertEquals(2, top.get(0).getFirstOrders());
        assertEquals(1, top.get(0).getRewards());
        assertEquals(100, top.get(0).getRewardPoints());
        assertEquals(a2, top.get(1).getCustomerId());
        assertEquals(1, top.get(1).getVisits());
        assertEquals(0, top.get(1).getRewards());
        ReferralFunnel totals = funnels.referralTotals(march(2152, UTC));
        assertEquals(java.util.Arrays.asList(3L, 3L, 3L, 1L, 100L, 1L), java.util.Arrays.asList(totals.getVisits(), totals.getSignups(),
                totals.getFirstOrders(), totals.getRewards(), totals.getRewardPoints(), totals.getFlagged()), "the totals are the funnel's");
        assertTrue(totals.getTopAdvocates().isEmpty(), "the totals list no advocates");

        assertEquals(4, funnels.referrals(march(2152, BERLIN)).getVisits(), "23:30 UTC on 29 February (2152 is a leap year) is March in Berlin");
        ReferralFunnel empty = funnels.referrals(ReportPeriod.of(LocalDate.of(2152, 6, 1), LocalDate.of(2152, 6, 30), UTC));
        assertEquals(0, empty.getVisits());
        assertNull(empty.getFlaggedShare());
        assertTrue(empty.getTopAdvocates().isEmpty());
    }

    @Test
    void reviewFunnelGivesResponseRateAverageRatingAndNpsPerMonth() {
        rows(r -> {
            long o1 = r.id();
            long o3 = r.id();
            r.reviewRequest(o1, "2153-03-03T10:00:00Z");
            r.review(o1, 5, "APPROVED", "2153-03-04T10:00:00Z");
            r.reviewRequest(r.id(), "2153-03-05T10:00:00Z");
            r.reviewRequest(o3, "2153-03-10T10:00:00Z");
            r.review(o3, 2, "PENDING", "2153-04-02T10:00:00Z");
            r.review(null, 3, "APPROVED", "2153-03-20T10:00:00Z");
            r.review(null, 1, "REJECTED", "2153-03-21T10:00:00Z");
            r.reviewRequest(r.id(), "2153-02-27T10:00:00Z");
            for (int score : new int[] {10, 9, 7, 3}) {
                r.satisfaction(score, "2153-03-15T10:00:00Z");
            }
            r.satisfaction(6, "2153-04-15T10:00:00Z");
        });
        ReviewFunnel f = funnels.reviews(march(2153, UTC));
        assertEquals(3, f.getRequestsSent());
        assertEquals(2, f.getRequestsAnswered(), "a review written after the period answers its request");
        assertEquals(2.0 / 3, f.getResponseRate(), 1e-9);
        assertEquals(3, f.getSubmitted());
        assertEquals(2, f.getApproved());
        assertEquals(4.0, f.getAverageRating(), 1e-9);
        assertEquals(1, f.getNps().size());
        ReviewFunnel.Nps m = f.getNps().get(0);
        assertEquals(YearMonth.of(2153, 3), m.getMonth());
        assertEquals(4, m.getAnswers());
        assertEquals(2, m.getPromoters());
        assertEquals(1, m.getDetractors());
        assertEquals(1, m.getPassives());
        assertEquals(25.0, m.getScore(), 1e-9);

        List<ReviewFunnel.Nps> two = funnels.reviews(ReportPeriod.of(LocalDate.of(2153, 3, 1), LocalDate.of(2153, 5, 31), UTC)).getNps();
        assertEquals(3, two.size());
        assertEquals(-100.0, two.get(1).getScore(), 1e-9);
        assertNull(two.get(2).getScore(), "a month without answers has no score");
    }

    @Test
    void birthdayFunnelFollowsTheCodesIssuedInThePeriod() {
        rows(r -> {
            r.birthday("2154-03-01T06:00:00Z", "BDAY-A", "2154-03-05T10:00:00Z", 0);
            r.birthday("2154-03-10T06:00:00Z", "BDAY-B", null, 0);
            r.birthday("2154-03-12T06:00:00Z", null, null, 50);
            r.birthday("2154-02-27T06:00:00Z", "BDAY-C", "2154-03-02T10:00:00Z", 0);
        });
        BirthdayFunnel f = funnels.birthdays(march(2154, UTC));
        assertEquals(3, f.getIssued());
        assertEquals(2, f.getWithCode());
        assertEquals(1, f.getUsed(), "a February code used in March belongs to February");
        assertEquals(0.5, f.getUseRate(), 1e-9);
        assertEquals(50, f.getBonusPoints());
        assertNull(funnels.birthdays(march(2155, UTC)).getUseRate());
    }

    @Test
    void tiersCountTheirMembersAndGroupTheMovesOfThePeriod() {
        long[] tier = new long[1];
        long deleted = TestIds.customerId();
        String name = "Funnel " + TestIds.unique("t");
        try {
            rows(r -> {
                tier[0] = r.tier(name, 1_000_000_000_000L);
                r.customerTier(TestIds.customerId(), tier[0], "2156-03-03T10:00:00Z");
                r.customerTier(TestIds.customerId(), tier[0], "2156-03-04T10:00:00Z");
                r.tierMove(null, tier[0], true, "2156-03-03T10:00:00Z");
                r.tierMove(null, tier[0], true, "2156-03-04T10:00:00Z");
                r.tierMove(tier[0], null, false, "2156-03-09T10:00:00Z");
                r.tierMove(deleted, tier[0], true, "2156-03-10T10:00:00Z");
                r.tierMove(null, tier[0], true, "2156-04-01T10:00:00Z");
            });
            TierReport t = funnels.tiers(march(2156, UTC));
            TierReport.Count mine = t.getMembers().stream().filter(c -> c.getTier().equals(name)).findFirst().get();
            assertEquals(2, mine.getCustomers());
            assertEquals(3, t.getUpgrades());
            assertEquals(1, t.getDowngrades());
            assertEquals(3, t.getMoves().size());
            TierReport.Move first = t.getMoves().get(0);
            assertNull(first.getFrom());
            assertEquals(name, first.getTo());
            assertEquals(2, first.getCount());
            assertTrue(first.isUpgrade());
            assertEquals("#" + deleted, t.getMoves().get(1).getFrom());
            assertEquals(name, t.getMoves().get(2).getFrom());
            assertNull(t.getMoves().get(2).getTo());
            assertTrue(funnels.tiers(march(2157, UTC)).getMoves().isEmpty());
        } finally {
            new TransactionTemplate(txm).execute(status -> em.createNativeQuery("delete from EVG_CUSTOMER_TIER where TIER_ID = "
                    + tier[0]).executeUpdate() + em.createNativeQuery("delete from EVG_TIER where TIER_ID = " + tier[0]).executeUpdate());
        }
    }
}
