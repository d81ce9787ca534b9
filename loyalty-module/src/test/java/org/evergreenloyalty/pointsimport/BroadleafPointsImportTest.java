package org.evergreenloyalty.pointsimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Points import on real Broadleaf customers (BLC_CUSTOMER looked up by e-mail, in any case, and by id, in batches):
 * a dry run changes nothing; applying posts each row once, in pages; the same import id again changes nothing;
 * unknown customers and negative results are refused; SET to the same balance posts nothing; a bad file changes nothing.
 */
@BroadleafIntegrationTest
class BroadleafPointsImportTest {

    @Resource(name = "evgPointsImportService")
    PointsImportService imports;
    @Resource(name = "evgPointsImportService")
    DefaultPointsImportService importService;
    @Resource(name = "evgImportCustomers")
    ImportCustomers customers;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgClock")
    AdjustableClock clock;

    final StoreFixtures store = StoreFixtures.create();

    @AfterEach
    void restore() {
        importService.setPageSize(1000);
        clock.reset();
    }

    private static String id(String prefix) {
        return TestIds.unique(prefix).replace(':', '-');
    }

    private ImportRequest request(String id, ImportMode mode) {
        return new ImportRequest(id, "migration.csv", mode, "admin:test");
    }

    private long available(Customer c) {
        return ledger.balance(c.getId()).getAvailable();
    }

    @Test
    void theAdapterFindsCustomersByEmailInAnyCaseAndById() {
        Customer a = store.customer();
        Customer b = store.customer();
        Map<String, Long> byEmail = customers.idsByEmail(java.util.Arrays.asList(a.getEmailAddress().toLowerCase(), "nobody-" + a.getId() + "@example.com"));
        assertEquals(a.getId(), byEmail.get(a.getEmailAddress().toLowerCase()));
        assertEquals(1, byEmail.size());
        Set<Long> ids = customers.existing(java.util.Arrays.asList(b.getId(), 987_654_321_987L));
        assertEquals(java.util.Collections.singleton(b.getId()), ids);
    }

    @Test
    void dryRunThenApplyInPagesThenTheSameImportIdAgain() {
        Customer a = store.customer();
        Customer b = store.customer();
        Customer c = store.customer();
        String csv = "email,customer_id,points\n"
                + a.getEmailAddress().toUpperCase() + ",,100\n"
                + "," + b.getId() + ",200\n"
                + c.getEmailAddress() + ",,300\n"
                + "nobody-" + a.getId() + "@example.com,,5\n";
        String importId = id("bl");
        ImportReport dry = imports.dryRun(request(importId, ImportMode.ADD), new StringReader(csv));
        assertEquals(3, dry.count(RowStatus.CHANGE));
        assertEquals(Refusal.UNKNOWN_CUSTOMER, dry.getRows().get(3).getRefusal());
        assertEquals(0, available(a));
        assertEquals(0, ledger.historySize(b.getId()));

        importService.setPageSize(2);
        ImportReport applied = imports.apply(request(importId, ImportMode.ADD), new StringReader(csv));
        assertEquals(3, applied.count(RowStatus.CHANGE));
        assertEquals(100, available(a));
        assertEquals(200, available(b));
        assertEquals(300, available(c));
        assertNotNull(ledger.findByEventKey("import:" + importId + ":3"));

        ImportReport again = imports.apply(request(importId, ImportMode.ADD), new StringReader(csv));
        assertEquals(3, again.count(RowStatus.ALREADY_APPLIED));
        assertEquals(100, available(a));
        assertEquals(1, ledger.historySize(a.getId()));
        ImportRecord record = imports.history(100).stream().filter(r -> r.getImportId().equals(importId)).findFirst().orElse(null);
        assertNotNull(record);
        assertEquals(4, record.getRows());
        assertEquals(3, record.getChanged());
        assertEquals(1, record.getRefused());
        assertEquals("admin:test", record.getActor());
    }

    @Test
    void setToTheSameBalancePostsNothingAndNegativeResultsAreRefused() {
        Customer same = store.customer();
        Customer lower = store.customer();
        Customer debtor = store.customer();
        for (Customer c : new Customer[] {same, lower, debtor}) {
            ledger.post(Posting.builder(c.getId(), EntryType.BONUS, TestIds.unique("seed")).available(80).earned(80).build());
        }
        ImportReport set = imports.apply(request(id("set"), ImportMode.SET), new StringReader("customer_id,points\n"
                + same.getId() + ",80\n" + lower.getId() + ",30\n" + debtor.getId() + ",-1\n"));
        assertEquals(RowStatus.UNCHANGED, set.getRows().get(0).getStatus());
        assertEquals(1, ledger.historySize(same.getId()));
        assertEquals(30, available(lower));
        assertEquals(Refusal.NEGATIVE_RESULT, set.getRows().get(2).getRefusal());
        assertEquals(80, available(debtor));

        ImportReport add = imports.apply(request(id("add"), ImportMode.ADD), new StringReader("customer_id,points\n" + debtor.getId() + ",-81\n"));
        assertEquals(Refusal.NEGATIVE_RESULT, add.getRows().get(0).getRefusal());
        assertEquals(80, available(debtor));
    }

    @Test
    void aBadFileChangesNothing() {
        Customer a = store.customer();
        String importId = id("bad");
        ImportFileException e = assertThrows(ImportFileException.class, () -> imports.apply(request(importId, ImportMode.ADD),
                new StringReader("email,punkte\n" + a.getEmailAddress() + ",5\n")));
        assertEquals("import.file.unknownColumn", e.getMessageKey());
        assertEquals(0, available(a));
        assertEquals(0, imports.history(500).stream().filter(r -> r.getImportId().equals(importId)).count());
    }
}
