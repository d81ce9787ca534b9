package org.evergreenloyalty.referral;

import org.evergreenloyalty.notification.MailOutcome;

/**
 * The referral e-mails: the invitation to a friend, "your friend ordered: reward pending" and "reward
 * granted" to the advocate. Called after the change that causes them has committed.
 */
public interface ReferralNotifier {

    /** Tells the advocate that the friend's first order is in and the reward is pending. */
    void friendOrdered(Referral referral);

    /** Tells the advocate the reward was granted. */
    void rewardGranted(Referral referral);

    /**
     * Sends an invitation from the advocate to {@code email}.
     *
     * @param optOutUrl the link with which the addressee stops all invitations
     * @return what became of the e-mail
     * @throws RuntimeException when the mail server or template failed
     */
    MailOutcome invite(long advocateId, String email, String referralLink, String optOutUrl);
}
