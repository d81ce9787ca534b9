package org.evergreenloyalty.api;

/** {@code GET me/referral}: the advocate's code and link, whether the programme is open, and their numbers. */
public final class ReferralView {

    private final String code;
    private final String displayCode;
    private final String link;
    private final boolean enabled;
    private final Stats stats;

    public ReferralView(String code, String displayCode, String link, boolean enabled, Stats stats) {
        this.code = code;
        this.displayCode = displayCode;
        this.link = link;
        this.enabled = enabled;
        this.stats = stats;
    }

    public String getCode() { return code; }
    /** The code in two groups for reading, e.g. K7M3Q-X9PAB. */
    public String getDisplayCode() { return displayCode; }
    public String getLink() { return link; }
    public boolean isEnabled() { return enabled; }
    public Stats getStats() { return stats; }

    /** Invitations sent, friends who signed up, ordered, were rewarded or are pending, and points earned. */
    public static final class Stats {
        private final long invited;
        private final long signedUp;
        private final long ordered;
        private final long rewarded;
        private final long pending;
        private final long pointsEarned;

        public Stats(long invited, long signedUp, long ordered, long rewarded, long pending, long pointsEarned) {
            this.invited = invited;
            this.signedUp = signedUp;
            this.ordered = ordered;
            this.rewarded = rewarded;
            this.pending = pending;
            this.pointsEarned = pointsEarned;
        }

        public long getInvited() { return invited; }
        public long getSignedUp() { return signedUp; }
        public long getOrdered() { return ordered; }
        public long getRewarded() { return rewarded; }
        public long getPending() { return pending; }
        public long getPointsEarned() { return pointsEarned; }
    }
}
