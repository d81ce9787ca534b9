package org.evergreenloyalty.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.InMemoryCustomers;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;

/**
 * The privacy engine on the core context (and, through core-jakarta, on Hibernate 6): export of a customer with
 * points, erasure recorded once with the balance kept, the job erasing a customer the directory no longer knows.
 */
@CoreTest
class PrivacyEngineTest {

    @Resource(name = "evgPrivacyService")
    PrivacyService privacy;
    @Resource(name = "evgPointsAccountService")
    PointsAccountService accounts;
    @Resource(name = "testCustomers")
    InMemoryCustomers customers;

    @SuppressWarnings("unchecked")
    @Test
    void exportEraseAndTheJobOnTheEngine() {
        long known = TestIds.customerId();
        customers.add(known);
        accounts.grantBonus(known, 300, TestIds.unique("privacy-core"), "core test", "test", null);

        Map<String, Object> doc = privacy.export(known).getDocument();
        List<Map<String, Object>> account = (List<Map<String, Object>>) ((Map<String, Object>) doc.get("sections")).get("account");
        assertEquals(300L, ((Number) account.get(0).get("available")).longValue());
        assertTrue(privacy.export(known).toJson().contains("\"ledgerEntries\":[{"));

        ErasureResult erased = privacy.erase(known, "admin", "asked");
        assertTrue(erased.isErasedNow());
        assertFalse(privacy.erase(known, "admin", "again").isErasedNow());
        assertEquals(300, accounts.summary(known).getBalance().getAvailable(), "the balance stays");

        long gone = TestIds.customerId();
        accounts.grantBonus(gone, 50, TestIds.unique("privacy-core"), "core test", "test", null);
        assertTrue(privacy.eraseClosedCustomers() >= 1);
        assertNotNull(privacy.erasure(gone), "a customer the directory does not know is erased by the job");
        assertEquals(0, privacy.eraseClosedCustomers(), "nothing left");

        PrivacyException e = assertThrows(PrivacyException.class, () -> privacy.export(TestIds.customerId()));
        assertEquals("evergreen.privacy.error.unknownCustomer", e.getMessageKey());
    }
}
