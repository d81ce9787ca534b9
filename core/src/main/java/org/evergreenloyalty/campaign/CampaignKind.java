package org.evergreenloyalty.campaign;

/** What a campaign does to the points of the lines it covers. */
public enum CampaignKind {
    /** Multiplies the ordinary points of each covered line (e.g. 2 = double points). */
    MULTIPLY,
    /** Adds a fixed number of points once per order that has a covered line. */
    ADD
}
