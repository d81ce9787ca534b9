package org.evergreenloyalty.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.sql.DataSource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.privacy.DeactivationEraser;
import org.evergreenloyalty.integrity.IntegrityRun;
import org.evergreenloyalty.integrity.IntegrityService;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.privacy.jobs.PrivacyErasureJob;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Export and erasure of a customer's personal data on the real store: every section of the catalog exported with
 * the customer's rows and nobody else's, each erased section anonymised while balances, ledger sums and the
 * integrity check stay as they were, a second erasure changing nothing, unknown customers refused; erasure when
 * Broadleaf's own CustomerService saves a customer deactivated, and the privacy-erasure job for customers deleted
 * or deactivated around Broadleaf.
 */
@BroadleafIntegrationTest
class PersonalDataTest {

    @Resource(name = "evgPrivacyService")
    PrivacyService privacy;
    @Resource(name = "evgPersonalDataCatalog")
    PersonalDataCatalog catalog;
    @Resource(name = "evgPersonalDataRepository")
    PersonalDataRepository repository;
    @Resource(name = "evgPointsAccountService")
    PointsAccountService accounts;
    @Resource(name = "evgIntegrityService")
    IntegrityService integrity;
    @Resource(name = "evgPrivacyErasureJob")
    PrivacyErasureJob job;
    @Resource(name = "testDS")
    DataSource ds;

    final StoreFixtures store = StoreFixtures.create();
    private final List<Long> seeded = new ArrayList<Long>();

    private final List<Long> deliveries = new ArrayList<Long>();

    @AfterEach
    void removeSeededRows() throws SQLException {
        for (Long id : seeded) {
            PersonalDataSeed.remove(ds, catalog, id);
        }
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            for (Long id : deliveries) {
                c.createStatement().executeUpdate("delete from EVG_WEBHOOK_DELIVERY where DELIVERY_ID = " + id);
            }
        }
    }

    /** A delivered webhook event whose payload names {@code customerId} under {@code key}; its event id. */
    private String webhookEvent(String key, long customerId) throws SQLException {
        long id = 7_600_000_000L + (System.nanoTime() % 1_000_000_000L);
        String eventId = "evt-" + id;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("insert into EVG_WEBHOOK_DELIVERY"
                + " (DELIVERY_ID, SUB_ID, EVENT_ID, EVENT_TYPE, DATA, CREATED_AT, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT)"
                + " values (?, ?, ?, 'points.earned', ?, ?, 'DELIVERED', 1, ?)")) {
            c.setAutoCommit(true);
            java.sql.Timestamp at = new java.sql.Timestamp(1_767_225_600_000L);
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setString(3, eventId);
            ps.setString(4, "{\"" + key + "\":" + customerId + ",\"points\":5}");
            ps.setTimestamp(5, at);
            ps.setTimestamp(6, at);
            ps.executeUpdate();
        }
        deliveries.add(id);
        return eventId;
    }

    /** A customer of the store with points and a row in every section of the catalog. */
    private long customerWithData() throws SQLException {
        Customer c = store.customer();
        return withData(c.getId());
    }

    private long withData(long id) throws SQLException {
        seeded.add(id);
        accounts.grantBonus(id, 700, TestIds.unique("privacy-bonus"), "privacy test", "test", null);
        accounts.grantBonus(id, 100, TestIds.unique("privacy-bonus"), "privacy test 2", "test", null);
        for (PersonalDataSection s : catalog.sections()) {
            if (count(s, id) == 0) {
                PersonalDataSeed.seed(ds, s, id);
            }
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    @Test
    void theExportHoldsEverySectionWithTheCustomersRowsOnly() throws Exception {
        long a = customerWithData();
        long b = customerWithData();
        String aEarned = webhookEvent("customerId", a);
        String aAsAdvocate = webhookEvent("advocateId", a);
        String bEarned = webhookEvent("customerId", b);

        PersonalDataExport export = privacy.export(a);
        Map<String, Object> doc = export.getDocument();
        assertEquals(PersonalDataExport.FORMAT, doc.get("format"));
        assertEquals(1, doc.get("version"));
        assertEquals(a, ((Number) doc.get("customerId")).longValue());
        assertTrue(((String) doc.get("exportedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), (String) doc.get("exportedAt"));
        assertNull(doc.get("erasure"));
        Map<String, Object> sections = (Map<String, Object>) doc.get("sections");
        assertEquals(catalog.sections().size(), sections.size(), "one entry per section");
        for (PersonalDataSection s : catalog.sections()) {
            List<Map<String, Object>> rows = (List<Map<String, Object>>) sections.get(s.getKey());
            assertNotNull(rows, s.getKey());
            assertFalse(rows.isEmpty(), "rows of " + s.getKey());
            assertEquals(count(s, a), rows.size(), s.getKey());
            String column = PersonalDataRepository.camel(s.getCustomerColumn());
            for (Map<String, Object> row : rows) {
                assertEquals(a, ((Number) row.get(column)).longValue(), s.getKey() + " holds only the customer's rows");
                row.values().stream().filter(v -> v instanceof String).forEach(v ->
                        assertFalse(((String) v).contains(PersonalDataSeed.marker(b)), s.getKey() + ": " + v));
            }
        }
        List<Map<String, Object>> events = (List<Map<String, Object>>) doc.get("webhookEvents");
        assertEquals(2, events.size(), "the customer's webhook events: " + events);
        assertEquals(new java.util.HashSet<Object>(java.util.Arrays.asList(aEarned, aAsAdvocate)),
                new java.util.HashSet<Object>(java.util.Arrays.asList(events.get(0).get("eventId"), events.get(1).get("eventId"))));
        String json = export.toJson();
        assertFalse(json.contains(bEarned), "not the other customer's event");
        assertTrue(json.startsWith("{\"format\":\"evergreen-loyalty-personal-data\",\"version\":1,"), json.substring(0, 80));
        assertFalse(json.contains(PersonalDataSeed.marker(b)), "nothing of the other customer");
        assertTrue(json.contains("\"ledgerEntries\":[{"), "the ledger is a list of rows");
        assertTrue(json.matches("(?s).*\"createdAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\".*"), "times as ISO-8601 UTC");
        assertEquals("loyalty-data-" + a + ".json", export.fileName());
    }

    @Test
    void erasureAnonymisesEachSectionAndKeepsTheLedger() throws Exception {
        long a = customerWithData();
        long b = customerWithData();
        Map<String, Object> otherBefore = privacy.export(b).getDocument();
        long[] ledgerBefore = ledgerSums(a);
        long balanceBefore = accounts.summary(a).getBalance().getAvailable();
        IntegrityRun checkBefore = integrity.run("privacy-test");

        ErasureResult result = privacy.erase(a, "admin", "customer's request");

        assertTrue(result.isErasedNow());
        ErasureRecord record = result.getRecord();
        assertEquals("admin", record.getErasedBy());
        assertEquals("customer's request", record.getReason());
        for (PersonalDataSection s : catalog.sections()) {
            if (s.isErased()) {
                assertTrue(record.getRowsTouched().get(s.getKey()) >= 1, s.getKey() + " in " + record.getRowsTouched());
                assertErased(s, a);
            } else {
                assertFalse(record.getRowsTouched().containsKey(s.getKey()), s.getKey() + " is kept");
                assertTrue(count(s, a) >= 1, s.getKey() + " kept");
            }
        }
        assertEquals(balanceBefore, accounts.summary(a).getBalance().getAvailable(), "the balance stays");
        long[] ledgerAfter = ledgerSums(a);
        assertEquals(ledgerBefore[0], ledgerAfter[0], "ledger entries stay");
        assertEquals(ledgerBefore[1], ledgerAfter[1], "the ledger's sum stays");
        IntegrityRun checkAfter = integrity.run("privacy-test");
        assertEquals(checkBefore.getBalanceFindings(), checkAfter.getBalanceFindings(), "the integrity check is unchanged");
        assertEquals(checkBefore.getFindingCount(), checkAfter.getFindingCount(), "the integrity check is unchanged");
        assertEquals(stripTime(otherBefore), stripTime(privacy.export(b).getDocument()), "the other customer is untouched");

        Map<String, Object> after = privacy.export(a).getDocument();
        assertNotNull(after.get("erasure"), "the export shows the erasure");
    }

    @Test
    void aSecondErasureChangesNothing() throws Exception {
        long a = customerWithData();
        ErasureResult first = privacy.erase(a, "admin", "first");
        String exportAfterFirst = stripTime(privacy.export(a).getDocument()).toString();

        ErasureResult second = privacy.erase(a, "someone else", "second");

        assertFalse(second.isErasedNow());
        assertEquals("first", second.getRecord().getReason(), "the first record stands");
        assertEquals(first.getRecord().getRowsTouched(), second.getRecord().getRowsTouched());
        assertEquals(exportAfterFirst, stripTime(privacy.export(a).getDocument()).toString(), "nothing changed");
    }

    @Test
    void unknownCustomersAndBlankReasonsAreRefused() throws Exception {
        long unknown = 9_000_000_000L + (System.nanoTime() % 1_000_000L);
        PrivacyException e = assertThrows(PrivacyException.class, () -> privacy.erase(unknown, "admin", "why"));
        assertEquals("evergreen.privacy.error.unknownCustomer", e.getMessageKey());
        assertThrows(PrivacyException.class, () -> privacy.export(unknown));
        assertNull(privacy.erasure(unknown), "nothing recorded");

        long a = customerWithData();
        for (String blank : new String[] {null, "", "   "}) {
            PrivacyException r = assertThrows(PrivacyException.class, () -> privacy.erase(a, "admin", blank));
            assertEquals("evergreen.privacy.error.reasonRequired", r.getMessageKey());
            assertEquals("reason", r.getField());
        }
        assertNull(privacy.erasure(a), "not erased");
        assertEquals(0, countWhereNull("EVG_REVIEW", "CUSTOMER_ID", a, "DISPLAY_NAME"), "the review's display name is still there");
    }

    @Test
    void deactivatingTheCustomerThroughBroadleafErasesTheData() throws Exception {
        assertTrue(privacy.isEraseOnDeactivation(), "on by default");
        Customer c = store.customer();
        long id = withData(c.getId());
        Customer loaded = store.customers().readCustomerById(id);
        loaded.setDeactivated(true);
        store.customers().saveCustomer(loaded);

        ErasureRecord record = privacy.erasure(id);
        assertNotNull(record, "erased after Broadleaf saved the customer deactivated");
        assertEquals(DeactivationEraser.ACTOR, record.getErasedBy());
        assertErased(section("reviews"), id);
        assertErased(section("invitationsSent"), id);

        Customer active = store.customer();
        long other = withData(active.getId());
        active.setFirstName("Renamed");
        store.customers().saveCustomer(active);
        assertNull(privacy.erasure(other), "saving an active customer erases nothing");
    }

    @Test
    void theJobErasesDeletedAndDeactivatedCustomersOnce() throws Exception {
        long deleted = withData(9_100_000_000L + (System.nanoTime() % 1_000_000L));
        Customer c = store.customer();
        long deactivated = withData(c.getId());
        try (Connection con = ds.getConnection(); PreparedStatement ps = con.prepareStatement(
                "update BLC_CUSTOMER set DEACTIVATED = ? where CUSTOMER_ID = ?")) {
            con.setAutoCommit(true);
            ps.setBoolean(1, true);
            ps.setLong(2, deactivated);
            assertEquals(1, ps.executeUpdate());
        }
        long active = customerWithData();

        job.run();

        assertEquals(DefaultPrivacyService.JOB_ACTOR, privacy.erasure(deleted).getErasedBy());
        assertEquals(DefaultPrivacyService.JOB_ACTOR, privacy.erasure(deactivated).getErasedBy());
        assertNull(privacy.erasure(active), "active customers are kept");
        assertErased(section("mailOutbox"), deleted);
        assertErased(section("deviceSightings"), deactivated);
        assertEquals(0, privacy.eraseClosedCustomers(), "nothing left on the second run");
    }

    private PersonalDataSection section(String key) {
        return catalog.sections().stream().filter(s -> s.getKey().equals(key)).findFirst().get();
    }

    /** Every column the section erases holds what erasure writes. */
    private void assertErased(PersonalDataSection s, long customerId) throws SQLException {
        if (s.isDeleteOnErasure()) {
            assertEquals(0, count(s, customerId), s.getKey() + " deleted");
            return;
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select * from " + s.getTable() + " where " + s.getCustomerColumn() + " = ?")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    for (Map.Entry<String, String> e : s.getErasedColumns().entrySet()) {
                        String expr = e.getValue();
                        Object v = rs.getObject(e.getKey());
                        if ("NULL".equals(expr)) {
                            assertNull(v, s.getKey() + "." + e.getKey());
                        } else if (expr.startsWith("'")) {
                            assertEquals(expr.substring(1, expr.length() - 1), v, s.getKey() + "." + e.getKey());
                        } else if (expr.matches("[A-Z_]+")) {
                            assertEquals(rs.getObject(expr), v, s.getKey() + "." + e.getKey());
                        } else {
                            assertFalse("PENDING".equals(v), s.getKey() + "." + e.getKey() + " no longer pending");
                        }
                    }
                }
                assertTrue(rows > 0, s.getKey() + " has rows");
            }
        }
    }

    private int count(PersonalDataSection s, long customerId) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from " + s.getTable() + " where " + s.getCustomerColumn() + " = ?")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private int countWhereNull(String table, String column, long customerId, String nullColumn) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from " + table + " where " + column + " = ? and " + nullColumn + " is null")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Number of ledger entries and the sum of their available deltas. */
    private long[] ledgerSums(long customerId) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*), coalesce(sum(AVAILABLE_DELTA), 0) from EVG_LEDGER_ENTRY where CUSTOMER_ID = ?")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static Map<String, Object> stripTime(Map<String, Object> doc) {
        Map<String, Object> m = new java.util.LinkedHashMap<String, Object>(doc);
        m.remove("exportedAt");
        return m;
    }
}
