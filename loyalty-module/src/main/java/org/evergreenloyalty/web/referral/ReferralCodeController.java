package org.evergreenloyalty.web.referral;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.referral.Attribution;
import org.evergreenloyalty.referral.CodeCheck;
import org.evergreenloyalty.referral.ReferralException;
import org.evergreenloyalty.referral.ReferralService;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.evergreenloyalty.referral.ReferralSource;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.referral.WelcomeDiscount;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.LocalRedirect;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The code field of the cart (fragment {@code evergreen/referral/codeField :: cart}):
 * {@code POST /referral/code} (field {@code referralCode}) and {@code POST /referral/apply}. A signed-in shopper
 * is attributed at once and the first-order discount goes on the cart; an anonymous shopper's valid code is
 * remembered like a followed link (a typed code replaces the link's) and used at registration. The result is a
 * flash text ({@link #MESSAGE} or {@link #ERROR}) on the page named by {@code returnTo} (a local path, else /cart).
 */
@Controller
@RequestMapping("/referral")
public class ReferralCodeController {

    /** Flash attribute of a success text. */
    public static final String MESSAGE = "evgReferralMessage";
    /** Flash attribute of an error text. */
    public static final String ERROR = "evgReferralError";
    /** Where the shopper goes back to when the form names no local page. */
    public static final String DEFAULT_RETURN = "/cart";

    private static final Log LOG = LogFactory.getLog(ReferralCodeController.class);

    private final ReferralService referrals;
    private final ReferralSettingsService settings;
    private final CurrentShopper shopper;
    private final ReferralTexts texts;
    private final ReferralWebSettings web;

    @Autowired
    public ReferralCodeController(@Qualifier("evgReferralService") ReferralService referrals,
                                  @Qualifier("evgReferralSettingsService") ReferralSettingsService settings,
                                  @Qualifier("evgCurrentShopper") CurrentShopper shopper,
                                  @Qualifier("evgReferralTexts") ReferralTexts texts,
                                  @Qualifier("evgReferralWebSettings") ReferralWebSettings web) {
        this.referrals = referrals;
        this.settings = settings;
        this.shopper = shopper;
        this.texts = texts;
        this.web = web;
    }

    /** A typed referral code. */
    @RequestMapping(value = "/code", method = RequestMethod.POST)
    public String enter(@RequestParam(value = ReferralRequests.CODE_PARAMETER, required = false) String code,
                        @RequestParam(value = "returnTo", required = false) String returnTo,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        String back = "redirect:" + LocalRedirect.target(returnTo, DEFAULT_RETURN);
        try {
            return handle(code, back, request, response, flash);
        } catch (RuntimeException e) {
            LOG.warn("Referral code entry failed", e);
            flash.addFlashAttribute(ERROR, texts.getMessages().text("evergreen.referral.unexpected", RequestContextUtils.getLocale(request)));
            return back;
        }
    }

    private String handle(String code, String back, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        Locale locale = RequestContextUtils.getLocale(request);
        Visitor visitor = ReferralRequests.visitor(request, web.getProxies());
        String currency = shopper.currencyCode();
        Long customerId = shopper.customerId();
        if (customerId == null) {
            CodeCheck check = referrals.check(code, null, visitor);
            if (!check.isValid()) {
                flash.addFlashAttribute(ERROR, texts.problem(check, locale));
                return back;
            }
            ReferralRequests.rememberCode(request, response, web.getCookieName(), check.getCode(), settings.current().getCookieDays());
            flash.addFlashAttribute(MESSAGE, texts.getMessages().text("evergreen.referral.code.saved", locale,
                    texts.invitation(referrals.describe(check), locale, currency)));
            return back;
        }
        Attribution a = referrals.attributeCode(customerId, code, ReferralSource.TYPED_CODE, visitor);
        switch (a.getOutcome()) {
            case REFERRED:
            case ALREADY_BY_THIS_ADVOCATE:
                applyToCart(customerId, locale, currency, flash, texts.attribution(a, locale, currency, referrals.friendTerms()));
                return back;
            case FLAGGED:
                flash.addFlashAttribute(MESSAGE, texts.attribution(a, locale, currency, referrals.friendTerms()));
                return back;
            default:
                flash.addFlashAttribute(ERROR, texts.attribution(a, locale, currency, referrals.friendTerms()));
                return back;
        }
    }

    /** Puts the signed-in shopper's first-order discount on the cart. */
    @RequestMapping(value = "/apply", method = RequestMethod.POST)
    public String apply(@RequestParam(value = "returnTo", required = false) String returnTo,
                        HttpServletRequest request, RedirectAttributes flash) {
        Locale locale = RequestContextUtils.getLocale(request);
        String back = "redirect:" + LocalRedirect.target(returnTo, DEFAULT_RETURN);
        Long customerId = shopper.customerId();
        if (customerId == null) {
            flash.addFlashAttribute(ERROR, texts.getMessages().text("evergreen.referral.signIn", locale));
            return back;
        }
        applyToCart(customerId, locale, shopper.currencyCode(), flash, null);
        return back;
    }

    private void applyToCart(long customerId, Locale locale, String currency, RedirectAttributes flash, String before) {
        Long cartId = shopper.cartId();
        WelcomeDiscount w = referrals.welcomeDiscount(customerId);
        if (w == null || cartId == null) {
            if (before != null) {
                flash.addFlashAttribute(MESSAGE, before);
            } else {
                flash.addFlashAttribute(ERROR, texts.getMessages().text(w == null ? "evergreen.referral.cart.noDiscount"
                        : "evergreen.referral.cart.noCart", locale));
            }
            return;
        }
        try {
            referrals.applyWelcomeDiscount(customerId, cartId);
            flash.addFlashAttribute(MESSAGE, texts.getMessages().text("evergreen.referral.cart.applied", locale,
                    texts.discount(w.getTerms(), locale, currency)));
        } catch (ReferralException e) {
            flash.addFlashAttribute(ERROR, texts.getMessages().text(e, locale));
        } catch (RuntimeException e) {
            LOG.warn("Welcome discount of customer " + customerId + " could not be put on cart " + cartId, e);
            flash.addFlashAttribute(ERROR, texts.getMessages().text("evergreen.referral.cart.refused", locale));
        }
    }
}
