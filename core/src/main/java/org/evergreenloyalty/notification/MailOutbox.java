package org.evergreenloyalty.notification;

import java.util.Map;

/**
 * The module's e-mail outbox (bean {@code evgMailOutbox}): features queue e-mails here in the transaction
 * that decides to send them, so an e-mail goes out only if that change commits, and a slow or failing mail
 * server never slows down or rolls back the change. The {@link OutboxSender} sends them after the commit,
 * with retries, in priority order (0 first), within the per-customer cap for marketing e-mails.
 */
public interface MailOutbox {

    /** Priorities used by the module's e-mails (0 is sent first). */
    int PRIORITY_HIGH = 1;
    int PRIORITY_NORMAL = 5;
    int PRIORITY_LOW = 8;

    /**
     * Queues {@code email} in the caller's transaction (or in one of its own when there is none, or when called
     * after a commit); returns the outbox id.
     */
    default long enqueue(LoyaltyEmail email, MailKind kind, int priority) {
        return enqueue(email, kind, priority, null, null);
    }

    /**
     * {@link #enqueue(LoyaltyEmail, MailKind, int)} with the queuing feature's reference: the {@link OutboxListener}
     * of {@code refType} learns how the e-mail ended.
     */
    long enqueue(LoyaltyEmail email, MailKind kind, int priority, String refType, Long refId);

    /**
     * Queues an e-mail to customer {@code customerId} whose address, language and greeting name (template variable
     * {@code name}) are looked up only when it is sent; {@code category} (may be null) makes it unsubscribable.
     * Checked like a {@link LoyaltyEmail}; returns the outbox id.
     */
    long enqueueToCustomer(long customerId, String template, MailSubject subject, String category, Map<String, ?> variables,
                           MailKind kind, int priority);

    /** {@link #enqueueToCustomer(long, String, MailSubject, String, Map, MailKind, int)} with a subject given as text. */
    default long enqueueToCustomer(long customerId, String template, String subject, String category, Map<String, ?> variables,
                                   MailKind kind, int priority) {
        return enqueueToCustomer(customerId, template, subject == null ? null : MailSubject.text(subject), category, variables, kind, priority);
    }
}
