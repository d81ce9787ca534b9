package org.evergreenloyalty.admin.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.reviews.ReviewSettingsForm;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsException;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewSettingsValidator;
import org.evergreenloyalty.review.ReviewTrigger;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review settings of Loyalty &gt; Reviews: whether requests go out, what starts their clock (order submitted
 * or fulfilment status) and the days, the reminder, the caps, how long links work, the satisfaction question,
 * moderation, the reward and the review form's limits. Validated on save: every problem next to its field,
 * nothing saved while there is one.
 */
@Controller("evgLoyaltyReviewSettingsController")
@RequestMapping("/" + LoyaltyReviewsController.SECTION_KEY + "/settings")
public class LoyaltyReviewSettingsController extends AbstractLoyaltyAdminController {

    @Resource(name = "evgReviewSettingsService")
    protected ReviewSettingsService settings;

    private final SettingsSave<ReviewSettings> settingsSave = SettingsSave.of(
            () -> settings.current(), s -> settings.save(s),
            ReviewSettingsException.class, ReviewSettingsException::getFieldErrors,
            s -> new ReviewSettingsValidator().validate(s),
            "evergreen.reviews.settings.saved", LoyaltyReviewsController.SECTION_KEY + "/settings");

    /** Shows the settings form with the saved settings. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return settingsPage(model, ReviewSettingsForm.of(settings.current()), newErrors());
    }

    /** Saves the settings; on any problem shows them again with the problems and saves nothing. */
    @RequestMapping(value = "", method = RequestMethod.POST)
    public String save(@ModelAttribute("settingsForm") ReviewSettingsForm form, BindingResult binding,
                       HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return saveSettings(settingsSave, form, binding, response, model, redirect,
                errors -> settingsPage(model, form, errors));
    }

    private String settingsPage(Model model, ReviewSettingsForm form, FormErrors errors) {
        model.addAttribute("settingsForm", form);
        model.addAttribute("settingsErrors", errors);
        model.addAttribute("triggers", ReviewTrigger.values());
        model.addAttribute("moderationModes", ModerationMode.values());
        model.addAttribute("reviewTab", "settings");
        return page(model, LoyaltyReviewsController.SECTION_KEY, "loyalty/reviewSettings");
    }
}
