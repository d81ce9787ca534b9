package org.evergreenloyalty.points;

/** How available points expire. */
public enum ExpiryMode {
    /** Points never expire. */
    NONE,
    /** Each batch expires a fixed number of days after it became available. */
    FIXED_AGE,
    /** All points expire a number of days after the customer's last earn or redeem. */
    INACTIVITY
}
