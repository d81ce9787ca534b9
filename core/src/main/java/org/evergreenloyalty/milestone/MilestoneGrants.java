package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.points.ExpiryPolicy;
import org.evergreenloyalty.points.OrderPoints;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.webhook.WebhookEvents;
import org.evergreenloyalty.webhook.WebhookOutbox;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grants milestones and challenges exactly once per customer through the ledger's event keys
 * ({@code milestone:<code>:<customer>}, {@code challenge:<id>:<customer>}). Every evaluation that could grant
 * something locks the customer's account first (joining the caller's transaction, e.g. the one booking an order), so
 * concurrent triggers of one customer run one after the other and the second finds the grant of the first. A grant reached by an order is added
 * to that order's points: pending with them, matured with them, and reversed with them when the order is cancelled;
 * a reversed grant no longer counts, so the milestone can be reached again (under the key with {@code :<n>} appended).
 * An evaluation that cannot grant anything takes no lock, so a customer outside the program gets no account from it.
 */
public class MilestoneGrants {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final MilestoneRepository repository;
    private final MilestoneSettings settings;
    private final LedgerService ledger;
    private final PointsSettingsService pointsSettings;
    private final ExpiryPolicy expiry;
    private final Clock clock;
    private WebhookOutbox webhooks;
    private final MilestoneCache cache = new MilestoneCache();

    public MilestoneGrants(PlatformTransactionManager txm, MilestoneRepository repository, MilestoneSettings settings,
                           LedgerService ledger, PointsSettingsService pointsSettings, ExpiryPolicy expiry, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.settings = settings;
        this.ledger = ledger;
        this.pointsSettings = pointsSettings;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** How long the milestones and challenges are kept between orders ({@code evergreen.settings.cacheSeconds}; 0: not kept). */
    public void setCacheSeconds(int seconds) {
        cache.setSeconds(seconds);
    }

    /** Milestones or challenges were changed on this node: the next evaluation reads them again. */
    void definitionsChanged() {
        cache.changed();
    }

    /** The webhook outbox for {@code milestone.reached} (optional). */
    public void setWebhooks(WebhookOutbox webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * Grants what the customer's activity of {@code kinds} reached at {@code at}: the switched-on milestones counting
     * them and the switched-on challenges on that day with such a goal. {@code orderId} names the order that triggered
     * it (its points take the grant), or is null. Returns how many grants were made.
     */
    public int evaluate(long customerId, Set<MilestoneKind> kinds, Long orderId, Date at) {
        return tx.execute(status -> {
            List<Milestone> milestones = candidates(kinds);
            String day = day(at).toString();
            List<Challenge> challenges = new ArrayList<Challenge>();
            cache.enabledChallenges(repository::enabledChallenges).stream()
                    .filter(c -> c.getStartDay().compareTo(day) <= 0 && c.getEndDay().compareTo(day) >= 0)
                    .filter(c -> kinds.contains(c.getGoal().counts())).forEach(challenges::add);
            if (milestones.isEmpty() && challenges.isEmpty()) {
                return 0; // nothing switched on could be reached: no lock, so no account for a customer who has none
            }
            ledger.lockForUpdate(customerId);
            int granted = 0;
            for (Milestone m : milestones) {
                if (count(customerId, m.getKind(), null, null).compareTo(m.getThreshold()) >= 0) {
                    granted += grant(MilestoneGrant.MILESTONE, m.getCode(), m.eventKey(customerId), customerId, m.getPoints(),
                            orderId, "Milestone " + m.getCode()) ? 1 : 0;
                }
            }
            for (Challenge c : challenges) {
                if (reached(customerId, c)) {
                    granted += grant(MilestoneGrant.CHALLENGE, String.valueOf(c.getId()), c.eventKey(customerId), customerId,
                            c.getPoints(), orderId, "Challenge " + c.getName()) ? 1 : 0;
                }
            }
            return granted;
        });
    }

    /** The switched-on milestones (not anniversaries, which the job grants) counting one of {@code kinds}. */
    private List<Milestone> candidates(Set<MilestoneKind> kinds) {
        List<Milestone> out = new ArrayList<Milestone>();
        cache.milestones(repository::milestones).stream().filter(m -> m.isEnabled() && kinds.contains(m.getKind()) && m.getKind() != MilestoneKind.ANNIVERSARY)
                .forEach(out::add);
        return out;
    }

    /** Grants {@code milestone} (an anniversary) to the customer unless a standing grant exists; in its own transaction. */
    public boolean grantMilestone(long customerId, Milestone milestone) {
        return tx.execute(status -> {
            ledger.lockForUpdate(customerId);
            return grant(MilestoneGrant.MILESTONE, milestone.getCode(), milestone.eventKey(customerId), customerId,
                    milestone.getPoints(), null, "Milestone " + milestone.getCode());
        });
    }

    /** Grants {@code challenge} to the customer if its goal is reached in its days and it was not granted; own transaction. */
    public boolean grantChallengeIfReached(long customerId, Challenge challenge) {
        return tx.execute(status -> {
            if (!reached(customerId, challenge)) {
                return false; // no lock, so no account for a customer who has none
            }
            ledger.lockForUpdate(customerId);
            return reached(customerId, challenge) && grant(MilestoneGrant.CHALLENGE, String.valueOf(challenge.getId()),
                    challenge.eventKey(customerId), customerId, challenge.getPoints(), null, "Challenge " + challenge.getName());
        });
    }

    /** Whether the customer's count within the challenge's days reaches its target. */
    boolean reached(long customerId, Challenge c) {
        return count(customerId, c.getGoal().counts(), start(c.getFirstDay()), start(c.getLastDay().plusDays(1)))
                .compareTo(c.getTarget()) >= 0;
    }

    /** The customer's count of {@code kind} in {@code [from, to)} (null: ever). */
    BigDecimal count(long customerId, MilestoneKind kind, Date from, Date to) {
        switch (kind) {
            case ORDERS:
                return BigDecimal.valueOf(repository.orders(customerId, from, to));
            case SPEND:
                return repository.spend(customerId, from, to);
            case REVIEWS:
                return BigDecimal.valueOf(repository.approvedReviews(customerId, from, to));
            case REFERRALS:
                return BigDecimal.valueOf(repository.rewardedReferrals(customerId, from, to));
            default:
                return BigDecimal.ZERO;
        }
    }

    /** Posts and records one grant unless a standing one exists; the caller holds the account's lock. */
    private boolean grant(String kind, String ref, String baseKey, long customerId, long points, Long orderId, String reason) {
        List<MilestoneGrant> earlier = repository.grants(kind, ref, customerId);
        for (MilestoneGrant g : earlier) {
            if (g.getOrderId() == null || !cancelled(g.getOrderId())) {
                return false;
            }
        }
        String key = earlier.isEmpty() ? baseKey : baseKey + ":" + (earlier.size() + 1);
        Date now = clock.now();
        PointsSettings s = pointsSettings.current();
        OrderPoints op = orderId == null ? null : em.find(OrderPoints.class, orderId);
        boolean onOrder = op != null && !op.isCancelled();
        Posting.Builder p = Posting.builder(customerId, onOrder ? EntryType.EARN : EntryType.BONUS, key).earned(points)
                .reason(reason);
        if (onOrder && !op.isMatured()) {
            p.pending(points).source("order", orderId);
        } else {
            p.available(points).lotExpiresAt(expiry.expiryOfNewPoints(s, now)).source(onOrder ? "order" : kind.toLowerCase(),
                    onOrder ? String.valueOf(orderId) : ref);
        }
        if (!ledger.post(p.build()).isRecorded()) {
            return false;
        }
        if (onOrder) {
            op.addEarned(points);
        }
        repository.record(new MilestoneGrant(key, kind, ref, customerId, onOrder ? orderId : null, points, now));
        em.flush();
        if (!onOrder) {
            expiry.afterActivity(customerId, s, now);
        }
        publish(kind, ref, customerId, points, onOrder ? orderId : null, key);
        return true;
    }

    private boolean cancelled(long orderId) {
        OrderPoints op = em.find(OrderPoints.class, orderId);
        return op != null && op.isCancelled();
    }

    private void publish(String kind, String ref, long customerId, long points, Long orderId, String key) {
        if (webhooks == null || !webhooks.wanted(WebhookEvents.MILESTONE_REACHED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        data.put("customerId", customerId);
        data.put("kind", kind.toLowerCase());
        data.put(MilestoneGrant.MILESTONE.equals(kind) ? "milestone" : "challengeId", ref);
        data.put("points", points);
        data.put("orderId", orderId);
        data.put("eventKey", key);
        data.put("at", clock.now());
        webhooks.publish(WebhookEvents.MILESTONE_REACHED, data);
    }

    /** The day of {@code at} in the milestones' zone. */
    LocalDate day(Date at) {
        return at.toInstant().atZone(settings.getZone()).toLocalDate();
    }

    /** The first instant of {@code day} in the milestones' zone. */
    Date start(LocalDate day) {
        return Date.from(day.atStartOfDay(settings.getZone()).toInstant());
    }

    /** Every kind counted from an order. */
    public static Set<MilestoneKind> orderKinds() {
        return EnumSet.of(MilestoneKind.ORDERS, MilestoneKind.SPEND);
    }

    /** The customers of a page that reached {@code c} (for the daily catch-up). */
    List<Long> customersReaching(Challenge c, int max) {
        return tx.execute(status -> new ArrayList<Long>(repository.customersReaching(c.getGoal(), c.getTarget(),
                start(c.getFirstDay()), start(c.getLastDay().plusDays(1)), max)));
    }
}
