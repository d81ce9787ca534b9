package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The milestones every store has (seeded on first use, switched off so existing point totals do not change; the
 * admin or the demo store switches them on): first, 5th and 10th order, first review, first referral, a lifetime
 * spend of 1000 and one year of membership.
 */
public final class MilestoneDefaults {

    private MilestoneDefaults() {
    }

    /** Fresh, unsaved copies of the default milestones, in display order. */
    public static List<Milestone> all() {
        return Collections.unmodifiableList(Arrays.asList(
                m("first-order", MilestoneKind.ORDERS, "1", 50, 10),
                m("order-5", MilestoneKind.ORDERS, "5", 100, 20),
                m("order-10", MilestoneKind.ORDERS, "10", 250, 30),
                m("first-review", MilestoneKind.REVIEWS, "1", 25, 40),
                m("first-referral", MilestoneKind.REFERRALS, "1", 50, 50),
                m("spend-1000", MilestoneKind.SPEND, "1000", 200, 60),
                m("anniversary-1", MilestoneKind.ANNIVERSARY, "1", 100, 70)));
    }

    private static Milestone m(String code, MilestoneKind kind, String threshold, long points, int order) {
        return new Milestone(code, kind, new BigDecimal(threshold), points, false, order);
    }
}
