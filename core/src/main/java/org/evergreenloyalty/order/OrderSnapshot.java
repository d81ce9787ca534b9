package org.evergreenloyalty.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A placed order's amounts and lines as checkout saw them, as one line of text for its {@link OrderEvent}, so the
 * worker books the order without loading it from the store again. One record per line ({@code \n}), fields separated
 * by tabs; the first record holds the e-mail, currency and the four amounts, each further one a line (order item,
 * product, name, category, quantity, amount). Text is escaped ({@code \\}, {@code \t}, {@code \n}, {@code \r}); null is
 * {@code \N}. An order whose text would exceed {@link #MAX_LENGTH} gets none and is loaded from the store.
 */
public final class OrderSnapshot {

    /** The longest text an event stores (its column's length). */
    public static final int MAX_LENGTH = 20000;

    private static final String VERSION = "1";
    private static final String NULL = "\\N";

    private OrderSnapshot() {
    }

    /** The text of {@code order}, or null when it has no amounts (nothing to describe) or its text is too long. */
    public static String encode(CompletedOrder order) {
        if (order.getTotal() == null || order.getItemSubtotal() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        record(b, VERSION, order.getCustomerEmail(), order.getCurrencyCode(), number(order.getItemSubtotal()),
                number(order.getShipping()), number(order.getTax()), number(order.getTotal()));
        for (CompletedOrder.Line l : order.getLines()) {
            b.append('\n');
            record(b, String.valueOf(l.getOrderItemId()), number(l.getProductId()), l.getProductName(), number(l.getCategoryId()),
                    String.valueOf(l.getQuantity()), number(l.getAmount()));
        }
        return b.length() > MAX_LENGTH ? null : b.toString();
    }

    /**
     * The order {@code text} describes, with the facts its event holds in columns of their own (no applied codes or
     * device: {@link OrderEvent#enrich} adds those); null for text of an unknown version.
     */
    public static CompletedOrder decode(long orderId, String orderNumber, long customerId, Date submittedAt, String text) {
        String[] records = text.split("\n", -1);
        List<String> head = fields(records[0]);
        if (!VERSION.equals(head.get(0))) {
            return null;
        }
        List<CompletedOrder.Line> lines = new ArrayList<CompletedOrder.Line>();
        for (int i = 1; i < records.length; i++) {
            List<String> f = fields(records[i]);
            lines.add(new CompletedOrder.Line(Long.parseLong(f.get(0)), id(f.get(1)), f.get(2), id(f.get(3)),
                    Integer.parseInt(f.get(4)), decimal(f.get(5))));
        }
        return new CompletedOrder(orderId, orderNumber, customerId, head.get(1), head.get(2), decimal(head.get(3)),
                decimal(head.get(4)), decimal(head.get(5)), decimal(head.get(6)), submittedAt, lines);
    }

    private static void record(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            escape(b, fields[i]);
        }
    }

    private static void escape(StringBuilder b, String s) {
        if (s == null) {
            b.append(NULL);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': b.append("\\\\"); break;
                case '\t': b.append("\\t"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                default: b.append(c);
            }
        }
    }

    /** The fields of one record, unescaped (null for {@code \N}). */
    private static List<String> fields(String record) {
        List<String> fields = new ArrayList<String>();
        for (String raw : record.split("\t", -1)) {
            fields.add(NULL.equals(raw) ? null : unescape(raw));
        }
        return fields;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String number(Object n) {
        return n == null ? null : n instanceof BigDecimal ? ((BigDecimal) n).toPlainString() : n.toString();
    }

    private static Long id(String s) {
        return s == null ? null : Long.valueOf(s);
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
