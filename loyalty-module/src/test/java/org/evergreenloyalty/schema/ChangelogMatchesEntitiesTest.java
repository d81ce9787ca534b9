package org.evergreenloyalty.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Scanner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.Dialect;
import org.hibernate.tool.hbm2ddl.DatabaseMetadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The changelog alone, run on an empty schema, creates everything the module's entities map: every table, column
 * (type, size, nullability), primary key, unique key and index, and Hibernate's schema validator accepts it; besides
 * them exactly the {@link UnmappedTables}. Fails,
 * listing what is missing and the change sets to add, when an entity gains a field or table without a change set.
 */
@Tag("database")
class ChangelogMatchesEntitiesTest {

    @Test
    void theChangelogAloneCreatesTheSchemaTheEntitiesMap() throws Exception {
        EmptySchema schema = EmptySchema.create("changelog");
        EntitySchema entities = EntitySchema.load();
        try (Connection c = schema.connect()) {
            new EvergreenChangelog().update(c);

            SchemaDrift drift = SchemaDrift.between(entities, DatabaseSchema.read(c, schema.name), nextVersion());
            assertTrue(drift.findings().isEmpty(), drift.report());
            java.util.Set<String> expected = new java.util.TreeSet<String>(entities.tables().keySet());
            for (String t : UnmappedTables.NAMES) {
                assertTrue(expected.add(t), t + " has no entity");
            }
            assertEquals(expected, evgTablesExceptHistory(DatabaseSchema.read(c, schema.name)),
                    "the changelog creates exactly the entities' tables and the unmapped ones");
            assertDoesNotThrow(() -> hibernateValidates(c, schema), "Hibernate's schema validator rejects the schema");
        }
    }

    /** The check itself: a column, an index, a unique key and a table the database lacks are each named. */
    @Test
    void theCheckNamesEachMissingTableColumnAndIndex() throws Exception {
        EmptySchema schema = EmptySchema.create("changelog_gap");
        try (Connection c = schema.connect()) {
            new EvergreenChangelog().update(c);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE EVG_POINT_LOT DROP COLUMN REMINDER_SENT");
                s.execute("DROP INDEX EVG_LEDGER_CUST_IDX");
                s.execute("ALTER TABLE EVG_LEDGER_ENTRY DROP CONSTRAINT EVG_LEDGER_EVENT_UK");
                s.execute("DROP TABLE EVG_TIER");
            }

            SchemaDrift drift = SchemaDrift.between(EntitySchema.load(), DatabaseSchema.read(c, schema.name), "9.9");

            assertEquals(Arrays.asList(
                    "missing unique key EVG_LEDGER_EVENT_UK on EVG_LEDGER_ENTRY [EVENT_KEY]",
                    "missing index EVG_LEDGER_CUST_IDX on EVG_LEDGER_ENTRY [CUSTOMER_ID, CREATED_AT, ENTRY_ID, EARNED_DELTA]",
                    "missing column EVG_POINT_LOT.REMINDER_SENT BOOLEAN NOT NULL",
                    "missing table EVG_TIER (columns [TIER_ID, BENEFIT, MULTIPLIER, NAME, THRESHOLD])"),
                    drift.findings());
            String report = drift.report();
            assertTrue(report.contains("<addColumn tableName=\"EVG_POINT_LOT\">"), report);
            assertTrue(report.contains("<createTable tableName=\"EVG_TIER\">"), report);
            assertTrue(report.contains("<changeSet id=\"9.9-EVG_LEDGER_CUST_IDX\""), report);
        }
    }

    private static java.util.Set<String> evgTablesExceptHistory(DatabaseSchema db) {
        java.util.Set<String> names = new java.util.TreeSet<String>(db.tables().keySet());
        names.remove(EvergreenChangelog.HISTORY_TABLE);
        names.remove(EvergreenChangelog.LOCK_TABLE);
        return names;
    }

    private static void hibernateValidates(Connection c, EmptySchema schema) throws Exception {
        Configuration cfg = new Configuration();
        cfg.setProperty("hibernate.id.new_generator_mappings", "true");
        cfg.setProperty("hibernate.default_schema", schema.name);
        for (Class<?> entity : EntitySchema.entityClasses()) {
            cfg.addAnnotatedClass(entity);
        }
        cfg.buildMappings();
        Dialect dialect = (Dialect) Class.forName(schema.database.dialect()).newInstance();
        cfg.validateSchema(dialect, new DatabaseMetadata(c, dialect));
    }

    /** The version after the last file the master changelog includes (numbers the suggested change sets). */
    private static String nextVersion() throws Exception {
        String master;
        try (InputStream in = ChangelogMatchesEntitiesTest.class.getClassLoader().getResourceAsStream(EvergreenChangelog.MASTER);
             Scanner s = new Scanner(in, StandardCharsets.UTF_8.name())) {
            master = s.useDelimiter("\\A").next();
        }
        Matcher m = Pattern.compile("changelog-(\\d+)\\.(\\d+)\\.xml").matcher(master);
        int major = 1;
        int minor = 0;
        while (m.find()) {
            major = Integer.parseInt(m.group(1));
            minor = Integer.parseInt(m.group(2));
        }
        return major + "." + (minor + 1);
    }
}
