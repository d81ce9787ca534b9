package org.evergreenloyalty.web.referral;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.referral.Attribution;
import org.evergreenloyalty.referral.CodeCheck;
import org.evergreenloyalty.referral.ReferralService;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.evergreenloyalty.referral.ReferralSource;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.web.CurrentShopper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code GET /r/{code}}: a followed referral link. A valid code is remembered in the link cookie (lifetime from
 * the settings) and the shopper lands on the home page with a banner naming the friend's reward; a wrong code
 * lands there with the reason (and counts towards the wrong-code throttle). The GET attributes nobody: a link,
 * image or redirect planted on another site must not make a signed-in shopper somebody's friend. A signed-in
 * customer who has not been referred yet gets a banner with a confirmation form, {@code POST /r/{code}} (with the
 * store's CSRF token), which attributes the customer; an anonymous POST only sets the cookie like the GET.
 */
@Controller
public class ReferralLinkController {

    private static final org.apache.commons.logging.Log LOG = org.apache.commons.logging.LogFactory.getLog(ReferralLinkController.class);

    /** Where the link lands. */
    public static final String LANDING = "/";

    private final ReferralService referrals;
    private final ReferralSettingsService settings;
    private final CurrentShopper shopper;
    private final ReferralTexts texts;
    private final ReferralWebSettings web;

    @Autowired
    public ReferralLinkController(@Qualifier("evgReferralService") ReferralService referrals,
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

    /** Follows a referral link. */
    @RequestMapping(value = "/r/{code}", method = RequestMethod.GET)
    public String follow(@PathVariable("code") String code, HttpServletRequest request, HttpServletResponse response,
                         RedirectAttributes flash) {
        try {
            return land(code, request, response, flash, true);
        } catch (RuntimeException e) {
            LOG.warn("Following referral link failed", e);
            flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, new ReferralBanner(false, null,
                    texts.getMessages().text("evergreen.referral.unexpected", RequestContextUtils.getLocale(request))));
            return "redirect:" + LANDING;
        }
    }

    /** Confirms a followed link: attributes the signed-in shopper (anonymous shoppers only get the cookie). */
    @RequestMapping(value = "/r/{code}", method = RequestMethod.POST)
    public String confirm(@PathVariable("code") String code, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes flash) {
        try {
            return shopper.customerId() == null ? land(code, request, response, flash, false) : attribute(code, request, flash);
        } catch (RuntimeException e) {
            LOG.warn("Confirming referral link failed", e);
            flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, new ReferralBanner(false, null,
                    texts.getMessages().text("evergreen.referral.unexpected", RequestContextUtils.getLocale(request))));
            return "redirect:" + LANDING;
        }
    }

    /** Checks the code and leaves the banner; {@code followed}: a GET of the link, counted as a visit when valid. */
    private String land(String code, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash,
                        boolean followed) {
        Locale locale = RequestContextUtils.getLocale(request);
        Visitor visitor = ReferralRequests.visitor(request, web.getProxies());
        Long customerId = shopper.customerId();
        String currency = shopper.currencyCode();
        ReferralMessages m = texts.getMessages();
        CodeCheck check = referrals.check(code, customerId, visitor);
        if (check.isValid()) {
            if (followed) {
                referrals.linkFollowed(check);
            }
            ReferralRequests.rememberCode(request, response, web.getCookieName(), check.getCode(), settings.current().getCookieDays());
            String title = m.text("evergreen.referral.banner.title", locale);
            String text = texts.invitation(referrals.describe(check), locale, currency);
            boolean mayConfirm = customerId != null && referrals.referralOfFriend(customerId) == null;
            flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, mayConfirm ? ReferralBanner.toConfirm(title, text, check.getCode())
                    : new ReferralBanner(true, title, text));
        } else {
            flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, new ReferralBanner(false, null, texts.problem(check, locale)));
        }
        return "redirect:" + LANDING;
    }

    private String attribute(String code, HttpServletRequest request, RedirectAttributes flash) {
        Locale locale = RequestContextUtils.getLocale(request);
        Visitor visitor = ReferralRequests.visitor(request, web.getProxies());
        Long customerId = shopper.customerId();
        String currency = shopper.currencyCode();
        ReferralMessages m = texts.getMessages();
        Attribution a = referrals.attributeCode(customerId, code, ReferralSource.LINK, visitor);
        boolean ok = a.isReferred() && a.getOutcome() != Attribution.Outcome.ALREADY_REFERRED;
        flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, new ReferralBanner(ok,
                ok ? m.text("evergreen.referral.banner.title", locale) : null,
                texts.attribution(a, locale, currency, referrals.friendTerms())));
        return "redirect:" + LANDING;
    }
}
