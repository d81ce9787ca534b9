package org.evergreenloyalty.pointsimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The ADD and SET arithmetic for any balance and any points. */
class ImportArithmeticPropertiesTest {

    @Property
    void setReachesTheGivenBalanceOrRefusesANegativeOne(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long balance,
                                                       @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long points) {
        Long after = ImportArithmetic.newBalance(ImportMode.SET, points, balance);
        if (points < 0) {
            assertNull(after);
        } else {
            assertEquals(points, after.longValue());
        }
    }

    @Property
    void addPostsThePointsAndNeverTakesABalanceBelowZero(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long balance,
                                                        @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long points) {
        Long after = ImportArithmetic.newBalance(ImportMode.ADD, points, balance);
        if (points < 0 && balance + points < 0) {
            assertNull(after);
        } else {
            assertEquals(balance + points, after.longValue());
            assertTrue(after >= 0 || points >= 0, "only a credit may leave a debt (smaller) behind");
        }
    }

    @Property
    void setToTheCurrentBalanceMovesNothing(@ForAll @LongRange(min = 0, max = 1_000_000) long balance) {
        assertEquals(balance, ImportArithmetic.newBalance(ImportMode.SET, balance, balance).longValue());
    }
}
