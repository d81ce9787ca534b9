package org.evergreenloyalty.admin.web;

import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.FormNumbers;
import org.evergreenloyalty.admin.rewards.RewardForm;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardAdminService;
import org.evergreenloyalty.reward.RewardException;
import org.evergreenloyalty.reward.RewardInput;
import org.evergreenloyalty.reward.RewardKind;
import org.evergreenloyalty.reward.RewardSettings;
import org.evergreenloyalty.reward.RewardSettingsService;
import org.evergreenloyalty.reward.RewardStats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Rewards page: the rewards catalogue with, per entry, how many were claimed, used and
 * refunded and the points spent; creating and editing entries (validated by the engine: the problem at its field,
 * nothing saved), deactivating or reactivating one, and the catalogue's settings (refunds, reminder days).
 */
@Controller("evgLoyaltyRewardsController")
@RequestMapping("/" + LoyaltyRewardsController.SECTION_KEY)
public class LoyaltyRewardsController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/rewards";

    @Resource(name = "evgRewardAdminService")
    protected RewardAdminService rewards;
    @Resource(name = "evgRewardSettingsService")
    protected RewardSettingsService settings;

    /** The catalogue with each entry's figures. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        model.addAttribute("rewards", rewards.all());
        Map<Long, RewardStats> stats = rewards.stats();
        model.addAttribute("rewardStats", stats);
        model.addAttribute("noStats", RewardStats.NONE);
        model.addAttribute("rewardSettings", settings.current());
        model.addAttribute("maxReminderDays", RewardSettings.MAX_REMINDER_DAYS);
        return page(model, SECTION_KEY, "loyalty/rewards");
    }

    /**
     * Saves whether shoppers may refund unused claims and the reminder days; an unreadable or out-of-range number
     * changes nothing and says why.
     */
    @RequestMapping(value = "/settings", method = RequestMethod.POST)
    public String saveSettings(@RequestParam(value = "refundAllowed", required = false) String refund,
                               @RequestParam(value = "reminderDays", required = false) String days,
                               HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Integer parsed = FormNumbers.wholeInt(days, RewardSettings.REMINDER_DAYS_FIELD, newErrors());
        try {
            settings.save(new RewardSettings("true".equals(refund), parsed == null ? -1 : parsed));
            redirect.addFlashAttribute(NOTICE, text("evergreen.rewards.settings.saved"));
        } catch (RewardException e) {
            redirect.addFlashAttribute(WARNING, text(e.getMessageKey(), e.getArguments()));
        }
        return "redirect:/" + SECTION_KEY;
    }

    /** An empty form. */
    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String newForm(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        return refusal != null ? refusal : form(model, null, new RewardForm(), newErrors());
    }

    /** An entry's form; 404 for an unknown id. */
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String edit(@PathVariable("id") String id, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Reward r = find(id);
        return r == null ? notFound(response, model, SECTION_KEY, "evergreen.rewards.notFound", id)
                : form(model, r, RewardForm.of(r), newErrors());
    }

    /** Creates an entry; with a problem the form comes back with it at its field and nothing is saved. */
    @RequestMapping(value = "/new", method = RequestMethod.POST)
    public String create(@ModelAttribute("rewardForm") RewardForm form, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        return refusal != null ? refusal : save(null, form, model, redirect);
    }

    /** Changes an entry (as {@link #create}); 404 for an unknown id. */
    @RequestMapping(value = "/{id}", method = RequestMethod.POST)
    public String update(@PathVariable("id") String id, @ModelAttribute("rewardForm") RewardForm form,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Reward r = find(id);
        return r == null ? notFound(response, model, SECTION_KEY, "evergreen.rewards.notFound", id) : save(r, form, model, redirect);
    }

    /** Switches an entry off (or on again); shoppers' claims stay as they are. */
    @RequestMapping(value = "/{id}/active", method = RequestMethod.POST)
    public String setActive(@PathVariable("id") String id, @RequestParam(value = "active",
            required = false) String active, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Reward r = find(id);
        if (r == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.rewards.notFound", id);
        }
        boolean on = "true".equals(active);
        rewards.setActive(r.getId(), on);
        redirect.addFlashAttribute(NOTICE, text(on ? "evergreen.rewards.activated" : "evergreen.rewards.deactivated", r.getName()));
        return "redirect:/" + SECTION_KEY;
    }

    private String save(Reward existing, RewardForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = newErrors();
        RewardInput in = form.toInput(errors);
        if (in == null) {
            return form(model, existing, form, errors);
        }
        try {
            Reward saved = existing == null ? rewards.create(in) : rewards.update(existing.getId(), in);
            redirect.addFlashAttribute(NOTICE, text(existing == null ? "evergreen.rewards.created" : "evergreen.rewards.saved",
                    saved.getName()));
            return "redirect:/" + SECTION_KEY;
        } catch (RewardException e) {
            errors.reject(e.getField() == null ? FormErrors.FORM : e.getField(), e.getMessageKey(), e.getArguments());
            return form(model, existing, form, errors);
        }
    }

    private String form(Model model, Reward existing, RewardForm form, FormErrors errors) {
        model.addAttribute("reward", existing);
        model.addAttribute("rewardForm", form);
        model.addAttribute("rewardErrors", errors);
        model.addAttribute("kinds", RewardKind.values());
        if (existing != null) {
            RewardStats s = rewards.stats().get(existing.getId());
            model.addAttribute("stats", s == null ? RewardStats.NONE : s);
        }
        return page(model, SECTION_KEY, "loyalty/reward");
    }

    private Reward find(String id) {
        Long parsed = LoyaltyCustomersController.parseId(id);
        return parsed == null ? null : rewards.get(parsed);
    }
}
