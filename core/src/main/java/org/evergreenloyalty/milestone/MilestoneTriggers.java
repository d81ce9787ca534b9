package org.evergreenloyalty.milestone;

import java.util.Date;
import java.util.EnumSet;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionListener;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralListener;
import org.evergreenloyalty.referral.ReferralStatus;
import org.evergreenloyalty.review.ProductReview;
import org.evergreenloyalty.review.ReviewListener;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.NoOpTransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where milestones and challenges learn of activity (bean {@code evgMilestoneTriggers}): a booked order (an
 * {@link OrderCompletionListener}, evaluated just before the booking commits, so the order's points row exists), an approved review
 * and a rewarded referral (a {@link ReviewListener}/{@link ReferralListener} in front of the one that was there, the
 * webhooks, which still hears everything). Each runs in the transaction of its event.
 */
public class MilestoneTriggers implements OrderCompletionListener, ReviewListener, ReferralListener {

    private final MilestoneGrants grants;
    private final Clock clock;
    private ReviewListener nextReviewListener;
    private ReferralListener nextReferralListener;

    public MilestoneTriggers(MilestoneGrants grants, Clock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    /** The review listener that also hears every review event (optional). */
    public void setNextReviewListener(ReviewListener next) {
        this.nextReviewListener = next;
    }

    /** The referral listener that also hears every change (optional). */
    public void setNextReferralListener(ReferralListener next) {
        this.nextReferralListener = next;
    }

    /**
     * Evaluates the order's milestones just before its transaction commits, when every order listener has run (the
     * points listener's row of the order exists whatever the order of the listeners), still inside that transaction.
     */
    @Override
    public void orderCompleted(CompletedOrder order) {
        Runnable evaluate = () -> grants.evaluate(order.getCustomerId(), MilestoneGrants.orderKinds(), order.getOrderId(),
                order.getSubmittedAt() == null ? clock.now() : order.getSubmittedAt());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evaluate.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new NoOpTransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                evaluate.run();
            }
        });
    }

    @Override
    public void submitted(ProductReview review) {
        if (nextReviewListener != null) {
            nextReviewListener.submitted(review);
        }
    }

    @Override
    public void approved(ProductReview review) {
        if (review.getCustomerId() != null) {
            Date at = review.getSubmittedAt() == null ? clock.now() : review.getSubmittedAt();
            grants.evaluate(review.getCustomerId(), EnumSet.of(MilestoneKind.REVIEWS), null, at);
        }
        if (nextReviewListener != null) {
            nextReviewListener.approved(review);
        }
    }

    @Override
    public void statusChanged(Referral referral, ReferralStatus to) {
        if (to == ReferralStatus.REWARDED && referral.getAdvocateId() != null) {
            Date at = referral.getRewardedAt() == null ? clock.now() : referral.getRewardedAt();
            grants.evaluate(referral.getAdvocateId(), EnumSet.of(MilestoneKind.REFERRALS), null, at);
        }
        if (nextReferralListener != null) {
            nextReferralListener.statusChanged(referral, to);
        }
    }
}
