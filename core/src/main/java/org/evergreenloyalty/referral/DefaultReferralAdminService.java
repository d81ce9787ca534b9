package org.evergreenloyalty.referral;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.order.OrderEventWorker;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link ReferralAdminService} on the referral tables; every decision is recorded with its reason and admin. */
public class DefaultReferralAdminService implements ReferralAdminService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final ReferralRepository repository;

    private final TransactionTemplate newTx;
    private final ReferralSettingsService settings;
    private final ReferralCustomers customers;
    private final CustomerDirectory directory;
    private final ReferralOffers offers;
    private final ReferralRewardService rewards;
    private final ReferralOrderListener orders;
    private final DefaultReferralService referrals;
    private final Clock clock;
    private OrderEventWorker pendingOrders;

    public DefaultReferralAdminService(PlatformTransactionManager txm, ReferralRepository repository, ReferralSettingsService settings,
                                       ReferralCustomers customers, CustomerDirectory directory, ReferralOffers offers,
                                       ReferralRewardService rewards, ReferralOrderListener orders,
                                       DefaultReferralService referrals, Clock clock) {
        this.repository = repository;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.customers = customers;
        this.directory = directory;
        this.offers = offers;
        this.rewards = rewards;
        this.orders = orders;
        this.referrals = referrals;
        this.clock = clock;
    }

    /**
     * Books the friends' placed orders that no worker has booked yet before a page of referrals is read, so a friend's
     * first order shows (and flags or qualifies the referral) as soon as it is placed (optional; without it such an
     * order shows once the worker books it, {@code evergreen.orders.events.gatherMillis} later).
     */
    public void setPendingOrders(OrderEventWorker pendingOrders) {
        this.pendingOrders = pendingOrders;
    }

    @Override
    public ReferralPage search(final ReferralQuery q) {
        ReferralPage page = read(q);
        return settled(page.getRows()) ? read(q) : page;
    }

    @Override
    public ReferralRow get(final long referralId) {
        ReferralRow row = read(referralId);
        return row != null && settled(Collections.singletonList(row)) ? read(referralId) : row;
    }

    /**
     * True if the friends of {@code rows} had waiting orders when asked, booked now by this call or by the worker
     * that held them (the rows are then stale). An order whose booking committed between the rows' read and this
     * question is not seen; the page shows it on its next read.
     */
    private boolean settled(List<ReferralRow> rows) {
        if (pendingOrders == null || rows.isEmpty()) {
            return false;
        }
        Set<Long> friends = new HashSet<Long>();
        rows.forEach(r -> friends.add(r.getReferral().getFriendId()));
        return pendingOrders.settleAll(friends);
    }

    private ReferralPage read(final ReferralQuery q) {
        final int size = Math.max(1, Math.min(200, q.getPageSize()));
        final int page = Math.max(0, q.getPage());
        return newTx.execute(new TransactionCallback<ReferralPage>() {
            @Override
            public ReferralPage doInTransaction(TransactionStatus status) {
                List<ReferralRow> rows = new ArrayList<ReferralRow>();
                for (Referral r : repository.search(q, page * size, size)) {
                    em.refresh(r);
                    rows.add(row(r));
                }
                return new ReferralPage(rows, repository.count(q), page, size);
            }
        });
    }

    private ReferralRow read(final long referralId) {
        return newTx.execute(new TransactionCallback<ReferralRow>() {
            @Override
            public ReferralRow doInTransaction(TransactionStatus status) {
                Referral r = em.find(Referral.class, referralId);
                if (r != null) {
                    em.refresh(r);
                }
                return r == null ? null : row(r);
            }
        });
    }

    private ReferralRow row(Referral r) {
        return new ReferralRow(r, directory.contact(r.getAdvocateId()), directory.contact(r.getFriendId()));
    }

    @Override
    public List<ReferralDecision> decisions(final long referralId) {
        return newTx.execute(new TransactionCallback<List<ReferralDecision>>() {
            @Override
            public List<ReferralDecision> doInTransaction(TransactionStatus status) {
                return repository.decisions(referralId);
            }
        });
    }

    @Override
    public Referral approve(final long referralId, String reason, String adminUser) {
        final String why = required(reason, adminUser);
        final String admin = adminUser.trim();
        return newTx.execute(new TransactionCallback<Referral>() {
            @Override
            public Referral doInTransaction(TransactionStatus status) {
                Referral r = lock(referralId);
                if (r.getStatus() != ReferralStatus.FLAGGED) {
                    throw new ReferralException("evergreen.referral.admin.notFlagged",
                            "Only flagged referrals can be approved; referral " + referralId + " is " + r.getStatus() + ".",
                            referralId, r.getStatus());
                }
                Date now = clock.now();
                if (r.getOrderId() == null) {
                    rewards.decide(r, ReferralStatus.PENDING, "Approved by " + admin + ": " + why, admin, now);
                    if (r.getFriendCode() == null) {
                        referrals.issueWelcomeCode(r, settings.current(), now);
                    }
                    return r;
                }
                if (customers.isOrderCancelled(r.getOrderId())) {
                    throw new ReferralException("evergreen.referral.admin.orderCancelled",
                            "The friend's first order was cancelled; reject the referral instead.", referralId);
                }
                rewards.decide(r, ReferralStatus.QUALIFIED, "Approved by " + admin + ": " + why + "; reward due on "
                        + DateFormat.getDateInstance(DateFormat.MEDIUM, Locale.US).format(r.getRewardDueAt()), admin, now);
                return r;
            }
        });
    }

    @Override
    public Referral reject(final long referralId, String reason, String adminUser) {
        final String why = required(reason, adminUser);
        final String admin = adminUser.trim();
        return newTx.execute(new TransactionCallback<Referral>() {
            @Override
            public Referral doInTransaction(TransactionStatus status) {
                Referral r = lock(referralId);
                Date now = clock.now();
                switch (r.getStatus()) {
                    case REJECTED:
                        throw new ReferralException("evergreen.referral.admin.alreadyRejected",
                                "Referral " + referralId + " is rejected already.", referralId);
                    case REWARDED:
                        rewards.reverse(r, "Rejected by " + admin + " after the reward: " + why, admin);
                        return r;
                    default:
                        rewards.decide(r, ReferralStatus.REJECTED, "Rejected by " + admin + ": " + why, admin, now);
                        if (r.getFriendCode() != null && r.getOrderId() == null && !offers.isUsed(r.getFriendCode())) {
                            offers.retire(r.getFriendCode());
                        }
                        return r;
                }
            }
        });
    }

    @Override
    public boolean firstOrderReturned(long orderId, String reason, String adminUser) {
        String why = required(reason, adminUser);
        return orders.cancelled(orderId, "The friend's first order was returned (" + why + ")", adminUser.trim());
    }

    @Override
    public List<AdvocateRanking> topAdvocates(final Date from, final Date to, final int limit) {
        final int max = Math.max(1, Math.min(100, limit));
        return newTx.execute(new TransactionCallback<List<AdvocateRanking>>() {
            @Override
            public List<AdvocateRanking> doInTransaction(TransactionStatus status) {
                Map<Long, long[]> stats = new HashMap<Long, long[]>();
                for (Object[] row : repository.signupsPerAdvocate(from, to)) {
                    stats(stats, row)[0] = ((Number) row[1]).longValue();
                }
                for (Object[] row : repository.qualifiedPerAdvocate(from, to)) {
                    stats(stats, row)[1] = ((Number) row[1]).longValue();
                }
                for (Object[] row : repository.rewardsPerAdvocate(from, to)) {
                    long[] s = stats(stats, row);
                    s[2] = ((Number) row[1]).longValue();
                    s[3] = row[2] == null ? 0 : ((Number) row[2]).longValue();
                }
                List<Map.Entry<Long, long[]>> entries = new ArrayList<Map.Entry<Long, long[]>>(stats.entrySet());
                Collections.sort(entries, new Comparator<Map.Entry<Long, long[]>>() {
                    @Override
                    public int compare(Map.Entry<Long, long[]> a, Map.Entry<Long, long[]> b) {
                        for (int i : new int[] {2, 1, 0}) {
                            int c = Long.compare(b.getValue()[i], a.getValue()[i]);
                            if (c != 0) {
                                return c;
                            }
                        }
                        return Long.compare(a.getKey(), b.getKey());
                    }
                });
                List<AdvocateRanking> out = new ArrayList<AdvocateRanking>();
                for (Map.Entry<Long, long[]> e : entries.subList(0, Math.min(max, entries.size()))) {
                    long[] s = e.getValue();
                    out.add(new AdvocateRanking(e.getKey(), directory.contact(e.getKey()), s[0], s[1], s[2], s[3]));
                }
                return out;
            }
        });
    }

    private static long[] stats(Map<Long, long[]> stats, Object[] row) {
        Long id = ((Number) row[0]).longValue();
        long[] s = stats.get(id);
        if (s == null) {
            s = new long[4];
            stats.put(id, s);
        }
        return s;
    }

    private Referral lock(long referralId) {
        Referral r = em.find(Referral.class, referralId);
        if (r == null) {
            throw new ReferralException("evergreen.referral.admin.notFound", "There is no referral " + referralId + ".", referralId);
        }
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    private static String required(String reason, String adminUser) {
        if (reason == null || reason.trim().isEmpty()) {
            throw new ReferralException("evergreen.referral.admin.reasonRequired", "A decision needs a reason.");
        }
        if (reason.trim().length() > 500) {
            throw new ReferralException("evergreen.referral.admin.reasonTooLong", "The reason can have at most 500 characters.");
        }
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new ReferralException("evergreen.referral.admin.adminRequired", "A decision needs the admin user who makes it.");
        }
        return reason.trim();
    }
}
