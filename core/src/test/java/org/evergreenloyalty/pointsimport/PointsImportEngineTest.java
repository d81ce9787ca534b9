package org.evergreenloyalty.pointsimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerInvariants;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.PointLot;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Points import on the engine's context: a dry run changes nothing, applying posts each row once (a second run of the
 * import id changes nothing), SET posts differences (debits take lots, the same balance posts nothing), refusals, tiers
 * and expiry days; every account stays equal to the sum of its entries and lots.
 */
@CoreTest
class PointsImportEngineTest {

    @Resource(name = "evgPointsImportService")
    PointsImportService imports;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgTierService")
    TierService tiers;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private List<LoyaltyTier> originalTiers;
    private String gold;

    @BeforeEach
    void tiers() {
        clock.reset();
        originalTiers = tiers.tiers();
        gold = TestIds.unique("Gold");
        List<LoyaltyTier> with = copies(originalTiers);
        with.add(new LoyaltyTier(gold, 999_999_999L, BigDecimal.ONE, null));
        tiers.saveTiers(with);
    }

    @AfterEach
    void restore() {
        tiers.saveTiers(copies(originalTiers));
        clock.reset();
    }

    private static List<LoyaltyTier> copies(List<LoyaltyTier> ts) {
        List<LoyaltyTier> copies = new ArrayList<LoyaltyTier>();
        for (LoyaltyTier t : ts) {
            copies.add(new LoyaltyTier(t.getName(), t.getThreshold(), t.getMultiplier(), t.getBenefit()));
        }
        return copies;
    }

    private ImportRequest request(String id, ImportMode mode) {
        return new ImportRequest(id, "old-program.csv", mode, "tester");
    }

    private static String id(String prefix) {
        return TestIds.unique(prefix).replace(':', '-');
    }

    private long available(long customerId) {
        return ledger.balance(customerId).getAvailable();
    }

    private void give(long customerId, long points) {
        ledger.post(Posting.builder(customerId, EntryType.BONUS, TestIds.unique("give")).available(points).earned(points).build());
    }

    private void checkInvariants(long... customers) {
        new TransactionTemplate(txm).execute(status -> {
            for (long c : customers) {
                LedgerInvariants.check(em, c);
            }
            return null;
        });
    }

    @Test
    void dryRunReportsEveryRowAndChangesNothing() {
        long a = CoreFixtures.customer();
        long b = CoreFixtures.customer();
        give(b, 40);
        String csv = "customer_id,points,tier\n" + a + ",100," + gold + "\n" + b + ",-50,\n999999999999,5,\n";
        ImportReport report = imports.dryRun(request(id("dry"), ImportMode.ADD), new StringReader(csv));
        assertEquals(3, report.getRows().size());
        ImportRow first = report.getRows().get(0);
        assertEquals(RowStatus.CHANGE, first.getStatus());
        assertEquals(0, first.getOldBalance());
        assertEquals(100, first.getNewBalance());
        assertEquals(gold, first.getNewTier());
        assertEquals(Refusal.NEGATIVE_RESULT, report.getRows().get(1).getRefusal());
        assertEquals(Refusal.UNKNOWN_CUSTOMER, report.getRows().get(2).getRefusal());
        assertEquals(0, available(a));
        assertEquals(40, available(b));
        assertNull(tiers.currentTier(a));
        assertEquals(0, ledger.historySize(a));
    }

    @Test
    void applyPostsOnceAndTheSameImportIdChangesNothingAgain() {
        long a = CoreFixtures.customer();
        long b = CoreFixtures.customer();
        String email = "c" + b + "@example.com";
        String csv = "email,customer_id,points,expires\n," + a + ",120,2099-06-30\n" + email.toUpperCase() + ",,30,\n";
        String id = id("imp");
        ImportReport first = imports.apply(request(id, ImportMode.ADD), new StringReader(csv));
        assertEquals(2, first.count(RowStatus.CHANGE));
        assertEquals(120, available(a));
        assertEquals(30, available(b));
        LedgerEntry entry = ledger.findByEventKey("import:" + id + ":1");
        assertNotNull(entry);
        assertEquals(EntryType.ADJUST, entry.getType());
        assertEquals("tester", entry.getActor());
        List<PointLot> lots = ledger.openLots(a);
        assertEquals(1, lots.size());
        assertNotNull(lots.get(0).getExpiresAt(), "the expires column sets the lot's expiry");

        ImportReport again = imports.apply(request(id, ImportMode.ADD), new StringReader(csv));
        assertEquals(2, again.count(RowStatus.ALREADY_APPLIED));
        assertEquals(120, available(a));
        assertEquals(30, available(b));
        assertEquals(1, ledger.historySize(a));
        ImportRecord record = null;
        for (ImportRecord r : imports.history(50)) {
            if (r.getImportId().equals(id)) {
                record = r;
            }
        }
        assertNotNull(record);
        assertEquals(2, record.getRows());
        assertEquals(2, record.getChanged());
        assertEquals(0, record.getRefused());
        assertEquals(ImportMode.ADD, record.getMode());
        assertEquals("old-program.csv", record.getFileName());
        checkInvariants(a, b);
    }

    @Test
    void setPostsTheDifferenceDebitsTakeLotsAndTheSameBalancePostsNothing() {
        long up = CoreFixtures.customer();
        long down = CoreFixtures.customer();
        long same = CoreFixtures.customer();
        give(up, 10);
        give(down, 70);
        give(down, 30);
        give(same, 55);
        String csv = "customer_id,points\n" + up + ",250\n" + down + ",20\n" + same + ",55\n";
        ImportReport report = imports.apply(request(id("set"), ImportMode.SET), new StringReader(csv));
        assertEquals(250, available(up));
        assertEquals(20, available(down));
        assertEquals(55, available(same));
        assertEquals(-80, report.getRows().get(1).getDelta());
        assertEquals(RowStatus.UNCHANGED, report.getRows().get(2).getStatus());
        assertEquals(1, ledger.historySize(same), "only the points given before");
        List<PointLot> lots = ledger.openLots(down);
        assertEquals(1, lots.size(), "the older lot is spent first");
        assertEquals(20, lots.get(0).getRemainingPoints());
        checkInvariants(up, down, same);
    }

    @Test
    void refusalsChangeNothingAndTheOtherRowsApply() {
        long ok = CoreFixtures.customer();
        long twice = CoreFixtures.customer();
        long tierless = CoreFixtures.customer();
        String csv = "customer_id,points,tier,expires\n"
                + ok + ",10,,\n"
                + twice + ",10,,\n"
                + twice + ",20,,\n"
                + tierless + ",5,Platinum-nope,\n"
                + tierless + "x,5,,\n"
                + ok + "0,abc,,\n"
                + ",,,\n";
        clock.reset();
        ImportReport report = imports.apply(request(id("ref"), ImportMode.ADD), new StringReader(csv));
        assertEquals(RowStatus.CHANGE, report.getRows().get(0).getStatus());
        assertEquals(Refusal.DUPLICATE_CUSTOMER, report.getRows().get(1).getRefusal());
        assertEquals(Refusal.DUPLICATE_CUSTOMER, report.getRows().get(2).getRefusal());
        assertEquals(Refusal.UNKNOWN_TIER, report.getRows().get(3).getRefusal());
        assertEquals(Refusal.BAD_CUSTOMER_ID, report.getRows().get(4).getRefusal());
        assertEquals(Refusal.NOT_A_NUMBER, report.getRows().get(5).getRefusal());
        assertEquals(Refusal.EMPTY_ROW, report.getRows().get(6).getRefusal());
        assertEquals(10, available(ok));
        assertEquals(0, available(twice));
        assertEquals(0, available(tierless));
        assertEquals(6, report.count(RowStatus.REFUSED));
    }

    @Test
    void aPastExpiryDayIsRefused() {
        long c = CoreFixtures.customer();
        CoreFixtures.moveClockTo("2030-05-10T12:00:00Z");
        ImportReport report = imports.dryRun(request(id("past"), ImportMode.ADD),
                new StringReader("customer_id,points,expires\n" + c + ",5,2030-05-01\n"));
        assertEquals(Refusal.PAST_DATE, report.getRows().get(0).getRefusal());
    }

    @Test
    void theTierColumnPutsTheCustomerInTheTier() {
        long c = CoreFixtures.customer();
        imports.apply(request(id("tier"), ImportMode.ADD), new StringReader("customer_id,points,tier\n" + c + ",0," + gold.toUpperCase() + "\n"));
        Long tierId = new TransactionTemplate(txm).execute(status -> em.createQuery(
                "select c.tierId from CustomerTier c where c.customerId = :c", Long.class).setParameter("c", c).getSingleResult());
        LoyaltyTier expected = null;
        for (LoyaltyTier t : tiers.tiers()) {
            if (t.getName().equals(gold)) {
                expected = t;
            }
        }
        assertEquals(expected.getId(), tierId);
    }

    @Test
    void aBadFileOrRequestIsRefusedWhole() {
        assertEquals("import.file.unknownColumn", assertThrows(ImportFileException.class, () -> imports.apply(
                request(id("bad"), ImportMode.ADD), new StringReader("mail,points\nx@y.z,5\n"))).getMessageKey());
        assertEquals("import.request.badId", assertThrows(ImportFileException.class,
                () -> request("no spaces please", ImportMode.ADD)).getMessageKey());
        assertEquals("import.request.badMode", assertThrows(ImportFileException.class,
                () -> request("x", null)).getMessageKey());
    }
}
