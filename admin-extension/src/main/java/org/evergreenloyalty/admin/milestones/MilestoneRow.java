package org.evergreenloyalty.admin.milestones;

import org.evergreenloyalty.milestone.Challenge;
import org.evergreenloyalty.milestone.Milestone;
import org.evergreenloyalty.milestone.MilestoneTotals;

/** A milestone or challenge as Loyalty &gt; Milestones lists it: the definition and who reached it, with the points granted. */
public final class MilestoneRow {

    private final Milestone milestone;
    private final Challenge challenge;
    private final MilestoneTotals totals;

    private MilestoneRow(Milestone milestone, Challenge challenge, MilestoneTotals totals) {
        this.milestone = milestone;
        this.challenge = challenge;
        this.totals = totals == null ? MilestoneTotals.NONE : totals;
    }

    public static MilestoneRow of(Milestone m, MilestoneTotals totals) {
        return new MilestoneRow(m, null, totals);
    }

    public static MilestoneRow of(Challenge c, MilestoneTotals totals) {
        return new MilestoneRow(null, c, totals);
    }

    public Milestone getMilestone() { return milestone; }
    public Challenge getChallenge() { return challenge; }
    public MilestoneTotals getTotals() { return totals; }
    /** The goal as the admin reads it: a whole number, or an amount. */
    public String getThreshold() {
        return (milestone != null ? milestone.getThreshold() : challenge.getTarget()).stripTrailingZeros().toPlainString();
    }
}
