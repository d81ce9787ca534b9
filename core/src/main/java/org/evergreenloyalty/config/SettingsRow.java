package org.evergreenloyalty.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.EntityManager;

import org.evergreenloyalty.support.Rows;

/**
 * A feature's single settings row in plain SQL. The settings class is not an entity: each field with a {@link Column}
 * names its column (the changelog defines the table), the row's key is {@value #KEY}, and enums are stored by name.
 * Fields may be {@code boolean}, {@code int}, {@code long}, {@link Integer}, {@link Long}, {@link BigDecimal},
 * {@link String} or an enum. The statements run on the current transaction's connection, like {@link Rows}.
 *
 * @param <S> the feature's settings class (with a no-argument constructor)
 */
final class SettingsRow<S> {

    /** The key column of every settings table. */
    static final String KEY = "SETTINGS_ID";

    private final Class<S> type;
    private final List<Field> fields;
    private final String select;
    private final String insert;
    private final String update;

    SettingsRow(Class<S> type, String table) {
        this.type = type;
        this.fields = columns(type);
        List<String> names = new ArrayList<String>();
        for (Field f : fields) {
            names.add(column(f));
        }
        String list = String.join(", ", names);
        this.select = "select " + list + " from " + table + " where " + KEY + " = ?";
        this.insert = "insert into " + table + " (" + list + ", " + KEY + ") values (" + Rows.marks(names.size() + 1) + ")";
        this.update = "update " + table + " set " + String.join(" = ?, ", names) + " = ? where " + KEY + " = ?";
    }

    /** The row with key {@code id}, or null when there is none. */
    S read(EntityManager em, long id) {
        return Rows.first(em, select, p -> p.id(id), this::fill);
    }

    /** Stores {@code row} under key {@code id} (fails when that row exists). */
    void insert(EntityManager em, long id, S row) {
        write(em, insert, id, row);
    }

    /** Writes every column of {@code row} onto the row with key {@code id}. */
    void update(EntityManager em, long id, S row) {
        write(em, update, id, row);
    }

    private void write(EntityManager em, String sql, long id, S row) {
        Rows.update(em, sql, p -> {
            for (Field f : fields) {
                Object v = get(f, row);
                p.value(v instanceof Enum ? ((Enum<?>) v).name() : v, sqlType(f.getType()));
            }
            p.id(id);
        });
    }

    private S fill(ResultSet rs) throws SQLException {
        S row = newInstance();
        int i = 0;
        for (Field f : fields) {
            set(f, row, value(rs, ++i, f.getType()));
        }
        return row;
    }

    private static Object value(ResultSet rs, int i, Class<?> t) throws SQLException {
        if (t == boolean.class) {
            return rs.getBoolean(i);
        }
        if (t == int.class) {
            return rs.getInt(i);
        }
        if (t == long.class) {
            return rs.getLong(i);
        }
        Object v = t == BigDecimal.class ? rs.getBigDecimal(i) : t == String.class || t.isEnum() ? rs.getString(i) : rs.getObject(i);
        if (v == null) {
            return null;
        }
        if (t.isEnum()) {
            return enumValue(t, (String) v);
        }
        if (t == Integer.class) {
            return ((Number) v).intValue();
        }
        return t == Long.class ? Long.valueOf(((Number) v).longValue()) : v;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> t, String name) {
        return Enum.valueOf((Class) t, name);
    }

    private static int sqlType(Class<?> t) {
        if (t == boolean.class || t == Boolean.class) {
            return Types.BOOLEAN;
        }
        if (t == int.class || t == Integer.class) {
            return Types.INTEGER;
        }
        if (t == long.class || t == Long.class) {
            return Types.BIGINT;
        }
        return t == BigDecimal.class ? Types.NUMERIC : Types.VARCHAR;
    }

    /** The fields with a column, key excluded, in declaration order. */
    private static List<Field> columns(Class<?> type) {
        List<Field> result = new ArrayList<Field>();
        for (Field f : type.getDeclaredFields()) {
            Column c = f.getAnnotation(Column.class);
            if (c != null && !Modifier.isStatic(f.getModifiers()) && !KEY.equals(c.name())) {
                f.setAccessible(true);
                result.add(f);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " has no field with a @Column");
        }
        return Collections.unmodifiableList(result);
    }

    private static String column(Field f) {
        return f.getAnnotation(Column.class).name();
    }

    private S newInstance() {
        try {
            java.lang.reflect.Constructor<S> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a constructor without arguments", e);
        }
    }

    private static Object get(Field f, Object row) {
        try {
            return f.get(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field f, Object row, Object value) {
        try {
            f.set(row, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
