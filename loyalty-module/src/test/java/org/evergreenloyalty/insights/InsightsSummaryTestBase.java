package org.evergreenloyalty.insights;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.points.PointsReversalService;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the tests of the dashboard's stored summaries share: the insights services, the summaries and their rows, the
 * store to place orders in, and each test ending with the summaries cleared and the module clock back at its start.
 */
abstract class InsightsSummaryTestBase {

    @Resource(name = "evgInsightsService")
    InsightsService insights;
    @Resource(name = "evgInsightsOrderSource")
    InsightsOrderSource source;
    @Resource(name = "evgInsightsSummaryService")
    InsightsSummaryService summaries;
    @Resource(name = "evgSummaryRepository")
    SummaryRepository summaryRepository;
    @Resource(name = "evgPointsReversalService")
    PointsReversalService reversal;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settings;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    final StoreFixtures store = StoreFixtures.create();

    @AfterEach
    void clear() {
        summaries.clear();
        clock.reset();
    }
}
