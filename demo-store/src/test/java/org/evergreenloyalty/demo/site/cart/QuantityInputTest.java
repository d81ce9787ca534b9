package org.evergreenloyalty.demo.site.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuantityInputTest {

    @Test
    void acceptsOneToNinetyNine() {
        assertEquals(Integer.valueOf(1), QuantityInput.parse("1"));
        assertEquals(Integer.valueOf(99), QuantityInput.parse(" 99 "));
        assertEquals(Integer.valueOf(7), QuantityInput.parse("007"));
    }

    @Test
    void rejectsEverythingElse() {
        for (String bad : new String[] {null, "", " ", "0", "100", "-1", "1.5", "abc", "1e2", "99999999999"}) {
            assertNull(QuantityInput.parse(bad), "accepted '" + bad + "'");
        }
        assertEquals("Enter a quantity from 1 to 99.", QuantityInput.problem());
    }
}
