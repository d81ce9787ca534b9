package org.evergreenloyalty.review;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.notification.EmailPreferenceService;
import org.evergreenloyalty.notification.LoyaltyEmail;
import org.evergreenloyalty.notification.LoyaltyMailer;
import org.evergreenloyalty.notification.MailOutcome;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.WriteConflicts;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends review requests and reminders. Each e-mail is claimed by inserting its {@link ReviewMail} row (unique per
 * order and kind) in the same transaction that moves the request on with a conditional update; only the run whose
 * transaction commits sends. A mail that failed, or whose run died while sending, is retried a few times while its
 * links are young.
 */
public class DefaultReviewRequestService implements ReviewRequestService {

    /** How often one e-mail is tried at most. */
    static final int MAX_MAIL_ATTEMPTS = 3;
    /** A claim older than this belongs to a run that died. */
    static final long STALE_CLAIM_MS = 30L * 60 * 1000;
    /** A failed e-mail is retried only this many days after it was first tried. */
    static final int RETRY_DAYS = 7;
    /** An order waiting for its fulfilment status is given up after this many days. */
    public static final int FULFILMENT_WAIT_DAYS = 180;

    private static final long DAY_MS = 24L * 60 * 60 * 1000;
    private static final Log LOG = LogFactory.getLog(DefaultReviewRequestService.class);
    private static final List<MailState> COUNTED = Arrays.asList(MailState.SENDING, MailState.SENT, MailState.FAILED);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final ReviewSettingsService settingsService;
    private final ReviewOrderSource orders;
    private final ReviewCatalog catalog;
    private final CustomerDirectory customers;
    private final EmailPreferenceService preferences;
    private final ReviewEmailComposer composer;
    private final LoyaltyMailer mailer;
    private final ReturnedItems returns;
    private final RatingGateway ratings;
    private final Clock clock;
    private final int pageSize;

    public DefaultReviewRequestService(PlatformTransactionManager txm, ReviewSettingsService settingsService, ReviewOrderSource orders,
                                       ReviewCatalog catalog, CustomerDirectory customers, EmailPreferenceService preferences,
                                       ReviewEmailComposer composer, LoyaltyMailer mailer, ReturnedItems returns, RatingGateway ratings,
                                       Clock clock, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("Page size must be at least 1, was " + pageSize);
        }
        this.tx = new TransactionTemplate(txm);
        this.settingsService = settingsService;
        this.orders = orders;
        this.catalog = catalog;
        this.customers = customers;
        this.preferences = preferences;
        this.composer = composer;
        this.mailer = mailer;
        this.returns = returns;
        this.ratings = ratings;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    // ------------------------------------------------------------------ the run

    @Override
    public ReviewRunReport runDue() {
        ReviewSettings s = settingsService.current();
        Map<RequestOutcome, Integer> counts = new EnumMap<RequestOutcome, Integer>(RequestOutcome.class);
        if (!s.isEnabled()) {
            return new ReviewRunReport(0, counts, 0);
        }
        Date now = clock.now();
        int fulfilled = s.getTrigger() == ReviewTrigger.FULFILLMENT_STATUS ? checkFulfilment(s, now) : 0;
        int failed = 0;
        RuntimeException first = null;
        for (boolean reminders : new boolean[] {false, true}) {
            long after = 0;
            while (true) {
                List<Long> ids = reminders ? dueReminders(s, now, after) : dueRequests(s, now, after);
                for (Long id : ids) {
                    after = id;
                    try {
                        RequestOutcome o = reminders ? sendReminderIfDue(id) : sendRequestIfDue(id);
                        Integer n = counts.get(o);
                        counts.put(o, n == null ? 1 : n + 1);
                    } catch (RuntimeException e) {
                        failed++;
                        first = first == null ? e : first;
                        LOG.warn("Review " + (reminders ? "reminder" : "request") + " of order " + id + " failed; retried on the next run: "
                                + e.getMessage(), e);
                    }
                }
                if (ids.size() < pageSize) {
                    break;
                }
            }
        }
        int retried = retryMails(now);
        if (failed > 0) {
            throw new IllegalStateException(failed + " review request(s) failed (done: " + counts + "); the next runs retry them. First: "
                    + first.getMessage(), first);
        }
        ReviewRunReport report = new ReviewRunReport(fulfilled, counts, retried);
        LOG.info("Review requests: " + report);
        return report;
    }

    /** Notes the orders whose fulfillment groups all reached a configured status (first seen now); returns how many. */
    int checkFulfilment(ReviewSettings s, Date now) {
        List<String> statuses = s.fulfillmentStatusList();
        Date giveUp = new Date(now.getTime() - FULFILMENT_WAIT_DAYS * DAY_MS);
        int found = 0;
        long after = 0;
        while (true) {
            List<Object[]> page = waitingForFulfilment(after);
            for (Object[] row : page) {
                long orderId = (Long) row[0];
                Date submitted = (Date) row[1];
                after = orderId;
                OrderSnapshot snap = orders.snapshot(orderId);
                if (snap == null || snap.isCancelled()) {
                    skip(orderId, SkipReason.CANCELLED);
                } else if (snap.fulfilledIn(statuses)) {
                    if (markFulfilled(orderId, now)) {
                        found++;
                    }
                } else if (submitted.before(giveUp)) {
                    skip(orderId, SkipReason.NEVER_FULFILLED);
                }
            }
            if (page.size() < pageSize) {
                return found;
            }
        }
    }

    // ------------------------------------------------------------------ one request

    @Override
    public RequestOutcome sendRequestIfDue(long orderId) {
        ReviewSettings s = settingsService.current();
        if (!s.isEnabled()) {
            return RequestOutcome.NOT_DUE;
        }
        ReviewRequest r = load(orderId);
        if (r == null) {
            return RequestOutcome.NOT_DUE;
        }
        if (r.getStatus() == RequestStatus.SENT) {
            return RequestOutcome.ALREADY_SENT;
        }
        if (r.getStatus() != RequestStatus.WAITING) {
            return RequestOutcome.NOT_DUE;
        }
        Date now = clock.now();
        Date due = dueAt(r, s);
        if (due == null || now.before(due)) {
            return RequestOutcome.NOT_DUE;
        }
        if (!now.before(new Date(due.getTime() + s.getLateDays() * DAY_MS))) {
            return skip(orderId, SkipReason.TOO_LATE);
        }
        OrderSnapshot snap = orders.snapshot(orderId);
        if (snap == null || snap.isCancelled()) {
            return skip(orderId, SkipReason.CANCELLED);
        }
        if (address(r) == null) {
            return skip(orderId, SkipReason.NO_ADDRESS);
        }
        if (!preferences.isSubscribed(r.getCustomerId(), ReviewEmailComposer.CATEGORY)) {
            return skip(orderId, SkipReason.UNSUBSCRIBED);
        }
        List<ReviewRequestItem> askable = askable(r, snap, s, now);
        if (askable.isEmpty()) {
            return skip(orderId, SkipReason.NOTHING_TO_ASK);
        }
        if (capped(r.getCustomerId(), s, now)) {
            return RequestOutcome.CAPPED;
        }
        Date linksExpire = new Date(now.getTime() + s.getTokenValidDays() * DAY_MS);
        Long mailId = claimRequest(r, askable, now, linksExpire);
        if (mailId == null) {
            return RequestOutcome.ALREADY_SENT;
        }
        MailState state = deliver(mailId);
        return outcome(state, MailKind.REQUEST);
    }

    @Override
    public RequestOutcome sendReminderIfDue(long orderId) {
        ReviewSettings s = settingsService.current();
        if (!s.isEnabled()) {
            return RequestOutcome.NOT_DUE;
        }
        ReviewRequest r = load(orderId);
        if (r == null || r.getStatus() != RequestStatus.SENT) {
            return RequestOutcome.NOT_DUE;
        }
        if (r.isReminderDone()) {
            return r.getReminderSentAt() != null ? RequestOutcome.ALREADY_SENT : RequestOutcome.NOT_DUE;
        }
        Date now = clock.now();
        if (!s.remindersOn()) {
            return skipReminder(orderId, SkipReason.REMINDERS_OFF);
        }
        Date due = new Date(r.getRequestSentAt().getTime() + s.getReminderDays() * DAY_MS);
        if (now.before(due)) {
            return RequestOutcome.NOT_DUE;
        }
        MailState requestMail = mailState(orderId, MailKind.REQUEST);
        if (requestMail == MailState.SENDING || requestMail == MailState.FAILED) {
            return RequestOutcome.NOT_DUE; // the request itself may still go out
        }
        if (requestMail != MailState.SENT) {
            return skipReminder(orderId, SkipReason.REQUEST_NOT_SENT);
        }
        if (!now.before(new Date(due.getTime() + s.getLateDays() * DAY_MS)) || !now.before(r.getLinksExpireAt())) {
            return skipReminder(orderId, SkipReason.TOO_LATE);
        }
        OrderSnapshot snap = orders.snapshot(orderId);
        if (snap == null || snap.isCancelled()) {
            return skipReminder(orderId, SkipReason.CANCELLED);
        }
        List<ReviewRequestItem> requested = requestedItems(orderId);
        if (reviewedAny(r.getCustomerId(), requested)) {
            return skipReminder(orderId, SkipReason.ALREADY_REVIEWED);
        }
        if (!preferences.isSubscribed(r.getCustomerId(), ReviewEmailComposer.CATEGORY)) {
            return skipReminder(orderId, SkipReason.UNSUBSCRIBED);
        }
        if (address(r) == null) {
            return skipReminder(orderId, SkipReason.NO_ADDRESS);
        }
        if (stillAskable(requested, snap).isEmpty()) {
            return skipReminder(orderId, SkipReason.NOTHING_TO_ASK);
        }
        if (capped(r.getCustomerId(), s, now)) {
            return RequestOutcome.CAPPED;
        }
        Long mailId = claimReminder(r, stillAskable(requested, snap).size(), now);
        if (mailId == null) {
            return RequestOutcome.ALREADY_SENT;
        }
        return outcome(deliver(mailId), MailKind.REMINDER);
    }

    @Override
    public ReviewRequestView request(final long orderId) {
        return tx.execute(new TransactionCallback<ReviewRequestView>() {
            @Override
            public ReviewRequestView doInTransaction(TransactionStatus status) {
                ReviewRequest r = em.find(ReviewRequest.class, orderId);
                if (r == null) {
                    return null;
                }
                em.refresh(r);
                List<Long> products = em.createQuery("select i.productId from ReviewRequestItem i where i.orderId = :o and i.requested = true "
                        + "order by i.orderItemId", Long.class).setParameter("o", orderId).getResultList();
                SatisfactionResponse answer = em.find(SatisfactionResponse.class, orderId);
                return new ReviewRequestView(r.getOrderId(), r.getCustomerId(), r.getOrderNumber(), r.getStatus(), r.getSkipReason(),
                        r.getSubmittedAt(), r.getFulfilledAt(), r.getRequestSentAt(), r.getReminderSentAt(), r.getReminderSkipReason(),
                        new ArrayList<Long>(new LinkedHashSet<Long>(products)), answer == null ? null : answer.getScore());
            }
        });
    }

    // ------------------------------------------------------------------ decisions

    /** When the request is due: {@code delayDays} after submission or after the fulfilment was first seen. */
    static Date dueAt(ReviewRequest r, ReviewSettings s) {
        Date start = s.getTrigger() == ReviewTrigger.FULFILLMENT_STATUS ? r.getFulfilledAt() : r.getSubmittedAt();
        return start == null ? null : new Date(start.getTime() + s.getDelayDays() * DAY_MS);
    }

    /** The lines to ask about: still in the order, not returned, product sold, not reviewed or asked about recently. */
    private List<ReviewRequestItem> askable(ReviewRequest r, OrderSnapshot snap, ReviewSettings s, Date now) {
        List<ReviewRequestItem> out = new ArrayList<ReviewRequestItem>();
        Set<Long> products = new LinkedHashSet<Long>();
        Date since = s.getProductRepeatMonths() <= 0 ? null
                : Date.from(now.toInstant().atZone(ZoneId.systemDefault()).minusMonths(s.getProductRepeatMonths()).toInstant());
        for (ReviewRequestItem item : items(r.getOrderId())) {
            Long pid = item.getProductId();
            if (pid == null || products.contains(pid) || !lineStands(item, snap)) {
                continue;
            }
            if (reviewed(r.getCustomerId(), pid)) {
                continue;
            }
            if (since != null && askedSince(r.getCustomerId(), pid, since, r.getOrderId())) {
                continue;
            }
            ProductCard card = catalog.product(pid);
            if (card == null || !card.isActive()) {
                continue;
            }
            products.add(pid);
            out.add(item);
        }
        return out;
    }

    /** Requested lines still in the order and not returned. */
    private List<ReviewRequestItem> stillAskable(List<ReviewRequestItem> requested, OrderSnapshot snap) {
        List<ReviewRequestItem> out = new ArrayList<ReviewRequestItem>();
        for (ReviewRequestItem i : requested) {
            if (lineStands(i, snap)) {
                out.add(i);
            }
        }
        return out;
    }

    private boolean lineStands(ReviewRequestItem item, OrderSnapshot snap) {
        OrderSnapshot.Item now = snap == null ? null : snap.item(item.getOrderItemId());
        return now != null && !now.isReturned() && !returns.fullyReturned(item.getOrderItemId());
    }

    private boolean reviewed(long customerId, long productId) {
        return countReviews(customerId, Collections.singletonList(productId)) > 0 || ratings.hasReview(customerId, productId);
    }

    private boolean reviewedAny(long customerId, List<ReviewRequestItem> requested) {
        List<Long> pids = new ArrayList<Long>();
        for (ReviewRequestItem i : requested) {
            pids.add(i.getProductId());
        }
        return !pids.isEmpty() && countReviews(customerId, pids) > 0;
    }

    private boolean capped(long customerId, ReviewSettings s, Date now) {
        if (s.getMaxEmailsPer30Days() <= 0) {
            return false;
        }
        return recentMails(customerId, new Date(now.getTime() - 30 * DAY_MS)) >= s.getMaxEmailsPer30Days();
    }

    /** The address to write to: the customer's, else the one given with the order; null without either. */
    private String address(ReviewRequest r) {
        CustomerContact c = customers.contact(r.getCustomerId());
        String email = c != null && c.getEmail() != null && !c.getEmail().trim().isEmpty() ? c.getEmail().trim() : r.getOrderEmail();
        return email == null || email.trim().isEmpty() ? null : email.trim();
    }

    private static RequestOutcome outcome(MailState state, MailKind kind) {
        if (state == MailState.SENT) {
            return kind == MailKind.REMINDER ? RequestOutcome.REMINDER_SENT : RequestOutcome.REQUEST_SENT;
        }
        return state == MailState.FAILED ? RequestOutcome.FAILED : RequestOutcome.SKIPPED;
    }

    // ------------------------------------------------------------------ sending

    /** Builds and sends the e-mail of a claimed mail row; records and returns its state. */
    private MailState deliver(long mailId) {
        ReviewMail mail = find(ReviewMail.class, mailId);
        ReviewRequest r = load(mail.getOrderId());
        MailState state;
        String error = null;
        try {
            LoyaltyEmail email = compose(mail, r);
            MailOutcome o = mailer.send(email);
            state = o == MailOutcome.SENT ? MailState.SENT : o == MailOutcome.UNSUBSCRIBED ? MailState.UNSUBSCRIBED : MailState.DISABLED;
        } catch (RuntimeException e) {
            LOG.warn("Review " + mail.getKind() + " e-mail of order " + mail.getOrderId() + " failed: " + e.getMessage());
            state = MailState.FAILED;
            error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        }
        record(mailId, state, error);
        return state;
    }

    private LoyaltyEmail compose(ReviewMail mail, ReviewRequest r) {
        ReviewSettings s = settingsService.current();
        List<ReviewRequestItem> requested = requestedItems(r.getOrderId());
        if (mail.getKind() == MailKind.REMINDER) {
            requested = stillAskable(requested, orders.snapshot(r.getOrderId()));
        }
        List<ProductCard> cards = new ArrayList<ProductCard>();
        Set<Long> seen = new LinkedHashSet<Long>();
        for (ReviewRequestItem i : requested) {
            if (!seen.add(i.getProductId())) {
                continue;
            }
            ProductCard card = catalog.product(i.getProductId());
            cards.add(card != null ? card : new ProductCard(i.getProductId(), i.getProductName(), null, null, true));
        }
        if (cards.isEmpty()) {
            throw new IllegalStateException("Order " + r.getOrderId() + " has no products left to ask about");
        }
        CustomerContact c = customers.contact(r.getCustomerId());
        String greeting = c == null ? "there" : c.getGreetingName();
        return composer.compose(mail.getKind(), address(r), r.getCustomerId(), greeting, r.getOrderId(), r.getOrderNumber(), cards,
                s.isSatisfactionQuestion(), s.getRewardPoints(), r.getLinksExpireAt());
    }

    /** Sends mails that failed, or whose run died, again (a few attempts, within {@link #RETRY_DAYS}); returns how many went out. */
    int retryMails(final Date now) {
        final Date stale = new Date(now.getTime() - STALE_CLAIM_MS);
        final Date since = new Date(now.getTime() - RETRY_DAYS * DAY_MS);
        List<Long> ids = tx.execute(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return em.createQuery("select m.id from ReviewMail m where m.attempts < :max and m.createdAt > :since "
                        + "and (m.state = :failed or (m.state = :sending and m.claimedAt < :stale)) order by m.id", Long.class)
                        .setParameter("max", MAX_MAIL_ATTEMPTS).setParameter("since", since).setParameter("failed", MailState.FAILED)
                        .setParameter("sending", MailState.SENDING).setParameter("stale", stale)
                        .setMaxResults(pageSize).getResultList();
            }
        });
        int sent = 0;
        for (final Long id : ids) {
            Integer claimed = tx.execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    return em.createQuery("update ReviewMail m set m.state = :sending, m.claimedAt = :now, m.attempts = m.attempts + 1 "
                            + "where m.id = :id and m.attempts < :max and (m.state = :failed or (m.state = :sending and m.claimedAt < :stale))")
                            .setParameter("sending", MailState.SENDING).setParameter("now", now).setParameter("id", id)
                            .setParameter("max", MAX_MAIL_ATTEMPTS).setParameter("failed", MailState.FAILED)
                            .setParameter("stale", stale).executeUpdate();
                }
            });
            if (claimed != null && claimed == 1) {
                try {
                    if (deliver(id) == MailState.SENT) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Retry of review e-mail " + id + " failed: " + e.getMessage());
                }
            }
        }
        return sent;
    }

    // ------------------------------------------------------------------ database

    private Long claimRequest(final ReviewRequest r, final List<ReviewRequestItem> askable, final Date now, final Date linksExpire) {
        try {
            return tx.execute(new TransactionCallback<Long>() {
                @Override
                public Long doInTransaction(TransactionStatus status) {
                    ReviewMail mail = new ReviewMail(r.getOrderId(), MailKind.REQUEST, r.getCustomerId(), askable.size(), now);
                    em.persist(mail);
                    em.flush(); // the unique key (order, kind) decides here who sends
                    int n = em.createQuery("update ReviewRequest r set r.status = :sent, r.requestSentAt = :now, r.linksExpireAt = :exp, "
                            + "r.skipReason = null where r.orderId = :id and r.status = :waiting")
                            .setParameter("sent", RequestStatus.SENT).setParameter("now", now).setParameter("exp", linksExpire)
                            .setParameter("id", r.getOrderId()).setParameter("waiting", RequestStatus.WAITING).executeUpdate();
                    if (n != 1) {
                        throw new LostRace("Request of order " + r.getOrderId() + " changed meanwhile");
                    }
                    for (ReviewRequestItem i : askable) {
                        em.createQuery("update ReviewRequestItem i set i.requested = true, i.requestedAt = :now where i.orderItemId = :id")
                                .setParameter("now", now).setParameter("id", i.getOrderItemId()).executeUpdate();
                    }
                    return mail.getId();
                }
            });
        } catch (LostRace e) {
            return null;
        } catch (RuntimeException e) {
            if (WriteConflicts.isConflict(e)) {
                return null;
            }
            throw e;
        }
    }

    private Long claimReminder(final ReviewRequest r, final int products, final Date now) {
        try {
            return tx.execute(new TransactionCallback<Long>() {
                @Override
                public Long doInTransaction(TransactionStatus status) {
                    ReviewMail mail = new ReviewMail(r.getOrderId(), MailKind.REMINDER, r.getCustomerId(), products, now);
                    em.persist(mail);
                    em.flush();
                    int n = em.createQuery("update ReviewRequest r set r.reminderDone = true, r.reminderSentAt = :now "
                            + "where r.orderId = :id and r.reminderDone = false and r.status = :sent")
                            .setParameter("now", now).setParameter("id", r.getOrderId()).setParameter("sent", RequestStatus.SENT)
                            .executeUpdate();
                    if (n != 1) {
                        throw new LostRace("Reminder of order " + r.getOrderId() + " changed meanwhile");
                    }
                    return mail.getId();
                }
            });
        } catch (LostRace e) {
            return null;
        } catch (RuntimeException e) {
            if (WriteConflicts.isConflict(e)) {
                return null;
            }
            throw e;
        }
    }

    private RequestOutcome skip(final long orderId, final SkipReason reason) {
        Integer n = tx.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return em.createQuery("update ReviewRequest r set r.status = :skipped, r.skipReason = :reason, r.reminderDone = true "
                        + "where r.orderId = :id and r.status = :waiting")
                        .setParameter("skipped", RequestStatus.SKIPPED).setParameter("reason", reason)
                        .setParameter("id", orderId).setParameter("waiting", RequestStatus.WAITING).executeUpdate();
            }
        });
        return n != null && n == 1 ? RequestOutcome.SKIPPED : RequestOutcome.NOT_DUE;
    }

    private RequestOutcome skipReminder(final long orderId, final SkipReason reason) {
        Integer n = tx.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return em.createQuery("update ReviewRequest r set r.reminderDone = true, r.reminderSkipReason = :reason "
                        + "where r.orderId = :id and r.reminderDone = false")
                        .setParameter("reason", reason).setParameter("id", orderId).executeUpdate();
            }
        });
        return n != null && n == 1 ? RequestOutcome.SKIPPED : RequestOutcome.NOT_DUE;
    }

    private boolean markFulfilled(final long orderId, final Date now) {
        Integer n = tx.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return em.createQuery("update ReviewRequest r set r.fulfilledAt = :now where r.orderId = :id and r.fulfilledAt is null "
                        + "and r.status = :waiting").setParameter("now", now).setParameter("id", orderId)
                        .setParameter("waiting", RequestStatus.WAITING).executeUpdate();
            }
        });
        return n != null && n == 1;
    }

    private void record(final long mailId, final MailState state, final String error) {
        final Date now = clock.now();
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                em.createQuery("update ReviewMail m set m.state = :state, m.sentAt = :sentAt, m.error = :error where m.id = :id")
                        .setParameter("state", state).setParameter("sentAt", state == MailState.SENT ? now : null)
                        .setParameter("error", error == null ? null : (error.length() > 500 ? error.substring(0, 500) : error))
                        .setParameter("id", mailId).executeUpdate();
                return null;
            }
        });
    }

    private List<Long> dueRequests(ReviewSettings s, Date now, final long after) {
        final Date dueBefore = new Date(now.getTime() - s.getDelayDays() * DAY_MS);
        final String start = s.getTrigger() == ReviewTrigger.FULFILLMENT_STATUS ? "r.fulfilledAt" : "r.submittedAt";
        return tx.execute(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return em.createQuery("select r.orderId from ReviewRequest r where r.status = :waiting and " + start + " is not null and "
                        + start + " <= :dueBefore and r.orderId > :after order by r.orderId", Long.class)
                        .setParameter("waiting", RequestStatus.WAITING).setParameter("dueBefore", dueBefore)
                        .setParameter("after", after).setMaxResults(pageSize).getResultList();
            }
        });
    }

    private List<Long> dueReminders(ReviewSettings s, Date now, final long after) {
        final Date sentBefore = new Date(now.getTime() - Math.max(0, s.getReminderDays()) * DAY_MS);
        return tx.execute(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                return em.createQuery("select r.orderId from ReviewRequest r where r.status = :sent and r.reminderDone = false "
                        + "and r.requestSentAt <= :sentBefore and r.orderId > :after order by r.orderId", Long.class)
                        .setParameter("sent", RequestStatus.SENT).setParameter("sentBefore", sentBefore)
                        .setParameter("after", after).setMaxResults(pageSize).getResultList();
            }
        });
    }

    private List<Object[]> waitingForFulfilment(final long after) {
        return tx.execute(new TransactionCallback<List<Object[]>>() {
            @Override
            public List<Object[]> doInTransaction(TransactionStatus status) {
                return em.createQuery("select r.orderId, r.submittedAt from ReviewRequest r where r.status = :waiting "
                        + "and r.fulfilledAt is null and r.orderId > :after order by r.orderId", Object[].class)
                        .setParameter("waiting", RequestStatus.WAITING).setParameter("after", after)
                        .setMaxResults(pageSize).getResultList();
            }
        });
    }

    private ReviewRequest load(long orderId) {
        return find(ReviewRequest.class, orderId);
    }

    private <T> T find(final Class<T> type, final Object id) {
        return tx.execute(new TransactionCallback<T>() {
            @Override
            public T doInTransaction(TransactionStatus status) {
                T row = em.find(type, id);
                if (row != null) {
                    em.refresh(row);
                    em.detach(row);
                }
                return row;
            }
        });
    }

    private List<ReviewRequestItem> items(final long orderId) {
        return tx.execute(new TransactionCallback<List<ReviewRequestItem>>() {
            @Override
            public List<ReviewRequestItem> doInTransaction(TransactionStatus status) {
                return em.createQuery("select i from ReviewRequestItem i where i.orderId = :o order by i.orderItemId", ReviewRequestItem.class)
                        .setParameter("o", orderId).getResultList();
            }
        });
    }

    private List<ReviewRequestItem> requestedItems(final long orderId) {
        return tx.execute(new TransactionCallback<List<ReviewRequestItem>>() {
            @Override
            public List<ReviewRequestItem> doInTransaction(TransactionStatus status) {
                return em.createQuery("select i from ReviewRequestItem i where i.orderId = :o and i.requested = true order by i.orderItemId",
                        ReviewRequestItem.class).setParameter("o", orderId).getResultList();
            }
        });
    }

    private MailState mailState(final long orderId, final MailKind kind) {
        return tx.execute(new TransactionCallback<MailState>() {
            @Override
            public MailState doInTransaction(TransactionStatus status) {
                List<MailState> s = em.createQuery("select m.state from ReviewMail m where m.orderId = :o and m.kind = :k", MailState.class)
                        .setParameter("o", orderId).setParameter("k", kind).getResultList();
                return s.isEmpty() ? null : s.get(0);
            }
        });
    }

    private long countReviews(final long customerId, final List<Long> productIds) {
        return tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return em.createQuery("select count(r) from ProductReview r where r.customerId = :c and r.productId in (:p)", Long.class)
                        .setParameter("c", customerId).setParameter("p", productIds).getSingleResult();
            }
        });
    }

    private boolean askedSince(final long customerId, final long productId, final Date since, final long exceptOrder) {
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return em.createQuery("select count(i) from ReviewRequestItem i where i.customerId = :c and i.productId = :p "
                        + "and i.requested = true and i.requestedAt > :since and i.orderId <> :o", Long.class)
                        .setParameter("c", customerId).setParameter("p", productId).setParameter("since", since)
                        .setParameter("o", exceptOrder).getSingleResult() > 0;
            }
        });
    }

    private long recentMails(final long customerId, final Date since) {
        return tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return em.createQuery("select count(m) from ReviewMail m where m.customerId = :c and m.createdAt > :since "
                        + "and m.state in (:states)", Long.class)
                        .setParameter("c", customerId).setParameter("since", since).setParameter("states", COUNTED).getSingleResult();
            }
        });
    }
}
