package org.evergreenloyalty.webhook;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.birthday.BirthdayListener;
import org.evergreenloyalty.birthday.BirthdayReward;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerListener;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.ClaimedReward;
import org.evergreenloyalty.points.RewardListener;
import org.evergreenloyalty.points.TierListener;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralListener;
import org.evergreenloyalty.referral.ReferralStatus;
import org.evergreenloyalty.review.ProductReview;
import org.evergreenloyalty.review.ReviewListener;

/**
 * Turns the engine's changes into webhook events (bean {@code evgWebhookEvents}, the listener of the ledger, tiers,
 * referrals, reviews, birthday rewards and claimed rewards): each is queued in the transaction of its change, and only when an
 * enabled subscription wants its type. Ledger entries: EARN and BONUS are {@code points.earned}, REDEEM
 * {@code points.redeemed}, EXPIRE {@code points.expired}, ADJUST and REVERSE {@code points.adjusted}; MATURE (pending
 * points becoming available, already announced when earned) is none.
 */
public class WebhookEventSources implements LedgerListener, TierListener, ReferralListener, ReviewListener, BirthdayListener,
        RewardListener {

    private final WebhookOutbox outbox;

    public WebhookEventSources(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void recorded(List<LedgerEntry> entries) {
        for (LedgerEntry e : entries) {
            String type = typeOf(e);
            if (type == null || !outbox.wanted(type)) {
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<String, Object>();
            data.put("customerId", e.getCustomerId());
            data.put("entryId", e.getId());
            data.put("entryType", e.getType().name());
            data.put("points", e.getAvailableDelta());
            data.put("pendingPoints", e.getPendingDelta());
            data.put("balance", e.getAvailableAfter());
            data.put("eventKey", e.getEventKey());
            data.put("sourceType", e.getSourceType());
            data.put("sourceId", e.getSourceId());
            data.put("reason", e.getReason());
            data.put("actor", e.getActor());
            data.put("at", e.getCreatedAt());
            outbox.publish(type, data);
        }
    }

    /** The event type of a ledger entry, or null for none. */
    static String typeOf(LedgerEntry e) {
        switch (e.getType()) {
            case EARN:
            case BONUS:
                return WebhookEvents.POINTS_EARNED;
            case REDEEM:
                return WebhookEvents.POINTS_REDEEMED;
            case EXPIRE:
                return WebhookEvents.POINTS_EXPIRED;
            case ADJUST:
            case REVERSE:
                return WebhookEvents.POINTS_ADJUSTED;
            default:
                return null;
        }
    }

    @Override
    public void tierChanged(long customerId, LoyaltyTier from, LoyaltyTier to, boolean upgrade, Date at) {
        if (!outbox.wanted(WebhookEvents.TIER_CHANGED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        data.put("customerId", customerId);
        data.put("from", tier(from));
        data.put("to", tier(to));
        data.put("direction", upgrade ? "up" : "down");
        data.put("at", at);
        outbox.publish(WebhookEvents.TIER_CHANGED, data);
    }

    private static Map<String, Object> tier(LoyaltyTier t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<String, Object>();
        m.put("id", t.getId());
        m.put("name", t.getName());
        m.put("threshold", t.getThreshold());
        return m;
    }

    @Override
    public void statusChanged(Referral r, ReferralStatus to) {
        String type = to == ReferralStatus.QUALIFIED ? WebhookEvents.REFERRAL_QUALIFIED
                : to == ReferralStatus.REWARDED ? WebhookEvents.REFERRAL_REWARDED : null;
        if (type == null || !outbox.wanted(type)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        data.put("referralId", r.getId());
        data.put("advocateId", r.getAdvocateId());
        data.put("friendId", r.getFriendId());
        data.put("orderId", r.getOrderId());
        data.put("orderNumber", r.getOrderNumber());
        data.put("status", to.name());
        data.put("rewardDueAt", r.getRewardDueAt());
        data.put("rewardKind", r.getRewardKind() == null ? null : r.getRewardKind().name());
        data.put("rewardPoints", r.getRewardPoints());
        outbox.publish(type, data);
    }

    @Override
    public void submitted(ProductReview review) {
        review(WebhookEvents.REVIEW_SUBMITTED, review);
    }

    @Override
    public void approved(ProductReview review) {
        review(WebhookEvents.REVIEW_APPROVED, review);
    }

    private void review(String type, ProductReview r) {
        if (!outbox.wanted(type)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        data.put("reviewId", r.getId());
        data.put("customerId", r.getCustomerId());
        data.put("productId", r.getProductId());
        data.put("productName", r.getProductName());
        data.put("orderId", r.getOrderId());
        data.put("rating", r.getRating());
        data.put("status", r.getStatus().name());
        data.put("decidedBy", r.getDecidedBy());
        data.put("rewardPoints", r.getRewardedAt() == null ? 0L : r.getRewardPoints());
        outbox.publish(type, data);
    }

    @Override
    public void issued(BirthdayReward reward) {
        if (!outbox.wanted(WebhookEvents.BIRTHDAY_ISSUED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        data.put("rewardId", reward.getId());
        data.put("customerId", reward.getCustomerId());
        data.put("year", reward.getYear());
        data.put("bonusPoints", reward.getBonusPoints());
        data.put("codeIssued", reward.getCode() != null);
        data.put("validUntil", reward.getValidUntil());
        outbox.publish(WebhookEvents.BIRTHDAY_ISSUED, data);
    }

    @Override
    public void claimed(ClaimedReward claim) {
        if (!outbox.wanted(WebhookEvents.REWARD_CLAIMED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        data.put("rewardId", claim.getId());
        data.put("customerId", claim.getCustomerId());
        data.put("kind", claim.getKind());
        data.put("points", claim.getPoints());
        data.put("amount", claim.getAmount());
        if (claim.getCatalogueRewardId() != null) {
            data.put("catalogueRewardId", claim.getCatalogueRewardId());
        }
        data.put("claimedAt", claim.getClaimedAt());
        data.put("validUntil", claim.getValidUntil());
        outbox.publish(WebhookEvents.REWARD_CLAIMED, data);
    }
}
