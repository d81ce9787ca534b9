package org.evergreenloyalty.customevent;

import java.util.regex.Pattern;

/** An earning event rule as entered in the admin, before {@link #validate()}. */
public final class RuleInput {

    /** Type keys: lower-case letters and digits in words joined by single dashes, at most 60 characters. */
    public static final Pattern TYPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final long MAX_POINTS = 1_000_000;
    public static final int MAX_LIMIT = 1000;

    private final String type;
    private final String label;
    private final long points;
    private final int limitCount;
    private final LimitPeriod limitPeriod;
    private final boolean active;

    public RuleInput(String type, String label, long points, int limitCount, LimitPeriod limitPeriod, boolean active) {
        this.type = type == null ? null : type.trim();
        this.label = label;
        this.points = points;
        this.limitCount = limitCount;
        this.limitPeriod = limitPeriod;
        this.active = active;
    }

    /** Throws the first thing wrong, naming the field; returns this when all is well. */
    public RuleInput validate() {
        if (type == null || type.length() > 60 || !TYPE.matcher(type).matches()) {
            throw new CustomEventException("type", "customevent.error.type",
                    "The event type must be lower-case letters and digits in words joined by dashes (e.g. newsletter-signup), at most 60 characters.");
        }
        if (label == null || label.trim().isEmpty() || label.trim().length() > 100) {
            throw new CustomEventException("label", "customevent.error.label", "Give the rule a label of at most 100 characters.");
        }
        if (points < 1 || points > MAX_POINTS) {
            throw new CustomEventException("points", "customevent.error.points", "The points must be a whole number from 1 to " + MAX_POINTS + ".",
                    MAX_POINTS);
        }
        if (limitPeriod == null) {
            throw new CustomEventException("limitPeriod", "customevent.error.period", "Choose how often a customer may earn the points.");
        }
        if (limitCount < 1 || limitCount > MAX_LIMIT) {
            throw new CustomEventException("limitCount", "customevent.error.limit", "The limit must be a whole number from 1 to " + MAX_LIMIT + ".",
                    MAX_LIMIT);
        }
        return this;
    }

    public String getType() { return type; }
    public String getLabel() { return label; }
    public long getPoints() { return points; }
    public int getLimitCount() { return limitCount; }
    public LimitPeriod getLimitPeriod() { return limitPeriod; }
    public boolean isActive() { return active; }
}
