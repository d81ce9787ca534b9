package org.evergreenloyalty.referral;

import java.text.DateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCancellationHandler;
import org.evergreenloyalty.order.OrderCompletionListener;
import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves referrals on with the friend's orders. The first order of a referred friend qualifies a PENDING
 * referral (reward due after the approval period) unless a first-order fraud rule flags it; the friend's
 * welcome code is retired if that order did not use it (first order only). A first order whose item subtotal is
 * below the minimum qualifying order value rejects the referral (the reward is for the first order only, so a
 * small self-made order cannot farm it). A cancelled first order rejects
 * the referral, or, if the reward was granted already, reverses it.
 */
public class ReferralOrderListener implements OrderCompletionListener, OrderCancellationHandler {

    private static final Log LOG = LogFactory.getLog(ReferralOrderListener.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final ReferralRepository repository;

    private final TransactionTemplate newTx;
    private final ReferralSettingsService settings;
    private final ReferralFraudRules fraud;
    private final ReferralRewardService rewards;
    private final ReferralOffers offers;
    private final ReferralNotifier notifier;
    private final ReferralService referrals;
    private final CurrentVisitor visitor;
    private final VisitorHasher hasher;
    private final Clock clock;

    public ReferralOrderListener(PlatformTransactionManager txm, ReferralRepository repository, ReferralSettingsService settings, ReferralFraudRules fraud,
                                 ReferralRewardService rewards, ReferralOffers offers, ReferralNotifier notifier,
                                 ReferralService referrals, CurrentVisitor visitor, VisitorHasher hasher, Clock clock) {
        this.repository = repository;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.fraud = fraud;
        this.rewards = rewards;
        this.offers = offers;
        this.notifier = notifier;
        this.referrals = referrals;
        this.visitor = visitor;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Looks for the batch's referred friends in one query and moves on the referral of each order one of them placed,
     * one after the other (a friend may have two orders in the batch: the first one qualifies).
     */
    @Override
    public void ordersCompleted(List<CompletedOrder> orders) {
        java.util.Set<Long> customers = new java.util.HashSet<Long>();
        orders.forEach(o -> customers.add(o.getCustomerId()));
        java.util.Set<Long> referred = repository.friendsAmong(customers);
        orders.stream().filter(o -> referred.contains(o.getCustomerId())).forEach(o -> {
            orderCompleted(o);
            em.flush();
        });
    }

    /**
     * Runs inside the order-processing transaction (the order event worker's, after checkout committed): the
     * device is the one checkout recorded with the order (keyed hashes), else the current request's.
     */
    @Override
    public void orderCompleted(CompletedOrder order) {
        final Referral r = repository.byFriend(order.getCustomerId());
        if (r == null) {
            return;
        }
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        final String welcomeCode = r.getFriendCode();
        if (r.getOrderId() != null || r.getStatus() == ReferralStatus.REJECTED || r.getStatus() == ReferralStatus.REWARDED) {
            retireUnusedAfterCommit(welcomeCode);
            return;
        }
        String ipHash = order.getIpHash();
        String userAgentHash = order.getUserAgentHash();
        if (ipHash == null && userAgentHash == null) {
            Visitor atCheckout = visitor.get();
            ipHash = hasher.ip(atCheckout.getIp());
            userAgentHash = hasher.userAgent(atCheckout.getUserAgent());
        }
        referrals.seenHashed(r.getFriendId(), ipHash, userAgentHash, DefaultReferralService.SEEN_ORDER);
        ReferralSettings s = settings.current();
        Date now = clock.now();
        Date orderedAt = order.getSubmittedAt() == null ? now : order.getSubmittedAt();
        r.firstOrder(order.getOrderId(), order.getOrderNumber(), orderedAt, order.getItemSubtotal());
        Date due = new Date(orderedAt.getTime() + s.getApprovalDays() * ReferralFraudRules.DAY);
        r.rewardDue(due);
        List<String> reasons = fraud.atFirstOrder(s, r, order.getOrderId(), ipHash, userAgentHash);
        String what = "First order " + (order.getOrderNumber() == null ? order.getOrderId() : order.getOrderNumber())
                + " placed (item subtotal " + (order.getItemSubtotal() == null ? "?" : order.getItemSubtotal().toPlainString()) + ")";
        java.math.BigDecimal minimum = s.getQualifyingMinimumSubtotal();
        if (minimum.signum() > 0 && (order.getItemSubtotal() == null || order.getItemSubtotal().compareTo(minimum) < 0)) {
            rewards.decide(r, ReferralStatus.REJECTED, what + ": below the minimum qualifying order value "
                    + minimum.stripTrailingZeros().toPlainString() + ", no reward", ReferralDecision.SYSTEM, now);
        } else if (r.getStatus() == ReferralStatus.FLAGGED) {
            rewards.decide(r, ReferralStatus.FLAGGED, what + "; still waiting for review"
                    + (reasons.isEmpty() ? "" : "; also: " + DefaultReferralService.join(reasons)), ReferralDecision.SYSTEM, now);
        } else if (!reasons.isEmpty()) {
            rewards.decide(r, ReferralStatus.FLAGGED, what + "; flagged: " + DefaultReferralService.join(reasons),
                    ReferralDecision.SYSTEM, now);
        } else {
            rewards.decide(r, ReferralStatus.QUALIFIED, what + "; reward due on "
                    + DateFormat.getDateInstance(DateFormat.MEDIUM, Locale.US).format(due), ReferralDecision.SYSTEM, now);
            final Referral qualified = r;
            AfterCommit.run(new Runnable() {
                @Override
                public void run() {
                    try {
                        notifier.friendOrdered(qualified);
                    } catch (RuntimeException e) {
                        LOG.warn("'Friend ordered' e-mail for " + qualified + " failed: " + e.getMessage());
                    }
                }
            });
        }
        retireUnusedAfterCommit(welcomeCode);
    }

    private void retireUnusedAfterCommit(final String welcomeCode) {
        if (welcomeCode == null) {
            return;
        }
        rewards.afterCommitInNewTransaction(new Runnable() {
            @Override
            public void run() {
                if (!offers.isUsed(welcomeCode)) {
                    offers.retire(welcomeCode);
                }
            }
        });
    }

    /** Runs after the order's own transaction committed; repeats do nothing. */
    @Override
    public void orderCancelled(final long orderId) {
        cancelled(orderId, "The friend's first order was cancelled", ReferralDecision.SYSTEM);
    }

    /**
     * Treats the friend's first order as gone (cancelled or fully returned): a referral not yet rewarded is
     * rejected, a rewarded one has its reward reversed.
     *
     * @return whether a referral changed
     */
    public boolean cancelled(final long orderId, final String why, final String actor) {
        return newTx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                Referral r = repository.byOrder(orderId);
                if (r == null) {
                    return false;
                }
                em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
                Date now = clock.now();
                String label = ReferralRewardService.label(r);
                switch (r.getStatus()) {
                    case REWARDED:
                        rewards.reverse(r, why + " (" + label + ") after the reward was granted", actor);
                        return true;
                    case QUALIFIED:
                    case FLAGGED:
                    case PENDING:
                        rewards.decide(r, ReferralStatus.REJECTED, why + " (" + label + ") before the reward was granted: no reward",
                                actor, now);
                        return true;
                    default:
                        return false;
                }
            }
        });
    }
}
