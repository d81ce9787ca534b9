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
 * lands there with the reason (and counts towards the wrong-code throttle). A signed-in customer who has not
 * been referred yet is attributed at once.
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
            return land(code, request, response, flash);
        } catch (RuntimeException e) {
            LOG.warn("Following referral link failed", e);
            flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, new ReferralBanner(false, null,
                    texts.getMessages().text("evergreen.referral.unexpected", RequestContextUtils.getLocale(request))));
            return "redirect:" + LANDING;
        }
    }

    private String land(String code, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        Locale locale = RequestContextUtils.getLocale(request);
        Visitor visitor = ReferralRequests.visitor(request, web.isTrustForwardedFor());
        Long customerId = shopper.customerId();
        String currency = shopper.currencyCode();
        ReferralMessages m = texts.getMessages();
        if (customerId != null) {
            Attribution a = referrals.attributeCode(customerId, code, ReferralSource.LINK, visitor);
            boolean ok = a.isReferred() && a.getOutcome() != Attribution.Outcome.ALREADY_REFERRED;
            flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, new ReferralBanner(ok,
                    ok ? m.text("evergreen.referral.banner.title", locale) : null,
                    texts.attribution(a, locale, currency, referrals.friendTerms())));
            return "redirect:" + LANDING;
        }
        CodeCheck check = referrals.check(code, null, visitor);
        if (check.isValid()) {
            ReferralRequests.rememberCode(request, response, web.getCookieName(), check.getCode(), settings.current().getCookieDays());
            flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, new ReferralBanner(true, m.text("evergreen.referral.banner.title", locale),
                    texts.invitation(referrals.describe(check), locale, currency)));
        } else {
            flash.addFlashAttribute(ReferralBanner.ATTRIBUTE, new ReferralBanner(false, null, texts.problem(check, locale)));
        }
        return "redirect:" + LANDING;
    }
}
