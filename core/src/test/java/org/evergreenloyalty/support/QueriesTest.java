package org.evergreenloyalty.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link Queries#padded}: list parameters come in few lengths and still name exactly the same values. */
class QueriesTest {

    @Test
    void aListIsPaddedToTheNextPowerOfTwoWithItsLastValue() {
        assertEquals(Collections.emptyList(), Queries.padded(Collections.<Long>emptyList()));
        assertEquals(Arrays.asList(7L), Queries.padded(Arrays.asList(7L)));
        assertEquals(Arrays.asList(7L, 8L), Queries.padded(Arrays.asList(7L, 8L)));
        assertEquals(Arrays.asList(7L, 8L, 9L, 9L), Queries.padded(Arrays.asList(7L, 8L, 9L)));
        assertEquals(Arrays.asList(1L, 2L, 3L, 4L, 5L, 5L, 5L, 5L), Queries.padded(Arrays.asList(1L, 2L, 3L, 4L, 5L)));
        assertEquals(64, Queries.padded(numbers(50)).size());
        assertEquals(512, Queries.padded(numbers(500)).size());
    }

    @Test
    void batchesOfOneToFiftyComeInSevenLengths() {
        java.util.Set<Integer> lengths = new HashSet<Integer>();
        for (int n = 1; n <= 50; n++) {
            lengths.add(Queries.padded(numbers(n)).size());
        }
        assertEquals(new HashSet<Integer>(Arrays.asList(1, 2, 4, 8, 16, 32, 64)), lengths);
    }

    @Property
    void aPaddedListStartsWithTheValuesAndAddsNoOtherValue(@ForAll @IntRange(min = 0, max = 1100) int n) {
        List<Long> values = numbers(n);
        List<Long> padded = Queries.padded(values);
        assertEquals(values, padded.subList(0, n), "the values come first, in their order");
        assertEquals(new HashSet<Long>(values), new HashSet<Long>(padded), "no value is added or lost");
        assertTrue(padded.size() >= n && padded.size() < Math.max(2, 2 * n), "length " + padded.size() + " for " + n);
        assertEquals(0, padded.size() & (padded.size() - 1), "a power of two (or empty): " + padded.size());
    }

    private static List<Long> numbers(int n) {
        List<Long> list = new ArrayList<Long>();
        for (long i = 0; i < n; i++) {
            list.add(1000 + i * 3);
        }
        return list;
    }
}
