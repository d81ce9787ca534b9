package org.evergreenloyalty.broadleaf.referral;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.evergreenloyalty.referral.CodeCheck;
import org.evergreenloyalty.referral.LinkInvitation;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralCodeFormat;
import org.evergreenloyalty.referral.ReferralService;
import org.evergreenloyalty.referral.ReferralStatus;
import org.evergreenloyalty.referral.WelcomeDiscount;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.referral.ReferralRequests;
import org.evergreenloyalty.web.referral.ReferralTexts;
import org.evergreenloyalty.web.referral.ReferralWebSettings;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * {@code #evergreenReferral} in storefront templates, for the referral fragments: the invitation of the link
 * cookie (who invites and the friend's reward), the signed-in shopper's first-order discount, and the name of
 * the code field. The cookie's code is checked once per session (wrong ones count towards the throttle like
 * typed ones, so a forged cookie cannot be used to guess codes).
 */
public class ReferralVariableExpression implements BroadleafVariableExpression {

    private static final String SESSION_PREFIX = "evgReferralInvitation:";
    private static final String NONE = "";

    private final ReferralService referrals;
    private final CurrentShopper shopper;
    private final ReferralTexts texts;
    private final ReferralWebSettings web;

    public ReferralVariableExpression(ReferralService referrals, CurrentShopper shopper, ReferralTexts texts,
                                      ReferralWebSettings web) {
        this.referrals = referrals;
        this.shopper = shopper;
        this.texts = texts;
        this.web = web;
    }

    @Override
    public String getName() {
        return "evergreenReferral";
    }

    /** The form field name of a typed code. */
    public String codeParameter() {
        return ReferralRequests.CODE_PARAMETER;
    }

    /** The code of the followed link, for display (e.g. K7M3Q-X9PAB), or null. */
    public String linkCode() {
        String code = ReferralRequests.linkCode(RequestCurrentVisitor.currentRequest(), web.getCookieName());
        return code == null ? null : ReferralCodeFormat.display(ReferralCodeFormat.normalize(code));
    }

    /** "Anna gave you 10% off your first order" for a followed link of an anonymous shopper, or null. */
    public String invitationText() {
        HttpServletRequest request = RequestCurrentVisitor.currentRequest();
        String code = ReferralRequests.linkCode(request, web.getCookieName());
        if (code == null || shopper.customerId() != null) {
            return null;
        }
        HttpSession session = request.getSession(true);
        String key = SESSION_PREFIX + ReferralCodeFormat.normalize(code) + ":" + locale();
        Object cached = session.getAttribute(key);
        if (cached instanceof String) {
            return NONE.equals(cached) ? null : (String) cached;
        }
        CodeCheck check = referrals.check(code, null, ReferralRequests.visitor(request, web.getProxies()));
        LinkInvitation inv = referrals.describe(check);
        String text = inv == null ? null : texts.invitation(inv, locale(), shopper.currencyCode());
        if (check.getOutcome() != CodeCheck.Outcome.THROTTLED) {
            session.setAttribute(key, text == null ? NONE : text);
        }
        return text;
    }

    /** The signed-in shopper's usable first-order discount, or null. */
    public WelcomeDiscount welcomeDiscount() {
        Long customerId = shopper.customerId();
        return customerId == null ? null : referrals.welcomeDiscount(customerId);
    }

    /**
     * Whether the signed-in shopper was referred but the referral waits for a check (a fraud rule held it) before
     * the first-order discount is given: the cart then says the discount is being checked.
     */
    public boolean discountUnderReview() {
        Long customerId = shopper.customerId();
        Referral r = customerId == null ? null : referrals.referralOfFriend(customerId);
        return r != null && r.getStatus() == ReferralStatus.FLAGGED && r.getOrderId() == null;
    }

    /** Whether the cart offers the referral-code field: not to a shopper who was already referred (once per customer). */
    public boolean codeFieldOffered() {
        Long customerId = shopper.customerId();
        return customerId == null || referrals.referralOfFriend(customerId) == null;
    }

    /** "10%" or "$10.00 on orders from $50.00" for the shopper's first-order discount, or null. */
    public String welcomeDiscountText() {
        WelcomeDiscount w = welcomeDiscount();
        return w == null ? null : texts.discount(w.getTerms(), locale(), shopper.currencyCode());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
