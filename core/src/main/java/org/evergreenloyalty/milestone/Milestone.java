package org.evergreenloyalty.milestone;

import java.math.BigDecimal;

/**
 * One milestone of the program (a badge): its code (e.g. {@code order-5}, also its name's message key
 * {@code evergreen.milestone.name.<code>}), what it counts and from which value on it is reached, the points it
 * grants, whether it is on. The set is seeded by {@link MilestoneDefaults}; the admin switches and prices them. A row
 * of {@value MilestoneRepository#TABLE} (CODE, KIND, THRESHOLD, POINTS, ENABLED, SORT_ORDER), read and written by
 * {@link MilestoneRepository}.
 */
public class Milestone {

    private final String code;
    private final MilestoneKind kind;
    private final BigDecimal threshold;
    private final long points;
    private final boolean enabled;
    private final int sortOrder;

    public Milestone(String code, MilestoneKind kind, BigDecimal threshold, long points, boolean enabled, int sortOrder) {
        this.code = code;
        this.kind = kind;
        this.threshold = threshold;
        this.points = points;
        this.enabled = enabled;
        this.sortOrder = sortOrder;
    }

    public String getCode() { return code; }
    public MilestoneKind getKind() { return kind; }
    public BigDecimal getThreshold() { return threshold; }
    public long getPoints() { return points; }
    public boolean isEnabled() { return enabled; }
    public int getSortOrder() { return sortOrder; }
    /** The message key of the badge's name. */
    public String getNameKey() { return "evergreen.milestone.name." + code; }

    /** This milestone granting {@code newPoints}. */
    Milestone withPoints(long newPoints) {
        return new Milestone(code, kind, threshold, newPoints, enabled, sortOrder);
    }

    /** The ledger event key of this milestone's first grant to {@code customerId}. */
    public String eventKey(long customerId) {
        return "milestone:" + code + ":" + customerId;
    }
}
