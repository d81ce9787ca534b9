package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A challenge as the admin's form sends it: every field text, checked by {@link ChallengeValidator}. */
public class ChallengeDraft {

    private String name;
    private String goal;
    private String target;
    private String points;
    private String startDay;
    private String endDay;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String startDay) { this.startDay = startDay; }
    public String getEndDay() { return endDay; }
    public void setEndDay(String endDay) { this.endDay = endDay; }

    /** The draft of an existing challenge, for its edit form. */
    public static ChallengeDraft of(Challenge c) {
        ChallengeDraft d = new ChallengeDraft();
        d.name = c.getName();
        d.goal = c.getGoal().name();
        d.target = c.getTarget().stripTrailingZeros().toPlainString();
        d.points = String.valueOf(c.getPoints());
        d.startDay = c.getStartDay();
        d.endDay = c.getEndDay();
        return d;
    }

    /** A draft that passed validation, as typed values. */
    static final class Checked {
        final String name;
        final ChallengeGoal goal;
        final BigDecimal target;
        final long points;
        final LocalDate startDay;
        final LocalDate endDay;

        Checked(String name, ChallengeGoal goal, BigDecimal target, long points, LocalDate startDay, LocalDate endDay) {
            this.name = name;
            this.goal = goal;
            this.target = target;
            this.points = points;
            this.startDay = startDay;
            this.endDay = endDay;
        }
    }
}
