package org.evergreenloyalty.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code EVG_} tables of one database schema as JDBC's {@link DatabaseMetaData} reports them: columns (type,
 * size, nullability), primary key and indexes (unique constraints show as unique indexes). Names upper case.
 */
final class DatabaseSchema {

    /** A column as the database has it. */
    static final class Column {
        final int type;
        final String typeName;
        final int size;
        final int digits;
        final boolean nullable;

        Column(int type, String typeName, int size, int digits, boolean nullable) {
            this.type = type;
            this.typeName = typeName;
            this.size = size;
            this.digits = digits;
            this.nullable = nullable;
        }
    }

    /** An index as the database has it. */
    static final class Index {
        final boolean unique;
        final List<String> columns = new ArrayList<String>();

        Index(boolean unique) {
            this.unique = unique;
        }
    }

    /** A table as the database has it. */
    static final class Table {
        final Map<String, Column> columns = new TreeMap<String, Column>();
        final List<String> primaryKey = new ArrayList<String>();
        final Map<String, Index> indexes = new TreeMap<String, Index>();
    }

    private final Map<String, Table> tables = new TreeMap<String, Table>();

    private DatabaseSchema() {
    }

    /** The tables by upper-case name. */
    Map<String, Table> tables() {
        return tables;
    }

    /** Reads the tables whose name starts with {@code EVG_} in {@code schema} (as the database spells it). */
    static DatabaseSchema read(Connection connection, String schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        DatabaseSchema result = new DatabaseSchema();
        List<String> names = new ArrayList<String>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").toUpperCase().startsWith("EVG_")) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        for (String name : names) {
            result.tables.put(name.toUpperCase(), table(meta, schema, name));
        }
        return result;
    }

    private static Table table(DatabaseMetaData meta, String schema, String name) throws SQLException {
        Table table = new Table();
        try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
            while (rs.next()) {
                table.columns.put(rs.getString("COLUMN_NAME").toUpperCase(), new Column(rs.getInt("DATA_TYPE"),
                        rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        Map<Integer, String> key = new TreeMap<Integer, String>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toUpperCase());
            }
        }
        table.primaryKey.addAll(key.values());
        try (ResultSet rs = meta.getIndexInfo(null, schema, name, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index != null && column != null) {
                    Index i = table.indexes.get(index.toUpperCase());
                    if (i == null) {
                        i = new Index(!rs.getBoolean("NON_UNIQUE"));
                        table.indexes.put(index.toUpperCase(), i);
                    }
                    i.columns.add(column.toUpperCase());
                }
            }
        }
        return table;
    }
}
