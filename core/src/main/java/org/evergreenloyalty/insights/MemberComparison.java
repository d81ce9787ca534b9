package org.evergreenloyalty.insights;

/**
 * Members against non-members in a period (repeat rate, orders per customer, average order value, revenue), and
 * the fairer estimate of the program's effect: members' own orders before and after joining, beside non-members
 * with a recent order before and after a reference date. Both sides carry their sample sizes: the estimate is an
 * estimate, not a measured effect.
 */
public final class MemberComparison {

    private final OrderFigures members;
    private final OrderFigures nonMembers;
    private final BeforeAfter joiners;
    private final BeforeAfter comparison;
    private final int windowDays;

    public MemberComparison(OrderFigures members, OrderFigures nonMembers, BeforeAfter joiners, BeforeAfter comparison,
                            int windowDays) {
        this.members = members;
        this.nonMembers = nonMembers;
        this.joiners = joiners;
        this.comparison = comparison;
        this.windowDays = windowDays;
    }

    public OrderFigures getMembers() { return members; }
    public OrderFigures getNonMembers() { return nonMembers; }
    /** Members who joined in the period, before and after joining. */
    public BeforeAfter getJoiners() { return joiners; }
    /** Non-members with an order before the reference date, before and after it. */
    public BeforeAfter getComparison() { return comparison; }
    /** Days of each window of the estimate. */
    public int getWindowDays() { return windowDays; }

    /**
     * The estimated lift: the joiners' relative change of orders minus the comparison group's; null when either
     * group had no orders before.
     */
    public Double getEstimatedLift() {
        Double j = joiners.getOrderChange();
        Double c = comparison.getOrderChange();
        return j == null || c == null ? null : Double.valueOf(j.doubleValue() - c.doubleValue());
    }
}
