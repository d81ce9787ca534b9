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
import org.evergreenloyalty.notification.MailSubject;
import org.evergreenloyalty.notification.MailTexts;

/**
 * Sends the referral e-mails: the advocate's notices are queued in the mail outbox (sent after commit, retried,
 * within the daily cap); an invitation is sent at once through the mailer, because the shopper who asked for
 * it sees per address whether it went out (and a failed one gives the invitation back). The advocate's e-mails are in the unsubscribe
 * category {@value #CATEGORY} and each can be switched off in the settings; the invitation goes to someone
 * who is not a customer, so it has no category but an opt-out link of its own. A failure of an advocate
 * e-mail is logged and never undoes the change that caused it. The advocate's e-mails and the invitation are in the
 * advocate's language (texts of {@code messages/evergreen-mail*.properties}).
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
    private final MailTexts texts;

    public MailingReferralNotifier(LoyaltyMailer mailer, MailOutbox outbox, CustomerDirectory customers,
                                   ReferralSettingsService settings, ReferralLinks links, String currencyCode, MailTexts texts) {
        this.texts = texts;
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
        Locale locale = texts.locale(advocate.getLocale());
        String reward = rewardText(s, locale);
        send(LoyaltyEmail.template("referral-friend-ordered").to(advocate.getEmail()).locale(locale.toLanguageTag())
                .subject(MailSubject.key("evergreen.mail.referral-friend-ordered.subject"))
                .variable("name", advocate.getGreetingName())
                .variable("friendName", friendName(r, locale))
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
        Locale locale = texts.locale(advocate.getLocale());
        String reward = r.getRewardKind() == AdvocateRewardKind.CODE
                ? texts.text(locale, "evergreen.mail.referral.reward.off", DiscountTerms.advocateCode(s).format(locale, currencyCode))
                : texts.text(locale, "evergreen.mail.referral.reward.points", r.getRewardPoints());
        send(LoyaltyEmail.template("referral-reward-granted").to(advocate.getEmail()).locale(locale.toLanguageTag())
                .subject(MailSubject.key("evergreen.mail.referral-reward-granted.subject", reward))
                .variable("name", advocate.getGreetingName())
                .variable("friendName", friendName(r, locale))
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
        Locale locale = texts.locale(advocate == null ? null : advocate.getLocale());
        String advocateName = advocate == null ? null : advocateName(advocate);
        advocateName = advocateName != null ? advocateName : texts.text(locale, "evergreen.mail.referral.aFriend");
        DiscountTerms terms = DiscountTerms.friend(s);
        return mailer.send(LoyaltyEmail.template("referral-invite").to(email).locale(locale.toLanguageTag())
                // no text the advocate typed (the name) in the subject: it would let anyone mail any message to any address
                .subject(MailSubject.key("evergreen.mail.referral-invite.subject", terms.format(locale, currencyCode)))
                .variable("advocateName", advocateName)
                .variable("discount", terms.format(locale, currencyCode))
                .variable("minimum", terms.formatMinimum(locale, currencyCode))
                .variable("link", referralLink)
                .variable("optOutUrl", optOutUrl)
                .build());
    }

    private String rewardText(ReferralSettings s, Locale locale) {
        return s.getAdvocateRewardKind() == AdvocateRewardKind.CODE
                ? texts.text(locale, "evergreen.mail.referral.reward.code", DiscountTerms.advocateCode(s).format(locale, currencyCode))
                : texts.text(locale, "evergreen.mail.referral.reward.points", s.getAdvocatePoints());
    }

    private String friendName(Referral r, Locale locale) {
        CustomerContact friend = customers.contact(r.getFriendId());
        return friend == null || friend.getFirstName() == null || friend.getFirstName().trim().isEmpty()
                ? texts.text(locale, "evergreen.mail.referral.yourFriend") : friend.getFirstName().trim();
    }

    private static String advocateName(CustomerContact c) {
        String first = c.getFirstName() == null ? "" : c.getFirstName().trim();
        String last = c.getLastName() == null ? "" : c.getLastName().trim();
        String name = (first + (last.isEmpty() ? "" : " " + last.charAt(0) + ".")).trim();
        return name.isEmpty() ? null : name;
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
