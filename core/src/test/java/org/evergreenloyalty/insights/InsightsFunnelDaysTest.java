package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.function.Consumer;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.CoreTestContext;
import org.evergreenloyalty.test.FunnelRows;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The funnels' counts per day ({@code EVG_INS_FUNNEL_DAY}): random referral visits, referrals, review requests and
 * reviews and birthday rewards in 2170, folded in the middle; the referral, review and birthday funnels of random
 * ranges of whole days (with the rows after the fold read live) equal the raw funnels; a reward taken back and a
 * review approved inside the re-fold window show after the next fold, a row written before the window makes the
 * next fold rebuild.
 */
@CoreTest
class InsightsFunnelDaysTest {

    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata")};

    @Resource(name = "evgFunnelService")
    FunnelService funnels;
    @Resource(name = "evgFunnelRepository")
    FunnelRepository repository;
    @Resource(name = "evgInsightsOrderSource")
    InsightsOrderSource orders;
    @Resource(name = "evgCustomerDirectory")
    CustomerDirectory directory;
    @Resource(name = "evgInsightsSummaryService")
    InsightsSummaryService summaries;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @AfterEach
    void clear() {
        summaries.clear();
        CoreTestContext.clock().reset();
    }

    @Test
    void funnelsOfRandomRangesEqualTheRawFunnelsThroughLaterChanges() {
        FunnelService raw = new DefaultFunnelService(txm, repository, orders, directory);
        Random random = new Random(2170);
        long[] advocates = {TestIds.customerId(), TestIds.customerId(), TestIds.customerId()};
        Instant start = Instant.parse("2170-03-01T00:00:00Z");
        for (int i = 0; i < 60; i++) {
            Instant at = start.plusSeconds(i * 60_000L + random.nextInt(60_000));
            rows(r -> write(r, random, advocates, at));
            if (i == 35) {
                CoreFixtures.moveClockTo(at.plusSeconds(3600).toString());
                assertTrue(summaries.fold().getDays() > 0);
                assertSameFunnels(raw, random);
            }
        }
        CoreFixtures.moveClockTo("2170-04-15T12:00:00Z");
        assertFalse(summaries.fold().isDaysRebuilt());
        assertSameFunnels(raw, random);
        // later changes inside the re-fold window: a reward taken back, a review approved
        rows(r -> {
            em.createNativeQuery("update EVG_REFERRAL set REVERSED_AT = timestamp '2170-04-14 10:00:00' where REWARDED_AT >= "
                    + "timestamp '2170-03-20 00:00:00' and REWARDED_AT < timestamp '2171-01-01 00:00:00'").executeUpdate();
            em.createNativeQuery("update EVG_REVIEW set STATUS = 'APPROVED' where SUBMITTED_AT >= timestamp '2170-03-20 00:00:00' "
                    + "and SUBMITTED_AT < timestamp '2171-01-01 00:00:00'").executeUpdate();
        });
        assertFalse(summaries.fold().isDaysRebuilt());
        assertSameFunnels(raw, random);
        // a visit written into a day long folded: the stored counts give it away, the next fold rebuilds
        rows(r -> r.visit(advocates[0], "2170-01-03T10:00:00Z"));
        assertTrue(summaries.fold().isDaysRebuilt());
        assertSameFunnels(raw, random);
    }

    /** One random funnel row at {@code at}. */
    private static void write(FunnelRows r, Random random, long[] advocates, Instant at) {
        String t = at.toString();
        String later = at.plusSeconds(86_400L * (1 + random.nextInt(10))).toString();
        long advocate = advocates[random.nextInt(advocates.length)];
        switch (random.nextInt(6)) {
            case 0:
                r.visit(advocate, t);
                break;
            case 1:
                r.referral(advocate, random.nextBoolean() ? "REWARDED" : "FLAGGED", t, later, random.nextBoolean() ? later : null,
                        (long) random.nextInt(300), null);
                break;
            case 2:
                long order = r.id();
                r.reviewRequest(order, t);
                if (random.nextBoolean()) {
                    r.review(order, 1 + random.nextInt(5), "PENDING", later);
                }
                break;
            case 3:
                r.review(r.id(), 1 + random.nextInt(5), random.nextBoolean() ? "APPROVED" : "REJECTED", t);
                break;
            default:
                r.birthday(t, random.nextBoolean() ? "BD-" + r.id() : null, random.nextBoolean() ? later : null, random.nextInt(100));
        }
    }

    private void assertSameFunnels(FunnelService raw, Random random) {
        for (ZoneId zone : ZONES) {
            for (int i = 0; i < 6; i++) {
                LocalDate first = LocalDate.of(2170, 2, 25).plusDays(random.nextInt(60));
                ReportPeriod p = ReportPeriod.of(first, first.plusDays(random.nextInt(40)), zone);
                assertEquals(fingerprint(raw, p), fingerprint(funnels, p), "funnels of " + p);
            }
        }
    }

    private static String fingerprint(FunnelService f, ReportPeriod p) {
        ReferralFunnel r = f.referrals(p);
        ReviewFunnel v = f.reviews(p);
        BirthdayFunnel b = f.birthdays(p);
        return "referrals " + r.getVisits() + "/" + r.getSignups() + "/" + r.getFirstOrders() + "/" + r.getRewards() + "/"
                + r.getFlagged() + "/" + r.getRewardPoints() + ", reviews " + v.getRequestsSent() + "/" + v.getRequestsAnswered()
                + "/" + v.getSubmitted() + "/" + v.getApproved() + "/" + v.getAverageRating() + ", birthdays " + b.getIssued() + "/"
                + b.getWithCode() + "/" + b.getUsed() + "/" + b.getBonusPoints();
    }

    private void rows(Consumer<FunnelRows> writer) {
        new TransactionTemplate(txm).execute(status -> {
            writer.accept(new FunnelRows(em));
            return null;
        });
    }
}
