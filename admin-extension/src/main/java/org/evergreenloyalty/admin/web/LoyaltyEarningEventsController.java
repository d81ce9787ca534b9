package org.evergreenloyalty.admin.web;

import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.customevent.CustomEventException;
import org.evergreenloyalty.customevent.CustomEventService;
import org.evergreenloyalty.customevent.EarningEventRule;
import org.evergreenloyalty.customevent.LimitPeriod;
import org.evergreenloyalty.customevent.RuleInput;
import org.evergreenloyalty.customevent.RuleTotals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Earning events page: the custom earning event rules (type, label, points, limit, active)
 * with the events and points each granted, and the form that creates a rule or edits one (chosen with {@code ?edit=}).
 * Bad input shows the form again with the problem and changes nothing.
 */
@Controller("evgLoyaltyEarningEventsController")
@RequestMapping("/" + LoyaltyEarningEventsController.SECTION_KEY)
public class LoyaltyEarningEventsController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/earning-events";

    @Resource(name = "evgCustomEventService")
    protected CustomEventService events;

    /** The rules and the form (empty, or filled with the rule {@code edit}). */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(@RequestParam(value = "edit", required = false) String edit, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        EarningEventRule rule = edit == null ? null : events.rule(edit);
        if (rule == null) {
            return listPage(model, "", "", "", "1", LimitPeriod.EVER.name(), true, false, newErrors());
        }
        return listPage(model, rule.getType(), rule.getLabel(), String.valueOf(rule.getPoints()), String.valueOf(rule.getLimitCount()),
                rule.getLimitPeriod().name(), rule.isActive(), true, newErrors());
    }

    /** Creates or updates the rule of the form's type. */
    @RequestMapping(value = "", method = RequestMethod.POST)
    public String save(@RequestParam(value = "type", required = false) String type,
                       @RequestParam(value = "label", required = false) String label,
                       @RequestParam(value = "points", required = false) String points,
                       @RequestParam(value = "limitCount", required = false) String limitCount,
                       @RequestParam(value = "limitPeriod", required = false) String limitPeriod,
                       @RequestParam(value = "active", required = false) String active,
                       HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        FormErrors errors = newErrors();
        Long p = number(points);
        Long limit = number(limitCount);
        if (p == null) {
            errors.reject("points", "customevent.error.points", RuleInput.MAX_POINTS);
        }
        if (limit == null || limit > Integer.MAX_VALUE) {
            errors.reject("limitCount", "customevent.error.limit", RuleInput.MAX_LIMIT);
        }
        if (errors.isEmpty()) {
            try {
                boolean existed = events.rule(type == null ? null : type.trim()) != null;
                EarningEventRule saved = events.saveRule(new RuleInput(type, label, p, limit.intValue(), LimitPeriod.parse(limitPeriod),
                        active != null));
                redirect.addFlashAttribute(NOTICE, text(existed ? "evergreen.earningEvents.saved" : "evergreen.earningEvents.created",
                        saved.getType()));
                return "redirect:/" + SECTION_KEY;
            } catch (CustomEventException e) {
                errors.reject(e.getField() == null ? FormErrors.FORM : e.getField(), e.getMessageKey(), e.getArguments());
            }
        }
        return listPage(model, s(type), s(label), s(points), s(limitCount), s(limitPeriod), active != null, false, errors);
    }

    private String listPage(Model model, String type, String label, String points, String limitCount, String limitPeriod,
                            boolean active, boolean editing, FormErrors errors) {
        Map<String, RuleTotals> totals = events.totals();
        model.addAttribute("rules", events.rules());
        model.addAttribute("totals", totals);
        model.addAttribute("noTotals", new RuleTotals(0, 0));
        model.addAttribute("periods", LimitPeriod.values());
        model.addAttribute("formType", type);
        model.addAttribute("formLabel", label);
        model.addAttribute("formPoints", points);
        model.addAttribute("formLimitCount", limitCount);
        model.addAttribute("formLimitPeriod", limitPeriod);
        model.addAttribute("formActive", active);
        model.addAttribute("editing", editing);
        model.addAttribute("formErrors", errors);
        return page(model, SECTION_KEY, "loyalty/earningEvents");
    }

    private static Long number(String text) {
        String t = text == null ? "" : text.trim();
        return t.matches("[0-9]{1,9}") ? Long.valueOf(t) : null;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
