package org.evergreenloyalty.referral;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.notification.LoyaltyEmail;
import org.evergreenloyalty.notification.LoyaltyMailer;
import org.evergreenloyalty.notification.MailKind;
import org.evergreenloyalty.notification.MailOutbox;
import org.evergreenloyalty.notification.MailOutcome;

/**
 * Sends the referral e-mails: the advocate's notices are queued in the mail outbox (sent after commit, retried,
 * within the daily cap); an invitation is sent at once through the mailer, because the shopper who asked for
 * it sees per address whether it went out (and a failed one gives the invitation back). The advocate's e-mails are in the unsubscribe
 * category {@value #CATEGORY} and each can be switched off in the settings; the invitation goes to someone
 * who is not a customer, so it has no category but an opt-out link of its own. A failure of an advocate
 * e-mail is logged and never undoes the change that caused it.
 */
public class MailingReferralNotifier implements ReferralNotifier {

    /** Unsubscribe category of the advocate's e-mails. */
    public static final String CATEGORY = "referral";

    private static final Log LOG = LogFactory.getLog(MailingReferralNotifier.class);

    private final LoyaltyMailer mailer;
    private final MailOutbox outbox;
    private final CustomerDirectory customers;
    private final ReferralSettingsService settings;
    private final ReferralLinks links;
    private final String currencyCode;

    public MailingReferralNotifier(LoyaltyMailer mailer, MailOutbox outbox, CustomerDirectory customers,
                                   ReferralSettingsService settings, ReferralLinks links, String currencyCode) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.customers = customers;
        this.settings = settings;
        this.links = links;
        this.currencyCode = currencyCode;
    }

    @Override
    public void friendOrdered(Referral r) {
        ReferralSettings s = settings.current();
        if (!s.isMailFriendOrdered()) {
            return;
        }
        CustomerContact advocate = customers.contact(r.getAdvocateId());
        if (advocate == null || advocate.getEmail() == null) {
            return;
        }
        String reward = rewardText(s, advocate);
        send(LoyaltyEmail.template("referral-friend-ordered").to(advocate.getEmail())
                .subject("Your friend ordered: your reward is on its way")
                .variable("name", advocate.getGreetingName())
                .variable("friendName", friendName(r))
                .variable("reward", reward)
                .variable("rewardDueAt", r.getRewardDueAt())
                .variable("approvalDays", s.getApprovalDays())
                .variable("accountUrl", links.accountPage())
                .unsubscribable(r.getAdvocateId(), CATEGORY), r);
    }

    @Override
    public void rewardGranted(Referral r) {
        ReferralSettings s = settings.current();
        if (!s.isMailRewardGranted()) {
            return;
        }
        CustomerContact advocate = customers.contact(r.getAdvocateId());
        if (advocate == null || advocate.getEmail() == null) {
            return;
        }
        Locale locale = locale(advocate);
        String reward = r.getRewardKind() == AdvocateRewardKind.CODE
                ? DiscountTerms.advocateCode(s).format(locale, currencyCode) + " off"
                : r.getRewardPoints() + " points";
        send(LoyaltyEmail.template("referral-reward-granted").to(advocate.getEmail())
                .subject("Thank you! Your referral reward: " + reward)
                .variable("name", advocate.getGreetingName())
                .variable("friendName", friendName(r))
                .variable("reward", reward)
                .variable("rewardCode", r.getRewardCode())
                .variable("points", r.getRewardPoints())
                .variable("accountUrl", links.accountPage())
                .unsubscribable(r.getAdvocateId(), CATEGORY), r);
    }

    @Override
    public MailOutcome invite(long advocateId, String email, String referralLink, String optOutUrl) {
        ReferralSettings s = settings.current();
        CustomerContact advocate = customers.contact(advocateId);
        String advocateName = advocate == null ? "A friend" : advocateName(advocate);
        DiscountTerms terms = DiscountTerms.friend(s);
        Locale locale = advocate == null ? Locale.US : locale(advocate);
        return mailer.send(LoyaltyEmail.template("referral-invite").to(email)
                // no text the advocate typed (the name) in the subject: it would let anyone mail any message to any address
                .subject("You are invited: " + terms.format(locale, currencyCode) + " off your first order")
                .variable("advocateName", advocateName)
                .variable("discount", terms.format(locale, currencyCode))
                .variable("minimum", terms.formatMinimum(locale, currencyCode))
                .variable("link", referralLink)
                .variable("optOutUrl", optOutUrl)
                .build());
    }

    private String rewardText(ReferralSettings s, CustomerContact advocate) {
        return s.getAdvocateRewardKind() == AdvocateRewardKind.CODE
                ? "a code for " + DiscountTerms.advocateCode(s).format(locale(advocate), currencyCode) + " off"
                : s.getAdvocatePoints() + " points";
    }

    private String friendName(Referral r) {
        CustomerContact friend = customers.contact(r.getFriendId());
        return friend == null || friend.getFirstName() == null || friend.getFirstName().trim().isEmpty()
                ? "Your friend" : friend.getFirstName().trim();
    }

    private static String advocateName(CustomerContact c) {
        String first = c.getFirstName() == null ? "" : c.getFirstName().trim();
        String last = c.getLastName() == null ? "" : c.getLastName().trim();
        String name = (first + (last.isEmpty() ? "" : " " + last.charAt(0) + ".")).trim();
        return name.isEmpty() ? "A friend" : name;
    }

    private static Locale locale(CustomerContact c) {
        if (c.getLocale() == null || c.getLocale().isEmpty()) {
            return Locale.US;
        }
        String[] p = c.getLocale().split("[_-]");
        return p.length > 1 ? new Locale(p[0], p[1]) : new Locale(p[0]);
    }

    /** Queues a notice to the advocate in the outbox; a bad e-mail is logged and never undoes the referral change. */
    private void send(LoyaltyEmail.Builder b, Referral r) {
        try {
            outbox.enqueue(b.build(), MailKind.MARKETING, MailOutbox.PRIORITY_NORMAL);
        } catch (RuntimeException e) {
            LOG.warn("Could not queue a referral e-mail for " + r + ": " + e.getMessage());
        }
    }
}
