package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The settings row is read at most once per cache period on a node: a change another node writes shows after
 * the period, a save through the service at once, and without a period every read sees the row.
 */
@BroadleafIntegrationTest
class SettingsCacheTest extends PointsTestBase {

    @Resource(name = "evgPointsSettingsService")
    DefaultPointsSettingsService cachedSettings;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @AfterEach
    void defaultPeriod() {
        cachedSettings.setCacheSeconds(30);
    }

    @Test
    void anotherNodesChangeShowsAfterThePeriodAndASaveHereAtOnce() {
        cachedSettings.setCacheSeconds(3600);
        assertEquals(100, cachedSettings.current().getRedeemStep());
        writtenByAnotherNode(200);
        assertEquals(100, cachedSettings.current().getRedeemStep(), "kept for the period");

        PointsSettings s = cachedSettings.current();
        s.setRedeemStep(50);
        cachedSettings.save(s);
        assertEquals(50, cachedSettings.current().getRedeemStep(), "a save here applies at once");

        PointsSettings copy = cachedSettings.current();
        copy.setRedeemStep(999);
        assertEquals(50, cachedSettings.current().getRedeemStep(), "callers get copies, never the kept settings");

        cachedSettings.setCacheSeconds(0);
        writtenByAnotherNode(300);
        assertEquals(300, cachedSettings.current().getRedeemStep(), "without a period every read sees the row");
    }

    private void writtenByAnotherNode(int step) {
        new TransactionTemplate(txm).execute(s -> em.createNativeQuery("update EVG_POINTS_SETTINGS set REDEEM_STEP = " + step).executeUpdate());
        BroadleafTestContextAccess.reopen();
    }

    /** Drops the request's EntityManager so the next read goes to the database, as the next request would. */
    static final class BroadleafTestContextAccess {
        static void reopen() {
            org.evergreenloyalty.test.BroadleafTestContext.closeRequestEntityManager();
            org.evergreenloyalty.test.BroadleafTestContext.openRequestEntityManager();
        }
    }
}
