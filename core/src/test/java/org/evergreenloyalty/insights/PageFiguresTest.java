package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * The dashboard page's figures read side by side on three threads equal those read one after the other, on
 * hand-written rows in 2157 (a year no other test uses); a part that fails fails the page with its own exception.
 */
@CoreTest
class PageFiguresTest {

    @Resource(name = "evgInsightsService")
    InsightsService insights;
    @Resource(name = "evgFunnelService")
    FunnelService funnels;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final ReportPeriod march = ReportPeriod.of(LocalDate.of(2157, 3, 1), LocalDate.of(2157, 3, 31), ZoneOffset.UTC);

    @Test
    void sideBySideEqualsOneAfterTheOther() {
        long advocate = TestIds.customerId();
        rows(r -> {
            r.visit(advocate, "2157-03-02T10:00:00Z");
            r.visit(advocate, "2157-03-03T10:00:00Z");
            r.visit(advocate, "2157-02-10T10:00:00Z");
        });
        ExecutorService three = Executors.newFixedThreadPool(3);
        try {
            String parallel = line(PageFigures.of(insights, funnels, march, Granularity.DAY, three));
            String serial = line(PageFigures.of(insights, funnels, march, Granularity.DAY, null));
            assertEquals(serial, parallel);
            assertTrue(serial.startsWith("visits 2/1, advocates 1, "), serial);
        } finally {
            three.shutdownNow();
        }
    }

    @Test
    void aFailingPartFailsThePageWithItsOwnException() {
        InsightsException refused = new InsightsException("insights.period.missing");
        FunnelService failing = new FunnelService() {
            @Override public ReferralFunnel referrals(ReportPeriod period) { return funnels.referrals(period); }
            @Override public ReferralFunnel referralTotals(ReportPeriod period) { return funnels.referralTotals(period); }
            @Override public ReviewFunnel reviews(ReportPeriod period) { throw refused; }
            @Override public BirthdayFunnel birthdays(ReportPeriod period) { return funnels.birthdays(period); }
            @Override public TierReport tiers(ReportPeriod period) { return funnels.tiers(period); }
        };
        ExecutorService three = Executors.newFixedThreadPool(3);
        try {
            assertSame(refused, assertThrows(InsightsException.class,
                    () -> PageFigures.of(insights, failing, march, Granularity.DAY, three)));
        } finally {
            three.shutdownNow();
        }
    }

    /** A line of figures from every part of the page. */
    private static String line(PageFigures f) {
        return "visits " + f.getReferrals().getVisits() + "/" + f.getReferralsBefore().getVisits() + ", advocates "
                + f.getReferrals().getTopAdvocates().size() + ", before advocates " + f.getReferralsBefore().getTopAdvocates().size()
                + ", closing " + f.getAccounting().getTotal().getClosing() + "/" + f.getAccountingBefore().getTotal().getClosing()
                + ", rows " + f.getAccounting().getRows().size() + ", issued " + f.getHealth().getPointsIssued() + "/" + f.getHealthBefore().getPointsIssued()
                + ", members " + f.getMembers().getMembers().getCustomers() + ", retention " + f.getRetentionMonths().size() + "/"
                + f.getRetentionQuarters().size() + ", cohorts " + f.getCohorts().getMonths().size() + ", reviews "
                + f.getReviews().getRequestsSent() + "/" + f.getReviewsBefore().getRequestsSent() + ", birthdays "
                + f.getBirthdays().getIssued() + "/" + f.getBirthdaysBefore().getIssued() + ", tiers " + f.getTiers().getMembers().size();
    }

    private void rows(Consumer<FunnelRows> writer) {
        new TransactionTemplate(txm).execute(status -> {
            writer.accept(new FunnelRows(em));
            return null;
        });
    }
}
