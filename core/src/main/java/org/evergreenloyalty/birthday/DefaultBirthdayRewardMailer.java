package org.evergreenloyalty.birthday;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.notification.LoyaltyEmail;
import org.evergreenloyalty.notification.MailKind;
import org.evergreenloyalty.notification.MailOutbox;
import org.evergreenloyalty.notification.MailSubject;
import org.evergreenloyalty.notification.MailTexts;
import org.evergreenloyalty.notification.OutboxListener;
import org.evergreenloyalty.notification.OutboxListeners;
import org.evergreenloyalty.notification.OutboxStatus;
import org.evergreenloyalty.notification.MailOutcome;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BirthdayRewardMailer} on the {@link MailOutbox} and the template {@code emailTemplates/evergreen/birthday.html}:
 * a claimed e-mail is queued (status QUEUED) and the outbox reports how it ended (SENT, UNSUBSCRIBED, DISABLED,
 * FAILED) through this mailer's {@link OutboxListener}; a FAILED one is queued again by later runs, a few times.
 */
public class DefaultBirthdayRewardMailer implements BirthdayRewardMailer {

    /** The unsubscribe category of birthday e-mails. */
    public static final String CATEGORY = "birthday";
    /** The e-mail template. */
    public static final String TEMPLATE = "birthday";
    /** How many products the e-mail suggests at most. */
    public static final int SUGGESTIONS = 3;
    /** A points-only reward's unsent e-mail is retried for this many days. */
    static final int RETRY_DAYS = 7;
    /** The outbox reference type of birthday e-mails (the reward id is the reference). */
    public static final String REF_TYPE = "birthday-reward";
    /** A claim older than this is taken to belong to a run that died. */
    static final long STALE_CLAIM_MS = 30L * 60 * 1000;

    private static final Log LOG = LogFactory.getLog(DefaultBirthdayRewardMailer.class);

    private final MailTexts texts;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final BirthdayRepository repository;

    private final TransactionTemplate tx;
    private final BirthdaySettingsService settingsService;
    private final MailOutbox outbox;
    private final CustomerDirectory customers;
    private final ProductSuggestionSource suggestions;
    private final Clock clock;
    private final String accountUrl;

    public DefaultBirthdayRewardMailer(PlatformTransactionManager txm, BirthdayRepository repository, BirthdaySettingsService settingsService, MailOutbox outbox,
                                       OutboxListeners listeners, CustomerDirectory customers, ProductSuggestionSource suggestions,
                                       Clock clock, String storeBaseUrl, String accountPath, MailTexts texts) {
        this.texts = texts;
        this.repository = repository;
        this.tx = new TransactionTemplate(txm);
        this.settingsService = settingsService;
        this.outbox = outbox;
        listeners.add(new OutcomeListener());
        this.customers = customers;
        this.suggestions = suggestions;
        this.clock = clock;
        String base = storeBaseUrl.endsWith("/") ? storeBaseUrl.substring(0, storeBaseUrl.length() - 1) : storeBaseUrl;
        this.accountUrl = base + accountPath;
    }

    @Override
    public MailStatus sendIfPending(long rewardId) {
        if (!claim(rewardId, false)) {
            return currentStatus(rewardId);
        }
        return send(rewardId);
    }

    @Override
    public int sendPending(final int max) {
        final Date now = clock.now();
        final Date stale = new Date(now.getTime() - STALE_CLAIM_MS);
        List<Long> ids = tx.execute(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                // never an e-mail whose code can no longer be used, nor a points-only one older than RETRY_DAYS
                return repository.mailsDue(now, new Date(now.getTime() - RETRY_DAYS * 24L * 60 * 60 * 1000), stale, MAX_ATTEMPTS, Math.max(1, max));
            }
        });
        int sent = 0;
        for (Long id : ids) {
            try {
                if (sendIfPending(id) == MailStatus.SENT) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Birthday e-mail of reward " + id + " failed: " + e.getMessage());
            }
        }
        return sent;
    }

    @Override
    public MailStatus resend(long rewardId) {
        if (find(rewardId) == null) {
            throw new BirthdayException(null, "evergreen.birthday.error.noSuchReward", "There is no birthday reward " + rewardId + ".", rewardId);
        }
        claim(rewardId, true);
        return send(rewardId);
    }

    /** Marks the e-mail SENDING if nobody else does (or did, too long ago); true if this call got it. */
    private boolean claim(final long rewardId, final boolean force) {
        final Date now = clock.now();
        final Date stale = new Date(now.getTime() - STALE_CLAIM_MS);
        Integer n = tx.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return repository.claimMail(rewardId, now, force, MAX_ATTEMPTS, stale);
            }
        });
        return n != null && n == 1;
    }

    private MailStatus send(long rewardId) {
        BirthdayReward r = find(rewardId);
        CustomerContact c = customers.contact(r.getCustomerId());
        MailStatus result;
        String error = null;
        if (c == null || c.getEmail() == null || c.getEmail().trim().isEmpty()) {
            result = MailStatus.NO_ADDRESS;
        } else if (!settingsService.current().isMailEnabled()) {
            result = MailStatus.DISABLED;
        } else {
            try {
                LoyaltyEmail email = email(r, c);
                tx.execute(status -> {
                    outbox.enqueue(email, MailKind.MARKETING, MailOutbox.PRIORITY_HIGH, REF_TYPE, rewardId);
                    recordInTransaction(rewardId, MailStatus.QUEUED, null);
                    return null;
                });
                return currentStatus(rewardId); // already SENT when the outbox sends in the committing thread
            } catch (RuntimeException e) {
                LOG.warn("Birthday e-mail of reward " + rewardId + " to customer " + r.getCustomerId() + " failed: " + e.getMessage());
                result = MailStatus.FAILED;
                error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            }
        }
        record(rewardId, result, error);
        return result;
    }

    @Override
    public void queueIssued(List<BirthdayReward> rewards, Map<Long, CustomerContact> contacts) {
        Date now = clock.now();
        List<Long> addressed = new ArrayList<Long>();
        for (BirthdayReward r : rewards) {
            if (hasAddress(contacts.get(r.getCustomerId()))) {
                addressed.add(r.getCustomerId());
            }
        }
        Map<Long, List<ProductSuggestion>> products = java.util.Collections.emptyMap();
        try {
            products = addressed.isEmpty() ? products : suggestions.suggestionsFor(addressed, SUGGESTIONS);
        } catch (RuntimeException e) {
            LOG.warn("No product suggestions for a page of birthday e-mails: " + e.getMessage());
        }
        for (BirthdayReward r : rewards) {
            CustomerContact c = contacts.get(r.getCustomerId());
            if (!hasAddress(c)) {
                r.mailClaimed(MailStatus.NO_ADDRESS, now);
                continue;
            }
            try {
                LoyaltyEmail email = email(r, c, products.get(r.getCustomerId()));
                outbox.enqueue(email, MailKind.MARKETING, MailOutbox.PRIORITY_HIGH, REF_TYPE, r.getId());
                r.mailClaimed(MailStatus.QUEUED, now);
            } catch (RuntimeException e) {
                LOG.warn("Birthday e-mail of customer " + r.getCustomerId() + " not queued; a later run retries: " + e.getMessage());
            }
        }
    }

    private static boolean hasAddress(CustomerContact c) {
        return c != null && c.getEmail() != null && !c.getEmail().trim().isEmpty();
    }

    /** The e-mail of reward {@code r} to {@code c}. */
    LoyaltyEmail email(BirthdayReward r, CustomerContact c) {
        List<ProductSuggestion> found = null;
        try {
            found = suggestions.suggestionsFor(r.getCustomerId(), SUGGESTIONS);
        } catch (RuntimeException e) {
            LOG.warn("No product suggestions for customer " + r.getCustomerId() + ": " + e.getMessage());
        }
        return email(r, c, found);
    }

    /** The e-mail of reward {@code r} to {@code c}, suggesting {@code found} (may be null). */
    private LoyaltyEmail email(BirthdayReward r, CustomerContact c, List<ProductSuggestion> found) {
        List<Map<String, String>> products = new ArrayList<Map<String, String>>();
        if (found != null) {
            for (ProductSuggestion p : found) {
                products.add(p.asMap());
                if (products.size() == SUGGESTIONS) {
                    break;
                }
            }
        }
        String name = c.getGreetingName();
        Locale locale = texts.locale(c.getLocale());
        return LoyaltyEmail.template(TEMPLATE).to(c.getEmail()).locale(locale.toLanguageTag())
                .subject(MailSubject.key("evergreen.mail.birthday.subject", name))
                .variable("name", name)
                .variable("code", r.getCode())
                .variable("discount", RewardTexts.discount(r.getDiscountKind(), r.getDiscountValue(), r.getCurrencyCode(), locale))
                .variable("minimum", RewardTexts.money(r.getMinimumSubtotal(), r.getCurrencyCode(), locale))
                .variable("lastValidDay", RewardTexts.longDate(r.getLastValidDay(), locale))
                .variable("lastValidDayIso", r.getLastValidDay() == null ? null : r.getLastValidDay().toString())
                .variable("bonusPoints", r.getBonusPoints())
                .variable("suggestions", products)
                .variable("accountUrl", accountUrl)
                .unsubscribable(r.getCustomerId(), CATEGORY)
                .build();
    }

    private void record(final long rewardId, final MailStatus status, final String error) {
        tx.execute(s -> {
            recordInTransaction(rewardId, status, error);
            return null;
        });
    }

    private void recordInTransaction(long rewardId, MailStatus status, String error) {
        BirthdayReward r = em.find(BirthdayReward.class, rewardId);
        em.refresh(r);
        r.mailResult(status, clock.now(), error);
        em.flush();
    }

    /** Takes the outbox's word on how a birthday e-mail ended. */
    private final class OutcomeListener implements OutboxListener {
        @Override
        public String refType() {
            return REF_TYPE;
        }

        @Override
        public void finished(long rewardId, OutboxStatus status, MailOutcome outcome, String error) {
            MailStatus result = status == OutboxStatus.SENT ? MailStatus.SENT
                    : status == OutboxStatus.FAILED ? MailStatus.FAILED
                    : outcome == MailOutcome.UNSUBSCRIBED ? MailStatus.UNSUBSCRIBED
                    : outcome == MailOutcome.MAIL_DISABLED ? MailStatus.DISABLED : MailStatus.NO_ADDRESS;
            record(rewardId, result, status == OutboxStatus.SENT ? null : error);
        }
    }

    private MailStatus currentStatus(long rewardId) {
        BirthdayReward r = find(rewardId);
        return r == null ? null : r.getMailStatus();
    }

    private BirthdayReward find(final long rewardId) {
        return tx.execute(new TransactionCallback<BirthdayReward>() {
            @Override
            public BirthdayReward doInTransaction(TransactionStatus status) {
                BirthdayReward r = em.find(BirthdayReward.class, rewardId);
                if (r != null) {
                    em.refresh(r);
                    em.detach(r);
                }
                return r;
            }
        });
    }
}
