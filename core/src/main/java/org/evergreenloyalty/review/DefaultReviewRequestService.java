package org.evergreenloyalty.review;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.notification.EmailPreferenceService;
import org.evergreenloyalty.notification.LoyaltyMailer;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.WriteConflicts;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends review requests and reminders. Each e-mail is claimed by inserting its {@link ReviewMail} row (unique per
 * order and kind) in the same transaction that moves the request on with a conditional update; only the run whose
 * transaction commits sends. A mail that failed, or whose run died while sending, is retried a few times while its
 * links are young.
 */
public class DefaultReviewRequestService implements ReviewRequestService {

    /** An order waiting for its fulfilment status is given up after this many days. */
    public static final int FULFILMENT_WAIT_DAYS = 180;

    private static final long DAY_MS = 24L * 60 * 60 * 1000;
    private static final Log LOG = LogFactory.getLog(DefaultReviewRequestService.class);

    private final TransactionTemplate tx;
    private final ReviewRequestRepository repository;
    private final ReviewSettingsService settingsService;
    private final ReviewOrderSource orders;
    private final ReviewCatalog catalog;
    private final CustomerDirectory customers;
    private final EmailPreferenceService preferences;
    private final ReviewMailDelivery delivery;
    private final ReturnedItems returns;
    private final RatingGateway ratings;
    private final Clock clock;
    private final int pageSize;

    public DefaultReviewRequestService(PlatformTransactionManager txm, ReviewRequestRepository repository,
                                       ReviewSettingsService settingsService, ReviewOrderSource orders,
                                       ReviewCatalog catalog, CustomerDirectory customers, EmailPreferenceService preferences,
                                       ReviewEmailComposer composer, LoyaltyMailer mailer, ReturnedItems returns, RatingGateway ratings,
                                       Clock clock, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("Page size must be at least 1, was " + pageSize);
        }
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.settingsService = settingsService;
        this.orders = orders;
        this.catalog = catalog;
        this.customers = customers;
        this.preferences = preferences;
        this.delivery = new ReviewMailDelivery(tx, repository, settingsService, orders, catalog, customers, composer, mailer, this::stillAskable,
                clock, pageSize);
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
        int retried = delivery.retryMails(now);
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
            final long from = after;
            List<Object[]> page = tx.execute(status -> repository.waitingForFulfilment(from, pageSize));
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
        if (ReviewMailDelivery.address(customers, r) == null) {
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
        MailState state = delivery.deliver(mailId);
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
        MailState requestMail = tx.execute(status -> repository.mailState(orderId, MailKind.REQUEST));
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
        List<ReviewRequestItem> requested = tx.execute(status -> repository.requestedItems(orderId));
        if (reviewedAny(r.getCustomerId(), requested)) {
            return skipReminder(orderId, SkipReason.ALREADY_REVIEWED);
        }
        if (!preferences.isSubscribed(r.getCustomerId(), ReviewEmailComposer.CATEGORY)) {
            return skipReminder(orderId, SkipReason.UNSUBSCRIBED);
        }
        if (ReviewMailDelivery.address(customers, r) == null) {
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
        return outcome(delivery.deliver(mailId), MailKind.REMINDER);
    }

    @Override
    public ReviewRequestView request(final long orderId) {
        return tx.execute(status -> {
            ReviewRequest r = repository.request(orderId);
            if (r == null) {
                return null;
            }
            SatisfactionResponse answer = repository.satisfaction(orderId);
            return new ReviewRequestView(r.getOrderId(), r.getCustomerId(), r.getOrderNumber(), r.getStatus(), r.getSkipReason(),
                    r.getSubmittedAt(), r.getFulfilledAt(), r.getRequestSentAt(), r.getReminderSentAt(), r.getReminderSkipReason(),
                    new ArrayList<Long>(new LinkedHashSet<Long>(repository.requestedProducts(orderId))),
                    answer == null ? null : answer.getScore());
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
        for (ReviewRequestItem item : tx.execute(status -> repository.items(r.getOrderId()))) {
            Long pid = item.getProductId();
            boolean ask = pid != null && !products.contains(pid) && lineStands(item, snap) && !reviewed(r.getCustomerId(), pid)
                    && (since == null || !tx.execute(status -> repository.askedSince(r.getCustomerId(), pid, since, r.getOrderId()))) && sold(pid);
            if (ask) {
                products.add(pid);
                out.add(item);
            }
        }
        return out;
    }

    private boolean sold(long productId) {
        ProductCard card = catalog.product(productId);
        return card != null && card.isActive();
    }

    /** Requested lines still in the order and not returned. */
    List<ReviewRequestItem> stillAskable(List<ReviewRequestItem> requested, OrderSnapshot snap) {
        return requested.stream().filter(i -> lineStands(i, snap)).collect(Collectors.toList());
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
        return tx.execute(status -> repository.recentMails(customerId, new Date(now.getTime() - 30 * DAY_MS))) >= s.getMaxEmailsPer30Days();
    }

    private static RequestOutcome outcome(MailState state, MailKind kind) {
        if (state == MailState.SENT) {
            return kind == MailKind.REMINDER ? RequestOutcome.REMINDER_SENT : RequestOutcome.REQUEST_SENT;
        }
        return state == MailState.FAILED ? RequestOutcome.FAILED : RequestOutcome.SKIPPED;
    }

    // ------------------------------------------------------------------ database

    private Long claimRequest(final ReviewRequest r, final List<ReviewRequestItem> askable, final Date now, final Date linksExpire) {
        return claim(() -> {
            ReviewMail mail = repository.insertMail(new ReviewMail(r.getOrderId(), MailKind.REQUEST, r.getCustomerId(), askable.size(), now));
            if (repository.markRequestSent(r.getOrderId(), now, linksExpire) != 1) {
                throw new LostRace("Request of order " + r.getOrderId() + " changed meanwhile");
            }
            askable.forEach(i -> repository.markItemRequested(i.getOrderItemId(), now));
            return mail.getId();
        });
    }

    private Long claimReminder(final ReviewRequest r, final int products, final Date now) {
        return claim(() -> {
            ReviewMail mail = repository.insertMail(new ReviewMail(r.getOrderId(), MailKind.REMINDER, r.getCustomerId(), products, now));
            if (repository.markReminderSent(r.getOrderId(), now) != 1) {
                throw new LostRace("Reminder of order " + r.getOrderId() + " changed meanwhile");
            }
            return mail.getId();
        });
    }

    /** Runs a claim in its own transaction; null when another run claimed first (lost race or unique key). */
    private Long claim(Supplier<Long> work) {
        try {
            return tx.execute(status -> work.get());
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
        Integer n = tx.execute(status -> repository.skip(orderId, reason));
        return n != null && n == 1 ? RequestOutcome.SKIPPED : RequestOutcome.NOT_DUE;
    }

    private RequestOutcome skipReminder(final long orderId, final SkipReason reason) {
        Integer n = tx.execute(status -> repository.skipReminder(orderId, reason));
        return n != null && n == 1 ? RequestOutcome.SKIPPED : RequestOutcome.NOT_DUE;
    }

    private boolean markFulfilled(final long orderId, final Date now) {
        Integer n = tx.execute(status -> repository.markFulfilled(orderId, now));
        return n != null && n == 1;
    }

    private List<Long> dueRequests(ReviewSettings s, Date now, final long after) {
        final Date dueBefore = new Date(now.getTime() - s.getDelayDays() * DAY_MS);
        final boolean byFulfilment = s.getTrigger() == ReviewTrigger.FULFILLMENT_STATUS;
        return tx.execute(status -> repository.dueRequests(byFulfilment, dueBefore, after, pageSize));
    }

    private List<Long> dueReminders(ReviewSettings s, Date now, final long after) {
        final Date sentBefore = new Date(now.getTime() - Math.max(0, s.getReminderDays()) * DAY_MS);
        return tx.execute(status -> repository.dueReminders(sentBefore, after, pageSize));
    }


    private ReviewRequest load(long orderId) {
        return tx.execute(status -> repository.fresh(ReviewRequest.class, orderId));
    }




    private long countReviews(final long customerId, final List<Long> productIds) {
        return tx.execute(status -> repository.countReviews(customerId, productIds));
    }


}
