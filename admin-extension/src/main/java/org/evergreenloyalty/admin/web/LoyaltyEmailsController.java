package org.evergreenloyalty.admin.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.emails.EmailRow;
import org.evergreenloyalty.birthday.BirthdaySettingsService;
import org.evergreenloyalty.broadleaf.email.MailPreviews;
import org.evergreenloyalty.lifecycle.LifecycleKind;
import org.evergreenloyalty.lifecycle.LifecycleSwitchService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The admin's Loyalty &gt; E-mails page: every customer e-mail of the module, whether it is sent now and where it is
 * switched (the lifecycle e-mails on this page), and a preview of it in English and German with sample values, rendered by the store's e-mail engine
 * exactly as a customer gets it.
 */
@Controller("evgLoyaltyEmailsController")
@RequestMapping("/" + LoyaltyEmailsController.SECTION_KEY)
public class LoyaltyEmailsController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/emails";
    /** The languages the module's e-mails come in. */
    public static final List<String> LANGUAGES = java.util.Arrays.asList("en", "de");

    @Resource(name = "evgMailPreviews")
    protected MailPreviews previews;
    @Resource(name = "evgPointsSettingsService")
    protected PointsSettingsService points;
    @Resource(name = "evgBirthdaySettingsService")
    protected BirthdaySettingsService birthday;
    @Resource(name = "evgReferralSettingsService")
    protected ReferralSettingsService referral;
    @Resource(name = "evgReviewSettingsService")
    protected ReviewSettingsService review;
    @Resource(name = "evgRewardSettingsService")
    protected org.evergreenloyalty.reward.RewardSettingsService rewards;
    @Resource(name = "evgLifecycleSwitches")
    protected LifecycleSwitchService lifecycle;

    /** The lifecycle e-mails this page switches, by template. */
    private static final Map<String, LifecycleKind> SWITCHED = new LinkedHashMap<String, LifecycleKind>();

    static {
        SWITCHED.put("welcome", LifecycleKind.WELCOME);
        SWITCHED.put("win-back", LifecycleKind.WIN_BACK);
        SWITCHED.put("anniversary", LifecycleKind.ANNIVERSARY);
        SWITCHED.put("statement", LifecycleKind.STATEMENT);
    }

    /** The list, and the preview of {@code template} in {@code lang} below it when one is chosen. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(@RequestParam(value = "template", required = false) String template,
                       @RequestParam(value = "lang", required = false) String lang,
                       HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        if (template != null && !MailPreviews.known(template)) {
            return notFound(response, model, SECTION_KEY, "evergreen.emails.noSuchEmail", template);
        }
        model.addAttribute("emails", rows());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("previewTemplate", template);
        model.addAttribute("previewLang", language(lang));
        return page(model, SECTION_KEY, "loyalty/emails");
    }

    /** The e-mail {@code template} in {@code lang} (English for anything else) as HTML; 404 for an unknown e-mail. */
    @RequestMapping(value = "/preview", method = RequestMethod.GET)
    public void preview(@RequestParam(value = "template", required = false) String template,
                        @RequestParam(value = "lang", required = false) String lang,
                        HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        if (!access.currentUserMayManageLoyalty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().write(HtmlUtils.htmlEscape(text("evergreen.emails.forbidden")));
        } else if (!MailPreviews.known(template)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write(HtmlUtils.htmlEscape(text("evergreen.emails.noSuchEmail", String.valueOf(template))));
        } else {
            response.getWriter().write(previews.render(template, Locale.forLanguageTag(language(lang))));
        }
    }

    /** Switches the lifecycle e-mail {@code template} on or off; anything else changes nothing and says why. */
    @RequestMapping(value = "/switch", method = RequestMethod.POST)
    public String switchEmail(@RequestParam(value = "template", required = false) String template,
                              @RequestParam(value = "on", required = false) String on,
                              HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        LifecycleKind kind = template == null ? null : SWITCHED.get(template);
        if (kind == null || !("true".equals(on) || "false".equals(on))) {
            redirect.addFlashAttribute(WARNING, text("evergreen.emails.cannotSwitch", String.valueOf(template)));
            return "redirect:/" + SECTION_KEY;
        }
        lifecycle.set(kind, Boolean.parseBoolean(on));
        redirect.addFlashAttribute(NOTICE, text(Boolean.parseBoolean(on) ? "evergreen.emails.switchedOn" : "evergreen.emails.switchedOff",
                text("evergreen.emails.name." + template)));
        return "redirect:/" + SECTION_KEY;
    }

    private static String language(String lang) {
        return lang != null && LANGUAGES.contains(lang) ? lang : LANGUAGES.get(0);
    }

    /** Each e-mail with its switch, in the order of {@link MailPreviews#TEMPLATES} (the test message is left out). */
    private List<EmailRow> rows() {
        PointsSettings p = points.current();
        ReferralSettings r = referral.current();
        boolean reviews = review.current().isEnabled();
        List<EmailRow> rows = new ArrayList<EmailRow>();
        rows.add(lifecycleRow("welcome"));
        rows.add(new EmailRow("points-available", p.isMailPointsAvailable(), "evergreen.emails.switch.points"));
        rows.add(new EmailRow("points-expiring", p.isMailPointsExpiring(), "evergreen.emails.switch.points"));
        rows.add(new EmailRow("tier-reached", p.isMailTierReached(), "evergreen.emails.switch.points"));
        rows.add(new EmailRow("birthday", birthday.current().isMailEnabled(), "evergreen.emails.switch.birthday"));
        rows.add(new EmailRow("referral-invite", true, "evergreen.emails.switch.invite"));
        rows.add(new EmailRow("referral-friend-ordered", r.isMailFriendOrdered(), "evergreen.emails.switch.referral"));
        rows.add(new EmailRow("referral-reward-granted", r.isMailRewardGranted(), "evergreen.emails.switch.referral"));
        rows.add(new EmailRow("review-request", reviews, "evergreen.emails.switch.review"));
        rows.add(new EmailRow("review-reminder", reviews, "evergreen.emails.switch.review"));
        rows.add(lifecycleRow("win-back"));
        rows.add(lifecycleRow("anniversary"));
        rows.add(lifecycleRow("statement"));
        rows.add(new EmailRow("reward-expiring", rewards.current().getReminderDays() > 0, "evergreen.emails.switch.rewards"));
        return rows;
    }

    private EmailRow lifecycleRow(String template) {
        return new EmailRow(template, lifecycle.isOn(SWITCHED.get(template)), "evergreen.emails.switch.here", true);
    }
}
