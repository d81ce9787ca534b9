package org.evergreenloyalty.schema;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Scanner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.TableGenerator;

import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.Mapping;

/**
 * The schema the module's entities need, as Hibernate maps them: every table of the classes listed in
 * {@code META-INF/persistence-evergreen.xml} (and the id-generator tables they name) with its columns, primary key,
 * unique keys and indexes. What the changelog must create; tests compare a migrated database with it.
 */
final class EntitySchema {

    /** The persistence unit file listing the module's entities. */
    static final String PERSISTENCE_XML = "META-INF/persistence-evergreen.xml";

    /** One column as the entity maps it ({@link java.sql.Types} code; length for strings, precision/scale for decimals). */
    static final class Column {
        final String name;
        final int type;
        final int length;
        final int precision;
        final int scale;
        final boolean nullable;

        Column(String name, int type, int length, int precision, int scale, boolean nullable) {
            this.name = name;
            this.type = type;
            this.length = length;
            this.precision = precision;
            this.scale = scale;
            this.nullable = nullable;
        }

        /** The portable Liquibase type of this column (the types Hibernate maps the entities to). */
        String liquibaseType() {
            switch (type) {
                case Types.BIGINT: return "BIGINT";
                case Types.INTEGER: return "INT";
                case Types.BOOLEAN: case Types.BIT: return "BOOLEAN";
                case Types.TIMESTAMP: return "DATETIME"; // Liquibase: TIMESTAMP on most databases, DATETIME on MySQL
                case Types.NUMERIC: case Types.DECIMAL: return "NUMERIC(" + precision + ", " + scale + ")";
                case Types.VARCHAR: return "VARCHAR(" + length + ")";
                case Types.VARBINARY: case Types.BINARY: return "VARBINARY(" + length + ")"; // BYTEA on PostgreSQL
                default: throw new IllegalStateException("column " + name + " has a JDBC type (" + type
                        + ") the schema check does not know yet: add it to EntitySchema.Column.liquibaseType");
            }
        }
    }

    /** A named index or unique key and its columns, in order. */
    static final class Key {
        final String name;
        final List<String> columns;

        Key(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }
    }

    /** One table as the entities map it. */
    static final class Table {
        final String name;
        final Map<String, Column> columns = new LinkedHashMap<String, Column>();
        final List<String> primaryKey = new ArrayList<String>();
        final List<Key> uniqueKeys = new ArrayList<Key>();
        final List<Key> indexes = new ArrayList<Key>();

        Table(String name) {
            this.name = name;
        }
    }

    private final Map<String, Table> tables = new TreeMap<String, Table>();

    private EntitySchema() {
    }

    /** The tables by name (upper case), sorted. */
    Map<String, Table> tables() {
        return tables;
    }

    /** Reads the entity classes of {@link #PERSISTENCE_XML} and maps them with Hibernate (no database needed). */
    static EntitySchema load() throws Exception {
        Configuration cfg = new Configuration();
        cfg.setProperty("hibernate.id.new_generator_mappings", "true");
        List<Class<?>> classes = entityClasses();
        for (Class<?> c : classes) {
            cfg.addAnnotatedClass(c);
        }
        cfg.buildMappings();
        Mapping mapping = cfg.buildMapping();
        EntitySchema schema = new EntitySchema();
        for (Iterator<org.hibernate.mapping.Table> it = cfg.getTableMappings(); it.hasNext(); ) {
            schema.add(it.next(), mapping);
        }
        for (Class<?> c : classes) {
            schema.addGeneratorTables(c);
        }
        return schema;
    }

    /** The classes listed in {@link #PERSISTENCE_XML}. */
    static List<Class<?>> entityClasses() throws IOException, ClassNotFoundException {
        String xml;
        try (InputStream in = EntitySchema.class.getClassLoader().getResourceAsStream(PERSISTENCE_XML);
             Scanner s = new Scanner(in, StandardCharsets.UTF_8.name())) {
            xml = s.useDelimiter("\\A").next();
        }
        List<Class<?>> classes = new ArrayList<Class<?>>();
        Matcher m = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>").matcher(xml);
        while (m.find()) {
            classes.add(Class.forName(m.group(1)));
        }
        return classes;
    }

    private void add(org.hibernate.mapping.Table mapped, Mapping mapping) {
        Table table = new Table(mapped.getName().toUpperCase());
        for (Iterator<?> it = mapped.getColumnIterator(); it.hasNext(); ) {
            org.hibernate.mapping.Column c = (org.hibernate.mapping.Column) it.next();
            table.columns.put(c.getName().toUpperCase(), new Column(c.getName().toUpperCase(), c.getSqlTypeCode(mapping),
                    c.getLength(), c.getPrecision(), c.getScale(), c.isNullable()));
        }
        if (mapped.getPrimaryKey() != null) {
            for (Object c : mapped.getPrimaryKey().getColumns()) {
                table.primaryKey.add(((org.hibernate.mapping.Column) c).getName().toUpperCase());
            }
        }
        for (Iterator<?> it = mapped.getUniqueKeyIterator(); it.hasNext(); ) {
            org.hibernate.mapping.UniqueKey k = (org.hibernate.mapping.UniqueKey) it.next();
            table.uniqueKeys.add(new Key(k.getName().toUpperCase(), names(k.getColumnIterator())));
        }
        for (Iterator<?> it = mapped.getIndexIterator(); it.hasNext(); ) {
            org.hibernate.mapping.Index k = (org.hibernate.mapping.Index) it.next();
            table.indexes.add(new Key(k.getName().toUpperCase(), names(k.getColumnIterator())));
        }
        tables.put(table.name, table);
    }

    /** The tables of {@code @TableGenerator}s (Hibernate's enhanced TableGenerator: a name and a counter). */
    private void addGeneratorTables(Class<?> entity) {
        List<AnnotatedElement> members = new ArrayList<AnnotatedElement>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            members.add(c);
            for (Field f : c.getDeclaredFields()) {
                members.add(f);
            }
            for (Method m : c.getDeclaredMethods()) {
                members.add(m);
            }
        }
        for (AnnotatedElement member : members) {
            TableGenerator g = member.getAnnotation(TableGenerator.class);
            if (g != null && !tables.containsKey(g.table().toUpperCase())) {
                Table table = new Table(g.table().toUpperCase());
                String key = g.pkColumnName().toUpperCase();
                String value = g.valueColumnName().toUpperCase();
                table.columns.put(key, new Column(key, Types.VARCHAR, 255, 0, 0, false));
                table.columns.put(value, new Column(value, Types.BIGINT, 0, 0, 0, true));
                table.primaryKey.add(key);
                tables.put(table.name, table);
            }
        }
    }

    private static List<String> names(Iterator<?> columns) {
        List<String> names = new ArrayList<String>();
        while (columns.hasNext()) {
            names.add(((org.hibernate.mapping.Column) columns.next()).getName().toUpperCase());
        }
        return names;
    }
}
