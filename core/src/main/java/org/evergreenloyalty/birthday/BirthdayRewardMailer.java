package org.evergreenloyalty.birthday;

/**
 * Sends the birthday e-mail of a reward (bean {@code evgBirthdayRewardMailer}): greeting, code, last
 * valid day, bonus points, up to three product suggestions. A reward's e-mail is claimed in the database
 * before it is sent, so two runs never send it twice; a failed or interrupted one is retried by later
 * runs a few times.
 */
public interface BirthdayRewardMailer {

    /** Attempts a claim-then-send retries at most this many times. */
    int MAX_ATTEMPTS = 5;

    /** Sends the reward's e-mail unless it was sent (or is being sent) already; returns the e-mail's status after. */
    MailStatus sendIfPending(long rewardId);

    /**
     * Sends up to {@code max} e-mails still pending or failed (an earlier run crashed or the mail server was
     * down), as long as their code can still be used.
     */
    int sendPending(int max);

    /**
     * Queues, in the caller's transaction, the e-mails of {@code rewards}: rewards of a page issued in that
     * transaction and not written yet (ids assigned), of customers whose contact data is in {@code contacts}.
     * Sets each reward's e-mail status as {@link #sendIfPending} would have left it (QUEUED, NO_ADDRESS, or PENDING
     * when the e-mail could not be made, so that a later run retries it).
     */
    void queueIssued(java.util.List<BirthdayReward> rewards, java.util.Map<Long, org.evergreenloyalty.customer.CustomerContact> contacts);

    /** Sends the reward's e-mail again (the admin's "resend"), whatever happened before. */
    MailStatus resend(long rewardId);
}
