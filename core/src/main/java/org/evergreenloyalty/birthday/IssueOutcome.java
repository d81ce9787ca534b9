package org.evergreenloyalty.birthday;

/** What one issue attempt for one customer did. */
public final class IssueOutcome {

    /** The kinds of outcome. */
    public enum Kind {
        /** This call issued the reward. */
        ISSUED,
        /** The reward of that year exists already (issued before, or by a concurrent run that won). */
        ALREADY_ISSUED,
        /** No reward is due today for this birthday. */
        NOT_DUE,
        /** Due, but the birthday was entered or changed too shortly before (the 30-day guard). */
        TOO_RECENT,
        /** The customer no longer exists in the store. */
        NO_CUSTOMER,
        /** Birthday rewards are switched off. */
        DISABLED
    }

    private final Kind kind;
    private final Long rewardId;

    public IssueOutcome(Kind kind, Long rewardId) {
        this.kind = kind;
        this.rewardId = rewardId;
    }

    public Kind getKind() { return kind; }
    /** The reward issued (or found), or null. */
    public Long getRewardId() { return rewardId; }

    @Override
    public String toString() {
        return kind + (rewardId == null ? "" : " #" + rewardId);
    }
}
