package org.evergreenloyalty.review;

/** How submitted reviews are moderated. Neither mode ever looks at the star rating. */
public enum ModerationMode {
    /** Every review waits as PENDING until an admin approves or rejects it. */
    MODERATE_ALL,
    /** Every review is approved at once (and rewarded); an admin can still reject it later. */
    AUTO_APPROVE
}
