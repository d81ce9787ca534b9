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

    /** Sends the reward's e-mail again (the admin's "resend"), whatever happened before. */
    MailStatus resend(long rewardId);
}
