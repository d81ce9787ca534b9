package org.evergreenloyalty.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.evergreenloyalty.test.OrderAssertions;
import org.junit.jupiter.api.Test;

/**
 * The text an order event carries of its order: whatever the names and amounts (tabs, line breaks, backslashes, the
 * null marker's own text, nulls), decoding gives back the order that was encoded; too long an order gets no text.
 */
class OrderSnapshotTest {

    @Property(tries = 300)
    void decodingGivesBackTheEncodedOrder(@ForAll("orders") CompletedOrder order) {
        String text = OrderSnapshot.encode(order);
        assertNotNull(text);
        CompletedOrder back = OrderSnapshot.decode(order.getOrderId(), order.getOrderNumber(), order.getCustomerId(),
                order.getSubmittedAt(), text);
        OrderAssertions.assertSameOrder(order, back);
        for (int i = 0; i < order.getLines().size(); i++) {
            assertEquals(order.getLines().get(i).getAmount(), back.getLines().get(i).getAmount(), "the scale is kept too");
        }
    }

    @Test
    void anOrderWithoutAmountsOrTooLongGetsNoText() {
        assertNull(OrderSnapshot.encode(order(null, Collections.<CompletedOrder.Line>emptyList())));
        List<CompletedOrder.Line> many = new ArrayList<CompletedOrder.Line>();
        for (int i = 0; i < 400; i++) {
            many.add(new CompletedOrder.Line(i, 7L, "A product with a long name, number " + i + " of four hundred lines",
                    3L, 1, new BigDecimal("9.99")));
        }
        assertNull(OrderSnapshot.encode(order(new BigDecimal("3996.00"), many)), "longer than " + OrderSnapshot.MAX_LENGTH);
        assertNotNull(OrderSnapshot.encode(order(new BigDecimal("9.99"), many.subList(0, 1))));
    }

    @Test
    void textOfAnotherVersionIsNotRead() {
        assertNull(OrderSnapshot.decode(1, "n", 2, new Date(0), "2\tx"));
    }

    private static CompletedOrder order(BigDecimal total, List<CompletedOrder.Line> lines) {
        return new CompletedOrder(1, "n", 2, "a@b.c", "USD", total, BigDecimal.ZERO, BigDecimal.ZERO, total, new Date(0), lines);
    }

    @Provide
    Arbitrary<CompletedOrder> orders() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().withChars("ab\t\n\r\\N é").ofMaxLength(12),
                Arbitraries.of("\\N", "\\", "", "\t", "\\t"), Arbitraries.just(null));
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999.99")).ofScale(2);
        Arbitrary<Long> id = Arbitraries.oneOf(Arbitraries.longs().between(1, Long.MAX_VALUE), Arbitraries.just(null));
        Arbitrary<CompletedOrder.Line> line = Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), id, text, id,
                Arbitraries.integers().between(1, 999), amount).as(CompletedOrder.Line::new);
        return Combinators.combine(text, text, amount, amount, line.list().ofMaxSize(6))
                .as((email, currency, subtotal, total, lines) -> new CompletedOrder(11, "N-1", 22, email, currency, subtotal,
                        null, BigDecimal.ONE, total, new Date(1700000000000L), lines));
    }
}
