package org.evergreenloyalty.web.referral;

import java.util.Locale;

import org.evergreenloyalty.referral.Attribution;
import org.evergreenloyalty.referral.CodeCheck;
import org.evergreenloyalty.referral.DiscountTerms;
import org.evergreenloyalty.referral.LinkInvitation;
import org.evergreenloyalty.referral.ReferralCodeFormat;

/** Shopper-facing sentences about codes, invitations and attributions, from the referral message bundle. */
public class ReferralTexts {

    private final ReferralMessages messages;

    public ReferralTexts(ReferralMessages messages) {
        this.messages = messages;
    }

    /** "10%" or "$10.00", plus " on orders from $50.00" when there is a minimum. */
    public String discount(DiscountTerms terms, Locale locale, String currencyCode) {
        String d = terms.format(locale, currencyCode);
        String min = terms.formatMinimum(locale, currencyCode);
        return min == null ? d : messages.text("evergreen.referral.discount.withMinimum", locale, d, min);
    }

    /** The invitation of a valid link or code: who gives what. */
    public String invitation(LinkInvitation inv, Locale locale, String currencyCode) {
        String discount = discount(inv.getTerms(), locale, currencyCode);
        return inv.getAdvocateFirstName() == null
                ? messages.text("evergreen.referral.banner.invitationAnonymous", locale, discount)
                : messages.text("evergreen.referral.banner.invitation", locale, inv.getAdvocateFirstName(), discount);
    }

    /** Why a code was not accepted. */
    public String problem(CodeCheck check, Locale locale) {
        return messages.text(check.getMessageKey(), locale, ReferralCodeFormat.display(check.getCode()));
    }

    /** What an attribution means for the shopper, or null when there is nothing to say. */
    public String attribution(Attribution a, Locale locale, String currencyCode, DiscountTerms terms) {
        if (a == null || a.getOutcome() == Attribution.Outcome.NONE) {
            return null;
        }
        if (a.getOutcome() == Attribution.Outcome.INVALID_CODE) {
            return problem(a.getCheck(), locale);
        }
        return messages.text(a.getMessageKey(), locale, discount(terms, locale, currencyCode));
    }

    public ReferralMessages getMessages() { return messages; }
}
