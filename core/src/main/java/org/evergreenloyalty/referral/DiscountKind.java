package org.evergreenloyalty.referral;

/** The kind of a referral discount code: a percentage or a fixed amount off the order. */
public enum DiscountKind {
    PERCENT,
    AMOUNT
}
