package org.evergreenloyalty.referral;

import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The advocate's reward: granted (points through the ledger, or a personal code) once a QUALIFIED referral's
 * approval period has passed and the friend's first order still stands, within the monthly cap; taken back
 * (points reversed through the ledger, an unused code retired) when the order is cancelled later or an admin
 * rejects the referral. Each referral is rewarded at most once (ledger event key {@code referral:advocate:<id>}).
 */
public class ReferralRewardService {

    /** The actor of the job's decisions. */
    public static final String JOB_ACTOR = "job referral-rewards";

    private static final Log LOG = LogFactory.getLog(ReferralRewardService.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final ReferralRepository repository;

    private final TransactionTemplate newTx;
    private final ReferralSettingsService settings;
    private final ReferralCustomers customers;
    private final ReferralOffers offers;
    private final PointsAccountService points;
    private final ReferralNotifier notifier;
    private final Clock clock;
    private ReferralListener listener;

    public ReferralRewardService(PlatformTransactionManager txm, ReferralRepository repository, ReferralSettingsService settings, ReferralCustomers customers,
                                 ReferralOffers offers, PointsAccountService points, ReferralNotifier notifier, Clock clock) {
        this.repository = repository;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.customers = customers;
        this.offers = offers;
        this.points = points;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Who learns of status changes inside their transaction (webhooks); none by default. */
    public void setListener(ReferralListener listener) {
        this.listener = listener;
    }

    /** The ledger event key of a referral's advocate reward. */
    public static String rewardEventKey(long referralId) {
        return "referral:advocate:" + referralId;
    }

    /**
     * Rewards every QUALIFIED referral whose approval period has ended, each in its own transaction.
     *
     * @return how many were rewarded (the others were rejected or skipped)
     */
    public int grantDue() {
        final Date now = clock.now();
        List<Long> due = newTx.execute(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return repository.rewardsDue(now);
            }
        });
        int granted = 0;
        for (Long id : due) {
            try {
                if (grant(id)) {
                    granted++;
                }
            } catch (RuntimeException e) {
                LOG.error("Could not reward referral " + id + "; it is retried on the next run", e);
            }
        }
        return granted;
    }

    /**
     * Rewards one referral if it is QUALIFIED and due; rejects it (with the reason) when the first order was
     * cancelled meanwhile, the advocate's account is gone or the monthly cap is reached.
     *
     * @return whether the reward was granted by this call
     */
    public boolean grant(final long referralId) {
        final Referral[] rewarded = new Referral[1];
        Boolean done = newTx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                Referral r = em.find(Referral.class, referralId);
                if (r != null) {
                    em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
                }
                Date now = clock.now();
                if (r == null || r.getStatus() != ReferralStatus.QUALIFIED || r.getRewardDueAt() == null
                        || r.getRewardDueAt().after(now)) {
                    return false;
                }
                if (r.getOrderId() == null || customers.isOrderCancelled(r.getOrderId())) {
                    decide(r, ReferralStatus.REJECTED, "The friend's first order " + label(r) + " was cancelled", JOB_ACTOR, now);
                    return false;
                }
                if (!customers.isActive(r.getAdvocateId())) {
                    decide(r, ReferralStatus.REJECTED, "The advocate's account is no longer active", JOB_ACTOR, now);
                    return false;
                }
                ReferralSettings s = settings.current();
                if (s.getMonthlyCap() > 0) {
                    long thisMonth = rewardedInMonth(r.getAdvocateId(), now);
                    if (thisMonth >= s.getMonthlyCap()) {
                        decide(r, ReferralStatus.REJECTED, "Monthly cap of " + s.getMonthlyCap() + " referral reward"
                                + (s.getMonthlyCap() == 1 ? "" : "s") + " reached for "
                                + new SimpleDateFormat("yyyy-MM", Locale.ROOT).format(now), JOB_ACTOR, now);
                        return false;
                    }
                }
                String what;
                if (s.getAdvocateRewardKind() == AdvocateRewardKind.POINTS) {
                    points.grantBonus(r.getAdvocateId(), s.getAdvocatePoints(), rewardEventKey(r.getId()),
                            "Referral reward: a friend's first order (" + label(r) + ")", "referral", r.getId());
                    r.rewarded(AdvocateRewardKind.POINTS, s.getAdvocatePoints(), null, now);
                    what = s.getAdvocatePoints() + " points";
                } else {
                    Date until = new Date(now.getTime() + s.getAdvocateCodeValidDays() * ReferralFraudRules.DAY);
                    String code = offers.createCode(r.getAdvocateId(), s.getAdvocateCodeKind(), s.getAdvocateCodeValue(), null,
                            new Date(now.getTime() - 60_000L), until, "Referral reward", "THANKS");
                    r.rewarded(AdvocateRewardKind.CODE, null, code, now);
                    what = "code " + code + " (" + DiscountTerms.advocateCode(s) + ")";
                }
                decide(r, ReferralStatus.REWARDED, "Approval period over, first order " + label(r) + " stands: granted " + what,
                        JOB_ACTOR, now);
                rewarded[0] = r;
                return true;
            }
        });
        if (Boolean.TRUE.equals(done) && rewarded[0] != null) {
            try {
                notifier.rewardGranted(rewarded[0]);
            } catch (RuntimeException e) {
                LOG.warn("Reward e-mail for " + rewarded[0] + " failed: " + e.getMessage());
            }
        }
        return Boolean.TRUE.equals(done);
    }

    /**
     * Takes a granted reward back and rejects the referral, inside the caller's transaction ({@code r} locked).
     * Points are reversed through the ledger (the balance may go negative); a code is retired unless it was used.
     */
    void reverse(Referral r, String reason, String actor) {
        Date now = clock.now();
        String how;
        if (r.getRewardKind() == AdvocateRewardKind.CODE) {
            if (r.getRewardCode() != null && !offers.isUsed(r.getRewardCode())) {
                offers.retire(r.getRewardCode());
                how = "reward code " + r.getRewardCode() + " retired";
            } else {
                how = "reward code " + r.getRewardCode() + " had already been used and could not be taken back";
            }
        } else {
            boolean reversed = points.reverseBonus(r.getAdvocateId(), rewardEventKey(r.getId()), reason);
            how = reversed ? r.getRewardPoints() + " points reversed" : "points had already been reversed";
        }
        r.reversed(now);
        decide(r, ReferralStatus.REJECTED, reason + ": " + how, actor, now);
    }

    void decide(Referral r, ReferralStatus to, String reason, String actor, Date now) {
        em.persist(r.moveTo(to, reason, actor, now));
        if (listener != null) {
            listener.statusChanged(r, to);
        }
    }

    private long rewardedInMonth(long advocateId, Date now) {
        Calendar c = Calendar.getInstance();
        c.setTime(now);
        c.set(Calendar.DAY_OF_MONTH, 1);
        c.set(Calendar.HOUR_OF_DAY, 0);
        c.set(Calendar.MINUTE, 0);
        c.set(Calendar.SECOND, 0);
        c.set(Calendar.MILLISECOND, 0);
        Date from = c.getTime();
        c.add(Calendar.MONTH, 1);
        return repository.rewardedBetween(advocateId, from, c.getTime());
    }

    static String label(Referral r) {
        return r.getOrderNumber() != null ? r.getOrderNumber() : String.valueOf(r.getOrderId());
    }

    /** Runs {@code work} after the current transaction commits, in a transaction of its own. */
    void afterCommitInNewTransaction(final Runnable work) {
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                try {
                    newTx.execute(new TransactionCallback<Void>() {
                        @Override
                        public Void doInTransaction(TransactionStatus status) {
                            work.run();
                            return null;
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warn("Referral follow-up work failed: " + e.getMessage(), e);
                }
            }
        });
    }
}
