package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/**
 * A time-boxed challenge defined in the admin ("review 3 products in March"): a goal counted between its first and
 * last day (ISO days in the milestones' time zone, both inclusive) and the points it grants, once per customer. A row
 * of {@value MilestoneRepository#CHALLENGE_TABLE} (CHALLENGE_ID, NAME, GOAL, TARGET, POINTS, START_DAY, END_DAY,
 * ENABLED, CREATED_AT, CREATED_BY), read and written by {@link MilestoneRepository}.
 */
public class Challenge {

    private final long id;
    private final String name;
    private final ChallengeGoal goal;
    private final BigDecimal target;
    private final long points;
    private final String startDay;
    private final String endDay;
    private final boolean enabled;
    private final Date createdAt;
    private final String createdBy;

    Challenge(long id, String name, ChallengeGoal goal, BigDecimal target, long points, String startDay, String endDay,
              boolean enabled, Date createdAt, String createdBy) {
        this.id = id;
        this.name = name;
        this.goal = goal;
        this.target = target;
        this.points = points;
        this.startDay = startDay;
        this.endDay = endDay;
        this.enabled = enabled;
        this.createdAt = new Date(createdAt.getTime());
        this.createdBy = createdBy;
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public ChallengeGoal getGoal() { return goal; }
    public BigDecimal getTarget() { return target; }
    public long getPoints() { return points; }
    public String getStartDay() { return startDay; }
    public String getEndDay() { return endDay; }
    public LocalDate getFirstDay() { return LocalDate.parse(startDay); }
    public LocalDate getLastDay() { return LocalDate.parse(endDay); }
    public boolean isEnabled() { return enabled; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public String getCreatedBy() { return createdBy; }

    /** Whether {@code day} is one of the challenge's days. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(getFirstDay()) && !day.isAfter(getLastDay());
    }

    /** The ledger event key of this challenge's grant to {@code customerId}. */
    public String eventKey(long customerId) {
        return "challenge:" + id + ":" + customerId;
    }
}
