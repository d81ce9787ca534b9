package org.evergreenloyalty.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link MailOutbox} on the {@code EVG_MAIL_OUTBOX} table: joins the caller's transaction (its e-mails are written
 * together just before it commits, so a job's page of e-mails costs a few statements), and once per
 * transaction registers a nudge that makes the {@link OutboxSender} send right after the commit (the
 * {@code mail-outbox} job picks up whatever a nudge missed, e.g. after a crash).
 */
public class DefaultMailOutbox implements MailOutbox {

    private static final Object PENDING_KEY = new Object();
    private static final String PLACEHOLDER_ADDRESS = "customer@address.invalid";

    private final TransactionTemplate newTx;
    private final OutboxRepository repository;
    private final OutboxSender sender;
    private final Clock clock;

    public DefaultMailOutbox(PlatformTransactionManager txm, OutboxRepository repository, OutboxSender sender, Clock clock) {
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.repository = repository;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public long enqueue(LoyaltyEmail email, MailKind kind, int priority, String refType, Long refId) {
        return add(new OutboxMail(email.getTemplate(), email.getTo(), email.getSubject(), stored(email),
                email.getCustomerId(), email.getCategory(), kind, priority, clock.now(), refType, refId));
    }

    @Override
    public long enqueueToCustomer(long customerId, String template, MailSubject subject, String category, Map<String, ?> variables,
                                  MailKind kind, int priority) {
        LoyaltyEmail.Builder check = LoyaltyEmail.template(template).to(PLACEHOLDER_ADDRESS).subject(subject).variables(variables);
        if (category != null) {
            check.unsubscribable(customerId, category);
        }
        LoyaltyEmail checked = check.build();
        return add(new OutboxMail(template, null, checked.getSubject(), stored(checked), customerId, category,
                kind, priority, clock.now()));
    }

    /**
     * The variables kept with a queued e-mail: the caller's, plus its subject (a key is resolved in the recipient's
     * language when it is sent) and its language when the caller named one ({@link OutboxSender} reads them back).
     */
    private static Map<String, Object> stored(LoyaltyEmail email) {
        Map<String, Object> v = new LinkedHashMap<String, Object>(email.getVariables());
        v.put(OutboxMail.SUBJECT_VARIABLE, email.getMailSubject());
        if (email.getLocale() != null) {
            v.put(OutboxMail.LOCALE_VARIABLE, email.getLocale());
        }
        return v;
    }

    private long add(final OutboxMail mail) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && !AfterCommit.inCommittedTransaction()) {
            mail.assignId(repository.nextId());
            pendingOfTransaction().add(mail);
            return mail.getId();
        }
        newTx.execute(status -> {
            repository.add(mail);
            return null;
        });
        sender.nudge();
        return mail.getId();
    }

    /**
     * The e-mails the current transaction queued: written together with multi-row inserts just before it commits
     * (nothing for a transaction that rolls back), then one nudge after the commit, however many it queued.
     */
    @SuppressWarnings("unchecked")
    private List<OutboxMail> pendingOfTransaction() {
        List<OutboxMail> pending = (List<OutboxMail>) TransactionSynchronizationManager.getResource(PENDING_KEY);
        if (pending != null) {
            return pending;
        }
        List<OutboxMail> mails = new ArrayList<OutboxMail>();
        TransactionSynchronizationManager.bindResource(PENDING_KEY, mails);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void beforeCommit(boolean readOnly) {
                repository.insertAll(mails);
                mails.clear();
            }

            @Override
            public void afterCommit() {
                sender.nudge();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_KEY);
            }
        });
        return mails;
    }
}
