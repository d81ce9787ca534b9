package org.evergreenloyalty.milestone;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One milestone of the program (a badge): its code (e.g. {@code order-5}, also its name's message key
 * {@code evergreen.milestone.name.<code>}), what it counts and from which value on it is reached, the points it
 * grants, whether it is on. The set is seeded by {@link MilestoneDefaults}; the admin switches and prices them.
 */
@Entity
@Table(name = "EVG_MILESTONE")
public class Milestone {

    @Id
    @Column(name = "CODE", length = 40)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private MilestoneKind kind;
    @Column(name = "THRESHOLD", precision = 19, scale = 5, nullable = false)
    private BigDecimal threshold;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    protected Milestone() {
    }

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

    void setPoints(long points) { this.points = points; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }

    /** The ledger event key of this milestone's first grant to {@code customerId}. */
    public String eventKey(long customerId) {
        return "milestone:" + code + ":" + customerId;
    }
}
