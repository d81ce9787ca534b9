package org.evergreenloyalty.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;

import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

/**
 * The module installed in Broadleaf migrates its schema at start-up, on blPU's data source, after Hibernate built the
 * tables: every change set is recorded, nothing is left to run, and the next start has nothing to do.
 */
@BroadleafIntegrationTest
class SchemaMigrationInBroadleafTest {

    @Resource(name = "evgSchemaMigration")
    SchemaMigrationAtStartup migration;

    @Resource(name = "entityManagerFactory")
    EntityManagerFactory entityManagerFactory;

    @Test
    void theStartUpMigratedTheStoreDatabaseAndANextStartHasNothingToDo() throws Exception {
        try (Connection c = ((EntityManagerFactoryInfo) entityManagerFactory).getDataSource().getConnection()) {
            assertEquals("[]", new EvergreenChangelog().pending(c).toString(), "change sets not run after start-up");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from " + EvergreenChangelog.HISTORY_TABLE
                         + " where FILENAME like 'config/evergreen/db/changelog-1.%'")) {
                assertTrue(rs.next() && rs.getInt(1) >= 80, "the history records the change sets");
            }
        }
        assertEquals(0, migration.migrate());
    }
}
