package org.evergreenloyalty.notification;

/**
 * Learns how the outbox ended an e-mail that a feature queued with its own reference (e.g. a birthday reward
 * id under {@link #refType()} {@code birthday-reward}), so the feature can keep its own mail status. Called
 * in the sender's transaction that records the end, once per e-mail: SENT, SKIPPED or FAILED.
 */
public interface OutboxListener {

    /** The reference type this listener handles. */
    String refType();

    /**
     * The e-mail queued with {@code refId} ended in {@code status}; {@code outcome} says what the mailer
     * answered (null when it failed, or when the customer had no address), {@code error} why it failed or was skipped.
     */
    void finished(long refId, OutboxStatus status, MailOutcome outcome, String error);
}
