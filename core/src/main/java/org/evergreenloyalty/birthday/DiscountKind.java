package org.evergreenloyalty.birthday;

/** How the birthday code discounts an order. */
public enum DiscountKind {
    /** A percentage of the order subtotal. */
    PERCENT,
    /** A fixed amount of the store's currency. */
    AMOUNT
}
