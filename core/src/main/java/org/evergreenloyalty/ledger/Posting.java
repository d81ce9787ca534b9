package org.evergreenloyalty.ledger;

import java.util.Date;

/**
 * A request to record one business event in the ledger. Built with {@link #builder}; validated on
 * {@link Builder#build()} so a malformed posting never reaches the database.
 */
public final class Posting {

    /** Who acts when nobody in particular does: jobs and checkout. */
    public static final String SYSTEM = "system";

    private final long customerId;
    private final EntryType type;
    private final long availableDelta;
    private final long pendingDelta;
    private final long earnedDelta;
    private final String eventKey;
    private final String sourceType;
    private final String sourceId;
    private final String reason;
    private final String actor;
    private final boolean allowNegative;
    private final Date lotExpiresAt;

    private Posting(Builder b) {
        this.customerId = b.customerId;
        this.type = b.type;
        this.availableDelta = b.availableDelta;
        this.pendingDelta = b.pendingDelta;
        this.earnedDelta = b.earnedDelta;
        this.eventKey = b.eventKey;
        this.sourceType = b.sourceType;
        this.sourceId = b.sourceId;
        this.reason = b.reason;
        this.actor = b.actor;
        this.allowNegative = b.allowNegative;
        this.lotExpiresAt = b.lotExpiresAt;
    }

    /** Starts a posting of {@code type} for {@code customerId}, identified by the unique {@code eventKey}. */
    public static Builder builder(long customerId, EntryType type, String eventKey) {
        return new Builder(customerId, type, eventKey);
    }

    public long getCustomerId() { return customerId; }
    public EntryType getType() { return type; }
    public long getAvailableDelta() { return availableDelta; }
    public long getPendingDelta() { return pendingDelta; }
    public long getEarnedDelta() { return earnedDelta; }
    public String getEventKey() { return eventKey; }
    public String getSourceType() { return sourceType; }
    public String getSourceId() { return sourceId; }
    public String getReason() { return reason; }
    public String getActor() { return actor; }
    /** Whether this posting may take the available balance below zero (reversals of spent points). */
    public boolean isAllowNegative() { return allowNegative; }
    /** When the points this posting makes available expire (null: never, or decided by the account's activity). */
    public Date getLotExpiresAt() { return lotExpiresAt == null ? null : new Date(lotExpiresAt.getTime()); }

    /** Fluent builder of a {@link Posting}. */
    public static final class Builder {
        private final long customerId;
        private final EntryType type;
        private final String eventKey;
        private long availableDelta;
        private long pendingDelta;
        private long earnedDelta;
        private String sourceType;
        private String sourceId;
        private String reason;
        private String actor = SYSTEM;
        private boolean allowNegative;
        private Date lotExpiresAt;

        private Builder(long customerId, EntryType type, String eventKey) {
            this.customerId = customerId;
            this.type = type;
            this.eventKey = eventKey;
        }

        public Builder available(long delta) { this.availableDelta = delta; return this; }
        public Builder pending(long delta) { this.pendingDelta = delta; return this; }
        public Builder earned(long delta) { this.earnedDelta = delta; return this; }
        public Builder source(String type, Object id) { this.sourceType = type; this.sourceId = id == null ? null : String.valueOf(id); return this; }
        public Builder reason(String reason) { this.reason = reason; return this; }
        public Builder actor(String actor) { this.actor = actor; return this; }
        public Builder allowNegative(boolean allow) { this.allowNegative = allow; return this; }
        public Builder lotExpiresAt(Date at) { this.lotExpiresAt = at == null ? null : new Date(at.getTime()); return this; }

        /** Validates and builds; throws {@link IllegalArgumentException} with a clear message when malformed. */
        public Posting build() {
            if (customerId <= 0) {
                throw new IllegalArgumentException("A posting needs a customer id, got " + customerId);
            }
            if (type == null) {
                throw new IllegalArgumentException("A posting needs an entry type");
            }
            if (eventKey == null || eventKey.trim().isEmpty()) {
                throw new IllegalArgumentException("A posting needs an event key that names the business event");
            }
            if (eventKey.length() > 160) {
                throw new IllegalArgumentException("Event key longer than 160 characters: " + eventKey);
            }
            if (availableDelta == 0 && pendingDelta == 0 && earnedDelta == 0) {
                throw new IllegalArgumentException("A posting must move at least one balance (" + eventKey + ")");
            }
            if (actor == null || actor.trim().isEmpty()) {
                throw new IllegalArgumentException("A posting needs an actor");
            }
            if (type == EntryType.ADJUST && (reason == null || reason.trim().isEmpty())) {
                throw new IllegalArgumentException("A manual adjustment needs a reason");
            }
            if (reason != null && reason.length() > 500) {
                throw new IllegalArgumentException("Reason longer than 500 characters");
            }
            return new Posting(this);
        }
    }
}
