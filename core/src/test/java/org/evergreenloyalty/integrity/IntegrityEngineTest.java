package org.evergreenloyalty.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.CoreTestContext;
import org.evergreenloyalty.test.RecordingMailTransport;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The integrity check on the engine's own context (its native queries on each Hibernate): a balance that no
 * longer equals its entries is found, named with its customer, and reported to the store's loyalty contact.
 */
@CoreTest
class IntegrityEngineTest {

    @Resource(name = "evgIntegrityService")
    IntegrityService integrity;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgMailTransport")
    RecordingMailTransport mail;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private List<IntegrityFinding> findingsOf(IntegrityRun run, long customerId) {
        List<IntegrityFinding> out = new ArrayList<IntegrityFinding>();
        for (int page = 0; ; page++) {
            List<IntegrityFinding> chunk = integrity.findings(run.getId(), page, 500);
            for (IntegrityFinding f : chunk) {
                if (f.getCustomerId() != null && f.getCustomerId() == customerId) {
                    out.add(f);
                }
            }
            if (chunk.size() < 500) {
                return out;
            }
        }
    }

    private void shiftAvailable(long customerId, long by) {
        new TransactionTemplate(txm).execute(status -> em.createNativeQuery(
                "UPDATE EVG_LOYALTY_ACCOUNT SET AVAILABLE = AVAILABLE + " + by + " WHERE CUSTOMER_ID = " + customerId)
                .executeUpdate());
    }

    @Test
    void aBalanceThatDriftedFromItsEntriesIsFoundAndReported() {
        long c = CoreFixtures.customer();
        ledger.post(Posting.builder(c, EntryType.BONUS, TestIds.unique("bonus")).available(300).earned(300).reason("t").build());
        assertTrue(findingsOf(integrity.run("core-test"), c).isEmpty(), "a ledger in step has no findings");

        shiftAvailable(c, 7);
        try {
            mail.clear();
            IntegrityRun run = integrity.run("core-test");
            List<IntegrityFinding> found = findingsOf(run, c);
            assertEquals(1, found.size(), String.valueOf(found));
            assertEquals(FindingKind.AVAILABLE_DIFFERS, found.get(0).getKind());
            assertEquals(Long.valueOf(300), found.get(0).getExpectedPoints());
            assertEquals(Long.valueOf(307), found.get(0).getRecordedPoints());
            List<RecordingMailTransport.Sent> sent = mail.sentTo(CoreTestContext.INTEGRITY_CONTACT);
            assertEquals(1, sent.size());
            assertEquals("evergreen/integrity-report", sent.get(0).template);
            assertFalse(sent.get(0).subject.startsWith("evergreen."), "the subject comes from the bundle: " + sent.get(0).subject);
        } finally {
            shiftAvailable(c, -7);
        }
    }
}
