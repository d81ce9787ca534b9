package org.evergreenloyalty.schema;

import java.util.Collection;
import java.util.List;

/**
 * Liquibase change sets, as XML to paste into a changelog file of {@code config/evergreen/db/}: what the schema check
 * suggests for a table, column or index the changelog lacks. Each has a precondition, so an installation where
 * Hibernate's hbm2ddl already made the object records the change set as run instead of failing.
 */
final class ChangesetXml {

    private static final String AUTHOR = "evergreen";

    private ChangesetXml() {
    }

    /** A change set creating {@code table} with its primary key and unique keys (indexes are separate). */
    static String createTable(String version, EntitySchema.Table table) {
        StringBuilder xml = open(version + "-" + table.name, "<not><tableExists tableName=\"" + table.name + "\"/></not>");
        xml.append("        <createTable tableName=\"").append(table.name).append("\">\n");
        for (EntitySchema.Column c : table.columns.values()) {
            xml.append(column(c, table.primaryKey.contains(c.name) ? table.name + "_PKEY" : null));
        }
        xml.append("        </createTable>\n");
        for (EntitySchema.Key k : table.uniqueKeys) {
            xml.append("        <addUniqueConstraint tableName=\"").append(table.name).append("\" constraintName=\"")
                    .append(k.name).append("\" columnNames=\"").append(join(k.columns)).append("\"/>\n");
        }
        return close(xml);
    }

    /** A change set adding columns an entity maps to an existing table. */
    static String addColumns(String version, String table, Collection<EntitySchema.Column> columns) {
        StringBuilder conditions = new StringBuilder();
        for (EntitySchema.Column c : columns) {
            conditions.append("<not><columnExists tableName=\"").append(table).append("\" columnName=\"")
                    .append(c.name).append("\"/></not>");
        }
        StringBuilder xml = open(version + "-" + table + "-" + columns.iterator().next().name, conditions.toString());
        xml.append("        <addColumn tableName=\"").append(table).append("\">\n");
        for (EntitySchema.Column c : columns) {
            xml.append(column(c, null));
        }
        xml.append("        </addColumn>\n");
        return close(xml);
    }

    /** A change set creating one index. */
    static String createIndex(String version, String table, EntitySchema.Key index) {
        StringBuilder xml = open(version + "-" + index.name,
                "<not><indexExists tableName=\"" + table + "\" indexName=\"" + index.name + "\"/></not>");
        xml.append("        <createIndex tableName=\"").append(table).append("\" indexName=\"").append(index.name).append("\">\n");
        for (String c : index.columns) {
            xml.append("            <column name=\"").append(c).append("\"/>\n");
        }
        xml.append("        </createIndex>\n");
        return close(xml);
    }

    private static StringBuilder open(String id, String condition) {
        return new StringBuilder()
                .append("    <changeSet id=\"").append(id).append("\" author=\"").append(AUTHOR).append("\">\n")
                .append("        <preConditions onFail=\"MARK_RAN\" onSqlOutput=\"TEST\">").append(condition)
                .append("</preConditions>\n");
    }

    private static String close(StringBuilder xml) {
        return xml.append("    </changeSet>\n").toString();
    }

    /** A column; {@code primaryKeyName} names the primary key it belongs to (null: not part of it). */
    private static String column(EntitySchema.Column c, String primaryKeyName) {
        String head = "            <column name=\"" + c.name + "\" type=\"" + c.liquibaseType() + "\"";
        if (primaryKeyName != null) {
            return head + "><constraints primaryKey=\"true\" primaryKeyName=\"" + primaryKeyName
                    + "\" nullable=\"false\"/></column>\n";
        }
        return c.nullable ? head + "/>\n" : head + "><constraints nullable=\"false\"/></column>\n";
    }

    private static String join(List<String> names) {
        return String.join(", ", names);
    }
}
