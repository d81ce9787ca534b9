package org.evergreenloyalty.milestone;

import java.math.BigDecimal;

/** A running challenge as one customer sees it: progress towards its goal and whether its points were granted. */
public final class ChallengeProgress {

    private final Challenge challenge;
    private final BigDecimal current;
    private final boolean completed;

    public ChallengeProgress(Challenge challenge, BigDecimal current, boolean completed) {
        this.challenge = challenge;
        this.current = current.min(challenge.getTarget()).max(BigDecimal.ZERO);
        this.completed = completed;
    }

    public Challenge getChallenge() { return challenge; }
    public long getId() { return challenge.getId(); }
    public String getName() { return challenge.getName(); }
    /** The message key of the progress line ({@code evergreen.milestone.progress.<goal>}). */
    public String getProgressKey() { return "evergreen.milestone.progress." + challenge.getGoal().name().toLowerCase(); }
    public boolean isCompleted() { return completed; }
    public long getPoints() { return challenge.getPoints(); }
    public long getCurrent() { return current.longValue(); }
    public long getTarget() { return challenge.getTarget().longValue(); }
    public java.util.Date getLastDayDate() { return java.sql.Date.valueOf(challenge.getLastDay()); }
    /** Progress in percent, 0 to 100. */
    public int getPercent() {
        return completed ? 100 : Progress.percent(current, challenge.getTarget());
    }
}
