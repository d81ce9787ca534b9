package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.util.Date;

/**
 * A switched-on milestone as one customer sees it: reached (with when and the points) or the progress towards it
 * ("3 of 5 orders").
 */
public final class BadgeProgress {

    private final Milestone milestone;
    private final BigDecimal current;
    private final Date reachedAt;

    public BadgeProgress(Milestone milestone, BigDecimal current, Date reachedAt) {
        this.milestone = milestone;
        this.current = current.min(milestone.getThreshold()).max(BigDecimal.ZERO);
        this.reachedAt = reachedAt == null ? null : new Date(reachedAt.getTime());
    }

    public Milestone getMilestone() { return milestone; }
    public String getCode() { return milestone.getCode(); }
    public String getNameKey() { return milestone.getNameKey(); }
    /** The message key of the progress line ({@code evergreen.milestone.progress.<kind>}). */
    public String getProgressKey() { return "evergreen.milestone.progress." + milestone.getKind().name().toLowerCase(); }
    public boolean isReached() { return reachedAt != null; }
    public Date getReachedAt() { return reachedAt == null ? null : new Date(reachedAt.getTime()); }
    public long getPoints() { return milestone.getPoints(); }
    /** Progress so far, never above the target. */
    public long getCurrent() { return current.longValue(); }
    public long getTarget() { return milestone.getThreshold().longValue(); }
    /** Progress in percent, 0 to 100. */
    public int getPercent() {
        return isReached() ? 100 : Progress.percent(current, milestone.getThreshold());
    }
}
