package org.evergreenloyalty.customevent;

import java.util.Date;

/**
 * A custom earning event rule defined in the admin: an event type ({@code newsletter-signup}), its label, the points it
 * grants and how often a customer may earn them ({@code limitCount} per {@link LimitPeriod}); inactive rules grant nothing.
 * A row of {@value CustomEventRepository#RULE_TABLE} (TYPE_KEY, LABEL, POINTS, LIMIT_COUNT, LIMIT_PERIOD, ACTIVE,
 * UPDATED_AT), read and written by {@link CustomEventRepository}.
 */
public class EarningEventRule {

    private final String type;
    private final String label;
    private final long points;
    private final int limitCount;
    private final LimitPeriod limitPeriod;
    private final boolean active;
    private final Date updatedAt;

    EarningEventRule(String type, String label, long points, int limitCount, LimitPeriod limitPeriod, boolean active,
                     Date updatedAt) {
        this.type = type;
        this.label = label;
        this.points = points;
        this.limitCount = limitCount;
        this.limitPeriod = limitPeriod;
        this.active = active;
        this.updatedAt = new Date(updatedAt.getTime());
    }

    /** The rule {@code input} describes, as saved at {@code at}. */
    static EarningEventRule of(RuleInput input, Date at) {
        return new EarningEventRule(input.getType(), input.getLabel().trim(), input.getPoints(), input.getLimitCount(),
                input.getLimitPeriod(), input.isActive(), at);
    }

    public String getType() { return type; }
    public String getLabel() { return label; }
    public long getPoints() { return points; }
    public int getLimitCount() { return limitCount; }
    public LimitPeriod getLimitPeriod() { return limitPeriod; }
    public boolean isActive() { return active; }
    public Date getUpdatedAt() { return new Date(updatedAt.getTime()); }
}
