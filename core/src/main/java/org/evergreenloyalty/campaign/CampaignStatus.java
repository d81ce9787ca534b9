package org.evergreenloyalty.campaign;

/** Where a campaign stands at a given moment. */
public enum CampaignStatus {
    /** Its first day has not begun yet. */
    UPCOMING,
    /** It applies to orders placed now. */
    RUNNING,
    /** Its last day is over, or an administrator ended it. */
    ENDED
}
