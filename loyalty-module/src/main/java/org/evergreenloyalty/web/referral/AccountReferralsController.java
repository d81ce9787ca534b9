package org.evergreenloyalty.web.referral;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.referral.AdvocateSummary;
import org.evergreenloyalty.referral.DefaultReferralService;
import org.evergreenloyalty.referral.InvitationService;
import org.evergreenloyalty.referral.InviteResult;
import org.evergreenloyalty.referral.ReferralAccountService;
import org.evergreenloyalty.referral.ReferralException;
import org.evergreenloyalty.referral.ReferralService;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.evergreenloyalty.web.CurrentShopper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The advocate's page {@code /account/referrals} (template {@code evergreen/referral/account}): link and code
 * with a copy button, share links, invite-by-e-mail form ({@code POST /account/referrals/invite}, field
 * {@code emails}), numbers and recent referrals. Flash texts after inviting: {@link #MESSAGE} / {@link #ERROR};
 * the rejected input comes back as {@link #INPUT}.
 */
@Controller
@RequestMapping("/account/referrals")
public class AccountReferralsController {

    /** The page's view name. */
    public static final String VIEW = "evergreen/referral/account";
    /** Model attribute of the page. */
    public static final String PAGE = "evgReferrals";
    /** Model attribute set instead of the page for anonymous shoppers. */
    public static final String SIGN_IN = "evgSignInRequired";
    public static final String MESSAGE = "evgInviteMessage";
    public static final String ERROR = "evgInviteError";
    public static final String INPUT = "evgInviteInput";

    private static final Log LOG = LogFactory.getLog(AccountReferralsController.class);

    private final ReferralAccountService accounts;
    private final InvitationService invitations;
    private final ReferralService referrals;
    private final ReferralSettingsService settings;
    private final CurrentShopper shopper;
    private final ReferralTexts texts;
    private final ReferralWebSettings web;

    @Autowired
    public AccountReferralsController(@Qualifier("evgReferralAccountService") ReferralAccountService accounts,
                                      @Qualifier("evgInvitationService") InvitationService invitations,
                                      @Qualifier("evgReferralService") ReferralService referrals,
                                      @Qualifier("evgReferralSettingsService") ReferralSettingsService settings,
                                      @Qualifier("evgCurrentShopper") CurrentShopper shopper,
                                      @Qualifier("evgReferralTexts") ReferralTexts texts,
                                      @Qualifier("evgReferralWebSettings") ReferralWebSettings web) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.referrals = referrals;
        this.settings = settings;
        this.shopper = shopper;
        this.texts = texts;
        this.web = web;
    }

    /** The page of the signed-in shopper. */
    @RequestMapping(method = RequestMethod.GET)
    public String show(HttpServletRequest request, Model model) {
        Long customerId = shopper.customerId();
        if (customerId == null) {
            model.addAttribute(SIGN_IN, Boolean.TRUE);
            return VIEW;
        }
        referrals.seen(customerId, ReferralRequests.visitor(request, web.getProxies()), DefaultReferralService.SEEN_PAGE);
        model.addAttribute(PAGE, page(customerId, RequestContextUtils.getLocale(request), shopper.currencyCode()));
        return VIEW;
    }

    /** The page model of a customer. */
    public ReferralAccountPage page(long customerId, Locale locale, String currency) {
        AdvocateSummary s = accounts.summary(customerId);
        ReferralMessages m = texts.getMessages();
        String friend = texts.discount(s.getFriendTerms(), locale, currency);
        String reward = s.isPointsReward() ? m.text("evergreen.referral.reward.points", locale, s.getRewardPoints())
                : m.text("evergreen.referral.reward.code", locale, texts.discount(s.getRewardCodeTerms(), locale, currency));
        String own = s.getOwnWelcomeDiscount() == null ? null : texts.discount(s.getOwnWelcomeDiscount().getTerms(), locale, currency);
        String store = web.getStoreName() != null ? web.getStoreName() : m.text("evergreen.referral.share.ourStore", locale);
        ShareLinks share = new ShareLinks(s.getLink(), m.text("evergreen.referral.share.subject", locale, store, friend),
                m.text("evergreen.referral.share.text", locale, store, friend));
        return new ReferralAccountPage(s, friend, reward, own, share, settings.current().getInviteMaxAddresses());
    }

    /** Sends invitations to the addresses of {@code emails}. */
    @RequestMapping(value = "/invite", method = RequestMethod.POST)
    public String invite(@RequestParam(value = "emails", required = false) String emails, HttpServletRequest request,
                         RedirectAttributes flash) {
        Locale locale = RequestContextUtils.getLocale(request);
        Long customerId = shopper.customerId();
        ReferralMessages m = texts.getMessages();
        if (customerId == null) {
            flash.addFlashAttribute(ERROR, m.text("evergreen.referral.signIn", locale));
            return "redirect:/account/referrals";
        }
        try {
            InviteResult r = invitations.invite(customerId, emails, ReferralRequests.visitor(request, web.getProxies()));
            StringBuilder text = new StringBuilder();
            // one answer for every accepted address: whether it belongs to a customer, opted out or was invited
            // recently is nobody's business but the store's
            if (!r.getAccepted().isEmpty()) {
                text.append(m.text("evergreen.referral.invite.accepted", locale, r.getAccepted().size(), join(r.getAccepted())));
            }
            if (!r.getFailed().isEmpty()) {
                text.append(text.length() > 0 ? " " : "").append(m.text("evergreen.referral.invite.failed", locale,
                        join(r.getFailed())));
            }
            flash.addFlashAttribute(r.getAccepted().isEmpty() ? ERROR : MESSAGE, text.toString());
        } catch (ReferralException e) {
            flash.addFlashAttribute(ERROR, m.text(e, locale));
            flash.addFlashAttribute(INPUT, emails == null ? "" : (emails.length() > 2000 ? emails.substring(0, 2000) : emails));
        } catch (RuntimeException e) {
            LOG.warn("Invitations of customer " + customerId + " failed", e);
            flash.addFlashAttribute(ERROR, m.text("evergreen.referral.invite.unexpected", locale));
            flash.addFlashAttribute(INPUT, emails);
        }
        return "redirect:/account/referrals";
    }

    private static String join(java.util.List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            sb.append(sb.length() > 0 ? ", " : "").append(s);
        }
        return sb.toString();
    }
}
