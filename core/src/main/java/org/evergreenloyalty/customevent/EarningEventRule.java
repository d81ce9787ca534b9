package org.evergreenloyalty.customevent;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A custom earning event rule defined in the admin: an event type ({@code newsletter-signup}), its label, the points it
 * grants and how often a customer may earn them ({@code limitCount} per {@link LimitPeriod}); inactive rules grant nothing.
 */
@Entity
@Table(name = "EVG_EARNING_EVENT_RULE")
public class EarningEventRule {

    @Id
    @Column(name = "TYPE_KEY", length = 60)
    private String type;
    @Column(name = "LABEL", nullable = false, length = 100)
    private String label;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "LIMIT_COUNT", nullable = false)
    private int limitCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "LIMIT_PERIOD", nullable = false, length = 10)
    private LimitPeriod limitPeriod;
    @Column(name = "ACTIVE", nullable = false)
    private boolean active;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    protected EarningEventRule() {
    }

    EarningEventRule(String type) {
        this.type = type;
    }

    /** Copies the editable values of a validated {@code input}. */
    void update(RuleInput input, Date at) {
        this.label = input.getLabel().trim();
        this.points = input.getPoints();
        this.limitCount = input.getLimitCount();
        this.limitPeriod = input.getLimitPeriod();
        this.active = input.isActive();
        this.updatedAt = new Date(at.getTime());
    }

    /** The event type key: lower-case letters and digits in dash-separated words. */
    public String getType() { return type; }
    public String getLabel() { return label; }
    public long getPoints() { return points; }
    /** How many events of this type a customer may earn points for within {@link #getLimitPeriod()}. */
    public int getLimitCount() { return limitCount; }
    public LimitPeriod getLimitPeriod() { return limitPeriod; }
    public boolean isActive() { return active; }
    public Date getUpdatedAt() { return new Date(updatedAt.getTime()); }
}
