package org.evergreenloyalty.schema;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Where a database schema falls short of what the module's entities map: missing tables, columns, unique keys and
 * indexes, and columns of another type, size or nullability. Each finding names the table and column; {@link
 * #report()} adds the Liquibase change sets that would fix the missing ones, ready to paste into a new changelog file.
 */
final class SchemaDrift {

    private final List<String> findings = new ArrayList<String>();
    private final List<String> changeSets = new ArrayList<String>();

    private SchemaDrift() {
    }

    /** Compares {@code database} with {@code entities}; {@code version} numbers the suggested change sets. */
    static SchemaDrift between(EntitySchema entities, DatabaseSchema database, String version) {
        SchemaDrift drift = new SchemaDrift();
        for (EntitySchema.Table table : entities.tables().values()) {
            DatabaseSchema.Table actual = database.tables().get(table.name);
            if (actual == null) {
                drift.findings.add("missing table " + table.name + " (columns " + table.columns.keySet() + ")");
                drift.changeSets.add(ChangesetXml.createTable(version, table));
                for (EntitySchema.Key index : table.indexes) {
                    drift.changeSets.add(ChangesetXml.createIndex(version, table.name, index));
                }
            } else {
                drift.compareTable(table, actual, version);
            }
        }
        return drift;
    }

    /** The findings, one line each; empty when the database has everything the entities map. */
    List<String> findings() {
        return findings;
    }

    /** The findings and the change sets that would create what is missing. */
    String report() {
        StringBuilder out = new StringBuilder("The changelog (" + EvergreenChangelog.MASTER + ") does not create what "
                + "the entities map (" + findings.size() + " finding(s)):\n");
        for (String f : findings) {
            out.append("  - ").append(f).append('\n');
        }
        if (!changeSets.isEmpty()) {
            out.append("Add these change sets in a new changelog file included from changelog-master.xml "
                    + "(and check types, names and preconditions):\n\n");
            for (String c : changeSets) {
                out.append(c).append('\n');
            }
        }
        return out.toString();
    }

    private void compareTable(EntitySchema.Table table, DatabaseSchema.Table actual, String version) {
        List<EntitySchema.Column> missing = new ArrayList<EntitySchema.Column>();
        for (EntitySchema.Column column : table.columns.values()) {
            DatabaseSchema.Column found = actual.columns.get(column.name);
            if (found == null) {
                findings.add("missing column " + table.name + "." + column.name + " " + column.liquibaseType()
                        + (column.nullable ? "" : " NOT NULL"));
                missing.add(column);
            } else {
                compareColumn(table.name, column, found);
            }
        }
        if (!missing.isEmpty()) {
            changeSets.add(ChangesetXml.addColumns(version, table.name, missing));
        }
        if (!new HashSet<String>(table.primaryKey).equals(new HashSet<String>(actual.primaryKey))) {
            findings.add("primary key of " + table.name + " is " + actual.primaryKey + ", the entity maps " + table.primaryKey);
        }
        for (EntitySchema.Key key : table.uniqueKeys) {
            if (!hasUniqueIndexOn(actual, key.columns)) {
                findings.add("missing unique key " + key.name + " on " + table.name + " " + key.columns);
            }
        }
        for (EntitySchema.Key index : table.indexes) {
            DatabaseSchema.Index found = actual.indexes.get(index.name);
            if (found == null) {
                findings.add("missing index " + index.name + " on " + table.name + " " + index.columns);
                changeSets.add(ChangesetXml.createIndex(version, table.name, index));
            } else if (!found.columns.equals(index.columns)) {
                findings.add("index " + index.name + " on " + table.name + " has columns " + found.columns
                        + ", the entity maps " + index.columns);
            }
        }
    }

    private void compareColumn(String table, EntitySchema.Column expected, DatabaseSchema.Column found) {
        String where = table + "." + expected.name;
        if (!sameType(expected, found)) {
            findings.add(where + " is " + found.typeName + "(" + found.size + (found.digits > 0 ? ", " + found.digits : "")
                    + ") in the database, the entity maps " + expected.liquibaseType());
        }
        if (expected.nullable != found.nullable) {
            findings.add(where + " is " + (found.nullable ? "nullable" : "NOT NULL") + " in the database, the entity maps it "
                    + (expected.nullable ? "nullable" : "NOT NULL"));
        }
    }

    private static boolean sameType(EntitySchema.Column expected, DatabaseSchema.Column found) {
        switch (expected.type) {
            case Types.BOOLEAN: case Types.BIT:
                return found.type == Types.BOOLEAN || found.type == Types.BIT;
            case Types.NUMERIC: case Types.DECIMAL: // exactly the type Hibernate's validator expects (DECIMAL is not NUMERIC)
                return found.type == expected.type && found.size == expected.precision && found.digits == expected.scale;
            case Types.VARCHAR:
                return found.type == Types.VARCHAR && found.size == expected.length;
            case Types.VARBINARY: case Types.BINARY: case Types.LONGVARBINARY: // PostgreSQL's bytea has no size
                return found.type == Types.VARBINARY || found.type == Types.BINARY || found.type == Types.LONGVARBINARY;
            default:
                return found.type == expected.type;
        }
    }

    private static boolean hasUniqueIndexOn(DatabaseSchema.Table table, List<String> columns) {
        for (DatabaseSchema.Index index : table.indexes.values()) {
            if (index.unique && new HashSet<String>(index.columns).equals(new HashSet<String>(columns))) {
                return true;
            }
        }
        return false;
    }
}
