package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.notification.LoyaltyEmail;
import org.evergreenloyalty.notification.LoyaltyMailer;
import org.evergreenloyalty.notification.MailOutcome;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds and sends the e-mail of a claimed review mail row and records how it ended; sends failed mails, and mails
 * whose run died while sending, again a few times while their links are young. Part of
 * {@link DefaultReviewRequestService}, which claims the rows.
 */
final class ReviewMailDelivery {

    /** How often one e-mail is tried at most. */
    static final int MAX_MAIL_ATTEMPTS = 3;
    /** A claim older than this belongs to a run that died. */
    static final long STALE_CLAIM_MS = 30L * 60 * 1000;
    /** A failed e-mail is retried only this many days after it was first tried. */
    static final int RETRY_DAYS = 7;

    private static final long DAY_MS = 24L * 60 * 60 * 1000;
    private static final Log LOG = LogFactory.getLog(ReviewMailDelivery.class);

    private final TransactionTemplate tx;
    private final ReviewRequestRepository repository;
    private final ReviewSettingsService settingsService;
    private final ReviewOrderSource orders;
    private final ReviewCatalog catalog;
    private final CustomerDirectory customers;
    private final ReviewEmailComposer composer;
    private final LoyaltyMailer mailer;
    private final BiFunction<List<ReviewRequestItem>, OrderSnapshot, List<ReviewRequestItem>> stillAskable;
    private final Clock clock;
    private final int pageSize;

    ReviewMailDelivery(TransactionTemplate tx, ReviewRequestRepository repository, ReviewSettingsService settingsService,
                       ReviewOrderSource orders, ReviewCatalog catalog, CustomerDirectory customers, ReviewEmailComposer composer,
                       LoyaltyMailer mailer, BiFunction<List<ReviewRequestItem>, OrderSnapshot, List<ReviewRequestItem>> stillAskable,
                       Clock clock, int pageSize) {
        this.tx = tx;
        this.repository = repository;
        this.settingsService = settingsService;
        this.orders = orders;
        this.catalog = catalog;
        this.customers = customers;
        this.composer = composer;
        this.mailer = mailer;
        this.stillAskable = stillAskable;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** The address to write to: the customer's, else the one given with the order; null without either. */
    static String address(CustomerDirectory customers, ReviewRequest r) {
        CustomerContact c = customers.contact(r.getCustomerId());
        String email = c != null && c.getEmail() != null && !c.getEmail().trim().isEmpty() ? c.getEmail().trim() : r.getOrderEmail();
        return email == null || email.trim().isEmpty() ? null : email.trim();
    }

    /** Builds and sends the e-mail of a claimed mail row; records and returns its state. */
    MailState deliver(long mailId) {
        ReviewMail mail = tx.execute(status -> repository.fresh(ReviewMail.class, mailId));
        ReviewRequest r = tx.execute(status -> repository.fresh(ReviewRequest.class, mail.getOrderId()));
        MailState state;
        String error = null;
        try {
            MailOutcome o = mailer.send(compose(mail, r));
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
        List<ReviewRequestItem> requested = tx.execute(status -> repository.requestedItems(r.getOrderId()));
        if (mail.getKind() == MailKind.REMINDER) {
            requested = stillAskable.apply(requested, orders.snapshot(r.getOrderId()));
        }
        List<ProductCard> cards = new ArrayList<ProductCard>();
        Set<Long> seen = new LinkedHashSet<Long>();
        for (ReviewRequestItem i : requested) {
            if (seen.add(i.getProductId())) {
                ProductCard card = catalog.product(i.getProductId());
                cards.add(card != null ? card : new ProductCard(i.getProductId(), i.getProductName(), null, null, true));
            }
        }
        if (cards.isEmpty()) {
            throw new IllegalStateException("Order " + r.getOrderId() + " has no products left to ask about");
        }
        CustomerContact c = customers.contact(r.getCustomerId());
        return composer.compose(mail.getKind(), address(customers, r), r.getCustomerId(), c == null ? null : c.getGreetingName(),
                c == null ? null : c.getLocale(), r.getOrderId(), r.getOrderNumber(), cards,
                s.isSatisfactionQuestion(), s.getRewardPoints(), r.getLinksExpireAt());
    }

    /** Sends mails that failed, or whose run died, again (a few attempts, within {@link #RETRY_DAYS}); returns how many went out. */
    int retryMails(final Date now) {
        final Date stale = new Date(now.getTime() - STALE_CLAIM_MS);
        final Date since = new Date(now.getTime() - RETRY_DAYS * DAY_MS);
        List<Long> ids = tx.execute(status -> repository.retryableMails(MAX_MAIL_ATTEMPTS, since, stale, pageSize));
        int sent = 0;
        for (final Long id : ids) {
            Integer claimed = tx.execute(status -> repository.claimRetry(id, now, MAX_MAIL_ATTEMPTS, stale));
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

    private void record(final long mailId, final MailState state, final String error) {
        final Date now = clock.now();
        final String shortError = error == null ? null : (error.length() > 500 ? error.substring(0, 500) : error);
        tx.execute(status -> {
            repository.recordMail(mailId, state, state == MailState.SENT ? now : null, shortError);
            return null;
        });
    }
}
