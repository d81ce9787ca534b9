package org.evergreenloyalty.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.Column;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.insights.InsightsSettings;
import org.evergreenloyalty.lifecycle.LifecycleSwitches;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.reward.RewardSettings;
import org.evergreenloyalty.test.CoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every settings class through its table in plain SQL: each column written is read back (values unlike the defaults,
 * then the nullable ones empty), on a row of its own that the test rolls back.
 */
@CoreTest
class SettingsRowTest {

    private static final long KEY = 4711L;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void everySettingsClassKeepsEveryColumnThroughItsTable() {
        check(PointsSettings.class, PointsSettings.TABLE);
        check(BirthdaySettings.class, BirthdaySettings.TABLE);
        check(ReferralSettings.class, ReferralSettings.TABLE);
        check(ReviewSettings.class, ReviewSettings.TABLE);
        check(InsightsSettings.class, InsightsSettings.TABLE);
        check(RewardSettings.class, RewardSettings.TABLE);
        check(LifecycleSwitches.class, LifecycleSwitches.TABLE);
    }

    @Test
    void aClassWithoutColumnsIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SettingsRow<Object>(Object.class, "EVG_NONE"));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }

    private <S> void check(Class<S> type, String table) {
        SettingsRow<S> rows = new SettingsRow<S>(type, table);
        TransactionTemplate tx = new TransactionTemplate(txm);
        tx.execute(status -> {
            status.setRollbackOnly();
            assertNull(rows.read(em, KEY), table + ": no row yet");
            S first = filled(type, 1, false);
            rows.insert(em, KEY, first);
            assertSame(type, first, rows.read(em, KEY));
            S second = filled(type, 2, true);
            rows.update(em, KEY, second);
            assertSame(type, second, rows.read(em, KEY));
            return null;
        });
    }

    /** A row whose every column differs by {@code seed}; with {@code empties} the nullable wrappers stay null. */
    private static <S> S filled(Class<S> type, int seed, boolean empties) {
        try {
            java.lang.reflect.Constructor<S> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            S row = c.newInstance();
            int i = seed;
            for (Field f : columns(type)) {
                f.set(row, value(f, i++, empties));
            }
            return row;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Field f, int i, boolean empties) {
        Class<?> t = f.getType();
        boolean nullable = f.getAnnotation(Column.class).nullable();
        if (t == boolean.class) {
            return i % 2 == 0;
        }
        if (t == int.class || t == Integer.class) {
            return empties && t == Integer.class && nullable ? null : Integer.valueOf(10 + i);
        }
        if (t == long.class || t == Long.class) {
            return empties && t == Long.class && nullable ? null : Long.valueOf(1000 + i);
        }
        if (t == BigDecimal.class) {
            return empties && nullable ? null : new BigDecimal(i + ".25");
        }
        if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return constants[i % constants.length];
        }
        return empties && nullable ? null : "s" + i;
    }

    private static <S> void assertSame(Class<S> type, S expected, S actual) {
        assertNotNull(actual, type.getSimpleName() + ": row read back");
        try {
            for (Field f : columns(type)) {
                Object e = f.get(expected);
                Object a = f.get(actual);
                String what = type.getSimpleName() + "." + f.getName();
                if (e instanceof BigDecimal) {
                    assertEquals(0, ((BigDecimal) e).compareTo((BigDecimal) a), what + ": " + e + " against " + a);
                } else {
                    assertEquals(e, a, what);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Field> columns(Class<?> type) {
        List<Field> result = new ArrayList<Field>();
        for (Field f : type.getDeclaredFields()) {
            Column c = f.getAnnotation(Column.class);
            if (c != null && !SettingsRow.KEY.equals(c.name())) {
                f.setAccessible(true);
                result.add(f);
            }
        }
        assertTrue(result.size() > 0, type + " has columns");
        return result;
    }

    @Test
    void theSettingsTablesAreNotMapped() {
        for (Class<?> c : Arrays.asList(PointsSettings.class, BirthdaySettings.class, ReferralSettings.class,
                ReviewSettings.class, InsightsSettings.class, RewardSettings.class, LifecycleSwitches.class)) {
            assertThrows(IllegalArgumentException.class, () -> em.getMetamodel().entity(c), c.getName());
        }
    }
}
