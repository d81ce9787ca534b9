package org.evergreenloyalty.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.evergreenloyalty.webhook.WebhookJson;
import org.junit.jupiter.api.Test;

/** The export's value rules, the erasure record's rows, the JSON of lists, and the one setting, without a database. */
class PersonalDataValuesTest {

    @Test
    void columnsAreCamelCasedAndValuesExportable() throws Exception {
        assertEquals("friendEmailKey", PersonalDataRepository.camel("FRIEND_EMAIL_KEY"));
        assertEquals("customerId", PersonalDataRepository.camel("customer_id"));
        assertTrue(((String) PersonalDataRepository.value(new Timestamp(0))).matches("1970-01-01T00:00:00Z"));
        assertEquals("2026-03-14", PersonalDataRepository.value(java.sql.Date.valueOf("2026-03-14")));
        assertEquals("AQID", PersonalDataRepository.value(new byte[] {1, 2, 3}));
        assertEquals(7L, PersonalDataRepository.value(7L));
    }

    @Test
    void listsAndNestedMapsAreWrittenAsJson() {
        Map<String, Object> row = new LinkedHashMap<String, Object>();
        row.put("a", 1);
        row.put("b", null);
        Map<String, Object> doc = new LinkedHashMap<String, Object>();
        doc.put("rows", Arrays.asList(row, Collections.emptyMap()));
        doc.put("none", Collections.emptyList());
        assertEquals("{\"rows\":[{\"a\":1,\"b\":null},{}],\"none\":[]}", WebhookJson.object(doc));
    }

    @Test
    void theErasureRecordKeepsRowsPerSectionInOrder() {
        Map<String, Integer> rows = new LinkedHashMap<String, Integer>();
        rows.put("reviews", 2);
        rows.put("mailOutbox", 0);
        ErasureRecord r = new ErasureRecord(5, new java.util.Date(0), "admin", "asked", rows);
        assertEquals(rows, r.getRowsTouched());
        assertEquals(2, r.getTotalRows());
    }

    @Test
    void erasureOnDeactivationIsOnUnlessSwitchedOff() {
        Properties p = new Properties();
        assertTrue(PrivacySettings.eraseOnDeactivation(p));
        p.setProperty(PrivacySettings.ERASE_ON_DEACTIVATION, " FALSE ");
        assertFalse(PrivacySettings.eraseOnDeactivation(p));
        p.setProperty(PrivacySettings.ERASE_ON_DEACTIVATION, "true");
        assertTrue(PrivacySettings.eraseOnDeactivation(p));
    }

    @Test
    void theStandardCatalogErasesContactDataAndKeepsTheLedger() {
        PersonalDataCatalog catalog = new PersonalDataCatalog();
        assertFalse(catalog.sections().stream().filter(s -> s.getTable().equals("EVG_LEDGER_ENTRY")).findFirst().get().isErased());
        assertTrue(catalog.sections().stream().filter(s -> s.getKey().equals("invitationsSent")).findFirst().get()
                .getErasedColumns().containsKey("EMAIL"));
        assertTrue(catalog.sections().stream().filter(s -> s.getKey().equals("birthday")).findFirst().get().isDeleteOnErasure());
    }
}
