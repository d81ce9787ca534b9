package org.evergreenloyalty.reward;

/** What a catalogue reward gives: the kind of native store offer its claim creates. */
public enum RewardKind {
    /** A fixed amount off the order (value: the amount). */
    AMOUNT_OFF,
    /** A percentage off the order (value: the percent, 1-100). */
    PERCENT_OFF,
    /** The shipping of the order free. */
    FREE_SHIPPING,
    /** One unit of a chosen product free (the product must be in the cart). */
    FREE_PRODUCT
}
