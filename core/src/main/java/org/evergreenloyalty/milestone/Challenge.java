package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A time-boxed challenge defined in the admin ("review 3 products in March"): a goal counted between its first and
 * last day (ISO days in the milestones' time zone, both inclusive) and the points it grants, once per customer.
 */
@Entity
@Table(name = "EVG_CHALLENGE")
public class Challenge {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgChallengeId")
    @TableGenerator(name = "EvgChallengeId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "EvgChallenge", allocationSize = 10)
    @Column(name = "CHALLENGE_ID")
    private Long id;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "GOAL", length = 20, nullable = false)
    private ChallengeGoal goal;
    @Column(name = "TARGET", precision = 19, scale = 5, nullable = false)
    private BigDecimal target;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "START_DAY", length = 10, nullable = false)
    private String startDay;
    @Column(name = "END_DAY", length = 10, nullable = false)
    private String endDay;
    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;
    @Column(name = "CREATED_BY", length = 100)
    private String createdBy;

    protected Challenge() {
    }

    Challenge(Date createdAt, String createdBy) {
        this.createdAt = new Date(createdAt.getTime());
        this.createdBy = createdBy;
        this.enabled = true;
    }

    void apply(ChallengeDraft.Checked c) {
        this.name = c.name;
        this.goal = c.goal;
        this.target = c.target;
        this.points = c.points;
        this.startDay = c.startDay.toString();
        this.endDay = c.endDay.toString();
    }

    public Long getId() { return id; }
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

    void setEnabled(boolean enabled) { this.enabled = enabled; }

    /** Whether {@code day} is one of the challenge's days. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(getFirstDay()) && !day.isAfter(getLastDay());
    }

    /** The ledger event key of this challenge's grant to {@code customerId}. */
    public String eventKey(long customerId) {
        return "challenge:" + id + ":" + customerId;
    }
}
