package org.evergreenloyalty.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.Resource;
import javax.sql.DataSource;

import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The catalog against the real schema: every column of a module table that holds a customer's id is a section of
 * the catalog (a new table about customers fails here until it is added), every column that looks like contact or
 * device data is in a section or on the reviewed list below, every section names a real table and column, and the
 * privacy texts exist in English and German.
 */
@BroadleafIntegrationTest
class PersonalDataCatalogTest {

    /** Customer-id columns that are not sections of their own, with the reason. */
    private static final Set<String> COVERED_ELSEWHERE = new HashSet<String>(Arrays.asList(
            "EVG_REFERRAL_CODE.ACTIVE_CUSTOMER_ID",   // a copy of CUSTOMER_ID while the code is active
            "EVG_ERASURE.CUSTOMER_ID"));              // the erasure record itself
    /** Tables with contact-like columns but no customer column, reviewed: not data about one customer. */
    private static final Set<String> REVIEWED = new HashSet<String>(Arrays.asList(
            "EVG_REFERRAL_INVITE_OPTOUT",  // an invited address that asked for no more invitations: must keep holding
            "EVG_REFERRAL_THROTTLE",       // hashed client keys of the wrong-code throttle, minutes long
            "EVG_INTEGRITY_RUN",           // the run's mail status
            "EVG_REFERRAL_SETTINGS",       // switches such as RULE_SAME_EMAIL
            "EVG_REVIEW_SETTINGS"));       // switches

    @Resource(name = "evgPersonalDataCatalog")
    PersonalDataCatalog catalog;
    @Resource(name = "testDS")
    DataSource ds;

    @Test
    void everyCustomerColumnOfTheSchemaIsInTheCatalog() throws Exception {
        Set<String> inCatalog = new TreeSet<String>();
        Set<String> catalogTables = new TreeSet<String>();
        catalog.sections().forEach(s -> {
            inCatalog.add(s.getTable() + "." + s.getCustomerColumn());
            catalogTables.add(s.getTable());
        });
        Set<String> customerColumns = new TreeSet<String>();
        Set<String> contactLike = new TreeSet<String>();
        Set<String> allColumns = new TreeSet<String>();
        try (Connection c = ds.getConnection()) {
            String schema = c.getSchema();
            for (String pattern : new String[] {"EVG_%", "evg_%"}) {
                try (ResultSet rs = c.getMetaData().getColumns(null, schema, pattern, "%")) {
                    while (rs.next()) {
                        String table = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                        String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                        allColumns.add(table + "." + column);
                        if (column.matches("(.*_)?CUSTOMER_ID|ADVOCATE_ID|FRIEND_ID")) {
                            customerColumns.add(table + "." + column);
                        }
                        if (column.matches(".*(EMAIL|ADDRESS|IP_HASH|UA_HASH|AGENT_HASH|DISPLAY_NAME).*")) {
                            contactLike.add(table);
                        }
                    }
                }
            }
        }
        assertTrue(allColumns.size() > 100, "the schema was read: " + allColumns.size());
        customerColumns.removeAll(COVERED_ELSEWHERE);
        customerColumns.removeAll(inCatalog);
        assertTrue(customerColumns.isEmpty(), "columns with a customer's id missing in PersonalDataCatalog: " + customerColumns);
        contactLike.removeAll(catalogTables);
        contactLike.removeAll(REVIEWED);
        assertTrue(contactLike.isEmpty(), "tables with contact or device data missing in PersonalDataCatalog: " + contactLike);
        for (String column : inCatalog) {
            assertTrue(allColumns.contains(column), "the catalog names a column the schema lacks: " + column);
        }
        catalog.sections().forEach(s -> s.getErasedColumns().keySet().forEach(col ->
                assertTrue(allColumns.contains(s.getTable() + "." + col), "erased column missing: " + s.getTable() + "." + col)));
    }

    @Test
    void sectionKeysAreUniqueAndKeptSectionsSayWhy() {
        List<PersonalDataSection> sections = catalog.sections();
        assertEquals(sections.size(), sections.stream().map(PersonalDataSection::getKey).distinct().count(), "unique keys");
        sections.stream().filter(s -> !s.isErased()).forEach(s ->
                assertTrue(s.getKeptBecause() != null && !s.getKeptBecause().isEmpty(), s.getKey() + " says why it is kept"));
    }

    @Test
    void thePrivacyTextsExistInEnglishAndGerman() throws Exception {
        Set<String> en = new TreeSet<String>(TestResources.properties("messages/evergreen-privacy.properties").stringPropertyNames());
        Set<String> de = new TreeSet<String>(TestResources.properties("messages/evergreen-privacy_de.properties").stringPropertyNames());
        assertEquals(en, de);
        assertTrue(en.contains("evergreen.privacy.download"));
        assertTrue(en.contains("evergreen.privacy.error.reasonRequired"));
    }
}
