package org.evergreenloyalty.birthday;

/** Where a birthday reward stands. */
public enum RewardStatus {
    /** Issued; the code can still be used (or the reward was points only). */
    ISSUED,
    /** The code was used on a placed order. */
    USED,
    /** The code's last valid day has passed unused. */
    EXPIRED
}
