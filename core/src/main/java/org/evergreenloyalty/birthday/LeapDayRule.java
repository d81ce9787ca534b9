package org.evergreenloyalty.birthday;

/** The day a 29 February birthday is celebrated in years without that day (setting {@code evergreen.birthday.leapDayOn}). */
public enum LeapDayRule {
    /** On 28 February. */
    FEB_28,
    /** On 1 March. */
    MAR_1
}
