package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.util.Date;

/**
 * The store's side of the birthday code (implemented on Broadleaf offers in the adapter): creates a
 * personal single-use discount code and tells whether a code was used on a placed order.
 */
public interface BirthdayOfferGateway {

    /**
     * Creates a discount code only {@code customerId} can use, once, from {@code validFrom} to
     * {@code validUntil}, taking part in the caller's transaction.
     *
     * @param minimumSubtotal the order subtotal it needs, or null/0 for none
     * @return the code the shopper types in
     */
    String createCode(long customerId, DiscountKind kind, BigDecimal value, BigDecimal minimumSubtotal,
                      Date validFrom, Date validUntil, String name);

    /**
     * Creates the codes of several customers at once (a page of the birthday job), each exactly as
     * {@link #createCode} makes it, named {@code names.get(customerId)}; returns the codes by customer id. This
     * default creates them one by one; an adapter writes the page's offers in a few batched statements.
     */
    default java.util.Map<Long, String> createCodes(java.util.Map<Long, String> names, DiscountKind kind, BigDecimal value,
                                                    BigDecimal minimumSubtotal, Date validFrom, Date validUntil) {
        java.util.Map<Long, String> codes = new java.util.LinkedHashMap<Long, String>();
        for (java.util.Map.Entry<Long, String> e : names.entrySet()) {
            codes.put(e.getKey(), createCode(e.getKey(), kind, value, minimumSubtotal, validFrom, validUntil, e.getValue()));
        }
        return codes;
    }

    /** The id of a placed order {@code code} was used on, or null when it has not been used. */
    Long orderUsing(String code);
}
