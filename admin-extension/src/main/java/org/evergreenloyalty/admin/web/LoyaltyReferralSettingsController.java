package org.evergreenloyalty.admin.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.referrals.ReferralSettingsForm;
import org.evergreenloyalty.referral.AdvocateRewardKind;
import org.evergreenloyalty.referral.DiscountKind;
import org.evergreenloyalty.referral.InvalidReferralSettingsException;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.evergreenloyalty.referral.ReferralSettingsValidator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral settings page of Loyalty &gt; Referrals ({@code /loyalty/referrals/settings}): the friend's and
 * the advocate's rewards, the approval period, the monthly cap, every fraud rule, the wrong-code throttle, the
 * invitation limits and the advocate's e-mails. Validated on save: every problem is shown next to its field
 * and nothing is saved while there is one.
 */
@Controller("evgLoyaltyReferralSettingsController")
@RequestMapping("/" + LoyaltyReferralSettingsController.PAGE)
public class LoyaltyReferralSettingsController extends AbstractLoyaltyAdminController {

    /** The page's URL below the admin root (inside the Referrals section). */
    public static final String PAGE = LoyaltyReferralsController.SECTION_KEY + "/settings";

    @Resource(name = "evgReferralSettingsService")
    protected ReferralSettingsService settings;

    private final SettingsSave<ReferralSettings> settingsSave = SettingsSave.of(
            () -> settings.current(), s -> settings.save(s),
            InvalidReferralSettingsException.class, InvalidReferralSettingsException::getFieldErrors,
            s -> new ReferralSettingsValidator().validate(s),
            "evergreen.referralSettings.saved", PAGE);

    /** Shows the settings as saved. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return settingsPage(model, ReferralSettingsForm.of(settings.current()), newErrors());
    }

    /** Saves the settings; on any problem shows them again with the problems and saves nothing. */
    @RequestMapping(value = "", method = RequestMethod.POST)
    public String save(@ModelAttribute("referralForm") ReferralSettingsForm form, BindingResult binding,
                       HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return saveSettings(settingsSave, form, binding, response, model, redirect,
                errors -> settingsPage(model, form, errors));
    }

    private String settingsPage(Model model, ReferralSettingsForm form, FormErrors errors) {
        model.addAttribute("referralForm", form);
        model.addAttribute("referralErrors", errors);
        model.addAttribute("discountKinds", DiscountKind.values());
        model.addAttribute("rewardKinds", AdvocateRewardKind.values());
        return page(model, LoyaltyReferralsController.SECTION_KEY, "loyalty/referralSettings");
    }
}
