package org.evergreenloyalty.admin.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.birthdays.BirthdaySettingsForm;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.birthday.BirthdaySettingsException;
import org.evergreenloyalty.birthday.BirthdaySettingsService;
import org.evergreenloyalty.birthday.BirthdaySettingsValidator;
import org.evergreenloyalty.birthday.DiscountKind;
import org.evergreenloyalty.birthday.LeapDayRule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The birthday settings of Loyalty &gt; Birthdays: when the reward is issued, the code (kind, value, minimum
 * order, validity), bonus points, the guards (notice period, change interval), the leap-day rule, the store's
 * time zone and the e-mail. Validated on save, every problem shown next to its field, nothing saved while
 * there is one.
 */
@Controller("evgLoyaltyBirthdaySettingsController")
@RequestMapping("/" + LoyaltyBirthdaysController.SECTION_KEY + "/settings")
public class LoyaltyBirthdaySettingsController extends AbstractLoyaltyAdminController {

    private static final String SECTION_KEY = LoyaltyBirthdaysController.SECTION_KEY;

    @Resource(name = "evgBirthdaySettingsService")
    protected BirthdaySettingsService settings;

    private final SettingsSave<BirthdaySettings> settingsSave = SettingsSave.of(
            () -> settings.current(), s -> settings.save(s),
            BirthdaySettingsException.class, BirthdaySettingsException::getFieldErrors,
            s -> new BirthdaySettingsValidator().validate(s),
            "evergreen.birthdays.settings.saved", SECTION_KEY + "/settings");

    /** Shows the settings form. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return settingsPage(model, null, null);
    }

    /** Saves the settings; on any problem shows them again with the problems and saves nothing. */
    @RequestMapping(value = "", method = RequestMethod.POST)
    public String save(@ModelAttribute("birthdaySettingsForm") BirthdaySettingsForm form, BindingResult binding,
                       HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return saveSettings(settingsSave, form, binding, response, model, redirect,
                errors -> settingsPage(model, form, errors));
    }

    private String settingsPage(Model model, BirthdaySettingsForm form, FormErrors errors) {
        BirthdaySettings current = settings.current();
        model.addAttribute("birthdaySettingsForm", form != null ? form : BirthdaySettingsForm.of(current));
        model.addAttribute("birthdaySettingsErrors", errors != null ? errors : newErrors());
        model.addAttribute("discountKinds", DiscountKind.values());
        model.addAttribute("leapDayRules", LeapDayRule.values());
        model.addAttribute("storeZone", current.zone().getId());
        model.addAttribute("serverZone", java.util.TimeZone.getDefault().getID());
        return page(model, SECTION_KEY, "loyalty/birthdaySettings");
    }
}
