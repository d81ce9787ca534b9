package org.evergreenloyalty.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.evergreenloyalty.order.CompletedOrder;

/** Asserts that two views of an order (read twice, or written and read back) are the same order. */
public final class OrderAssertions {

    private OrderAssertions() {
    }

    /** The same order: ids, number, customer, e-mail, currency, submit time, codes, the four amounts and every line. */
    public static void assertSameOrder(CompletedOrder expected, CompletedOrder got) {
        assertEquals(expected.getOrderId(), got.getOrderId());
        assertEquals(expected.getOrderNumber(), got.getOrderNumber());
        assertEquals(expected.getCustomerId(), got.getCustomerId());
        assertEquals(expected.getCustomerEmail(), got.getCustomerEmail());
        assertEquals(expected.getCurrencyCode(), got.getCurrencyCode());
        assertEquals(expected.getSubmittedAt(), got.getSubmittedAt());
        assertEquals(expected.getAppliedCodes(), got.getAppliedCodes());
        assertSameAmount("total", expected.getTotal(), got.getTotal());
        assertSameAmount("item subtotal", expected.getItemSubtotal(), got.getItemSubtotal());
        assertSameAmount("shipping", expected.getShipping(), got.getShipping());
        assertSameAmount("tax", expected.getTax(), got.getTax());
        assertEquals(expected.getLines().size(), got.getLines().size(), "lines");
        for (int i = 0; i < expected.getLines().size(); i++) {
            CompletedOrder.Line a = expected.getLines().get(i);
            CompletedOrder.Line b = got.getLines().get(i);
            assertEquals(a.getOrderItemId(), b.getOrderItemId());
            assertEquals(a.getProductId(), b.getProductId());
            assertEquals(a.getProductName(), b.getProductName());
            assertEquals(a.getCategoryId(), b.getCategoryId());
            assertEquals(a.getQuantity(), b.getQuantity());
            assertSameAmount("line " + i, a.getAmount(), b.getAmount());
        }
    }

    private static void assertSameAmount(String what, BigDecimal expected, BigDecimal got) {
        assertTrue(expected == null ? got == null : got != null && expected.compareTo(got) == 0,
                what + ": " + expected + " vs " + got);
    }
}
