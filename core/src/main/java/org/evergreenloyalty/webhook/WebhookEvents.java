package org.evergreenloyalty.webhook;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The event types a webhook subscription can ask for (the {@code type} of each payload). Each is written to the
 * webhook outbox in the transaction of the business change it reports.
 */
public final class WebhookEvents {

    /** Points credited: an order's points (EARN) or a bonus (signup, referral, review, birthday). */
    public static final String POINTS_EARNED = "points.earned";
    /** Points spent (REDEEM). */
    public static final String POINTS_REDEEMED = "points.redeemed";
    /** Points that ran out of time (EXPIRE). */
    public static final String POINTS_EXPIRED = "points.expired";
    /** A manual adjustment (ADJUST) or a reversal after a cancel or return (REVERSE). */
    public static final String POINTS_ADJUSTED = "points.adjusted";
    /** A customer moved up or down a tier. */
    public static final String TIER_CHANGED = "tier.changed";
    /** A referral's friend placed a qualifying first order; the advocate's reward is due later. */
    public static final String REFERRAL_QUALIFIED = "referral.qualified";
    /** The advocate's reward of a referral was granted. */
    public static final String REFERRAL_REWARDED = "referral.rewarded";
    /** A customer submitted a product review. */
    public static final String REVIEW_SUBMITTED = "review.submitted";
    /** A review was approved (by an admin or automatically). */
    public static final String REVIEW_APPROVED = "review.approved";
    /** A birthday reward (code and/or bonus points) was issued. */
    public static final String BIRTHDAY_ISSUED = "birthday.issued";
    /** A reward of the rewards catalogue was claimed (declared for the catalogue; emitted by it). */
    public static final String REWARD_CLAIMED = "reward.claimed";
    /** The admin's "send test event"; sent to one subscription whatever events it asked for. */
    public static final String TEST = "webhook.test";
    /** A customer reached a milestone or completed a challenge (its points granted). */
    public static final String MILESTONE_REACHED = "milestone.reached";

    /** Every type a subscription can choose, in the order the admin lists them. */
    public static final List<String> ALL = Collections.unmodifiableList(Arrays.asList(POINTS_EARNED, POINTS_REDEEMED,
            POINTS_EXPIRED, POINTS_ADJUSTED, TIER_CHANGED, REFERRAL_QUALIFIED, REFERRAL_REWARDED, REVIEW_SUBMITTED,
            REVIEW_APPROVED, BIRTHDAY_ISSUED, REWARD_CLAIMED, MILESTONE_REACHED));

    private WebhookEvents() {
    }
}
