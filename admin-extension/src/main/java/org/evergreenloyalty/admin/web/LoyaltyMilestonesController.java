package org.evergreenloyalty.admin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.milestones.MilestoneRow;
import org.evergreenloyalty.milestone.Challenge;
import org.evergreenloyalty.milestone.ChallengeDraft;
import org.evergreenloyalty.milestone.ChallengeGoal;
import org.evergreenloyalty.milestone.Milestone;
import org.evergreenloyalty.milestone.MilestoneProblem;
import org.evergreenloyalty.milestone.MilestoneService;
import org.evergreenloyalty.milestone.MilestoneTotals;
import org.evergreenloyalty.milestone.MilestoneValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Milestones page: the milestones (switch on/off, points) and the challenges (create, edit,
 * switch on/off), each with how many customers reached it and the points granted. Bad input changes nothing and
 * says why, next to its field.
 */
@Controller("evgLoyaltyMilestonesController")
@RequestMapping("/" + LoyaltyMilestonesController.SECTION_KEY)
public class LoyaltyMilestonesController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/milestones";

    @Resource(name = "evgMilestoneService")
    protected MilestoneService milestones;

    /** The milestones and the challenges with their figures. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Map<String, MilestoneTotals> totals = milestones.totals();
        List<MilestoneRow> ms = new ArrayList<MilestoneRow>();
        for (Milestone m : milestones.milestones()) {
            ms.add(MilestoneRow.of(m, totals.get("MILESTONE:" + m.getCode())));
        }
        List<MilestoneRow> cs = new ArrayList<MilestoneRow>();
        for (Challenge c : milestones.challenges()) {
            cs.add(MilestoneRow.of(c, totals.get("CHALLENGE:" + c.getId())));
        }
        model.addAttribute("milestoneRows", ms);
        model.addAttribute("challengeRows", cs);
        model.addAttribute("today", milestones.today().toString());
        return page(model, SECTION_KEY, "loyalty/milestones");
    }

    /** Switches a milestone on or off. */
    @RequestMapping(value = "/{code}/switch", method = RequestMethod.POST)
    public String switchMilestone(@PathVariable("code") String code, @RequestParam(value = "on", required = false) String on,
                                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        boolean enable = "true".equals(on);
        boolean done = milestones.setEnabled(code, enable);
        redirect.addFlashAttribute(done ? NOTICE : WARNING, done ? text(enable ? "evergreen.milestones.switchedOn"
                : "evergreen.milestones.switchedOff", name(code)) : text("milestone.error.unknown"));
        return "redirect:/" + SECTION_KEY;
    }

    /** Sets a milestone's points; refused points change nothing and say why. */
    @RequestMapping(value = "/{code}/points", method = RequestMethod.POST)
    public String points(@PathVariable("code") String code, @RequestParam(value = "points", required = false) String points,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        try {
            Milestone m = milestones.setPoints(code, points);
            redirect.addFlashAttribute(NOTICE, text("evergreen.milestones.pointsSaved", name(code), m.getPoints()));
        } catch (MilestoneValidationException e) {
            redirect.addFlashAttribute(WARNING, text("evergreen.milestones.refused", String.join(" ", problems(e.getProblems()).getAll().values())));
        }
        return "redirect:/" + SECTION_KEY;
    }

    /** An empty challenge form: 3 orders from today to the end of the month. */
    @RequestMapping(value = "/challenges/new", method = RequestMethod.GET)
    public String newChallenge(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        ChallengeDraft d = new ChallengeDraft();
        d.setGoal(ChallengeGoal.ORDERS.name());
        d.setTarget("3");
        d.setPoints("100");
        d.setStartDay(milestones.today().toString());
        d.setEndDay(milestones.today().withDayOfMonth(milestones.today().lengthOfMonth()).toString());
        return form(model, null, d, newErrors());
    }

    /** A challenge's form; 404 for an unknown id. */
    @RequestMapping(value = "/challenges/{id}", method = RequestMethod.GET)
    public String editChallenge(@PathVariable("id") String id, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Challenge c = find(id);
        if (c == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.milestones.challengeNotFound", id);
        }
        return form(model, c, ChallengeDraft.of(c), newErrors());
    }

    /** Creates a challenge; with problems the form comes back with each at its field and nothing is saved. */
    @RequestMapping(value = "/challenges/new", method = RequestMethod.POST)
    public String createChallenge(@ModelAttribute("challengeForm") ChallengeDraft draft, HttpServletResponse response, Model model,
                                  RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return save(null, draft, model, redirect);
    }

    /** Changes a challenge (as {@link #createChallenge}); 404 for an unknown id. */
    @RequestMapping(value = "/challenges/{id}", method = RequestMethod.POST)
    public String updateChallenge(@PathVariable("id") String id, @ModelAttribute("challengeForm") ChallengeDraft draft,
                                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Challenge c = find(id);
        if (c == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.milestones.challengeNotFound", id);
        }
        return save(c, draft, model, redirect);
    }

    /** Switches a challenge on or off. */
    @RequestMapping(value = "/challenges/{id}/switch", method = RequestMethod.POST)
    public String switchChallenge(@PathVariable("id") String id, @RequestParam(value = "on", required = false) String on,
                                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Challenge c = find(id);
        if (c == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.milestones.challengeNotFound", id);
        }
        boolean enable = "true".equals(on);
        milestones.setChallengeEnabled(c.getId(), enable);
        redirect.addFlashAttribute(NOTICE, text(enable ? "evergreen.milestones.switchedOn" : "evergreen.milestones.switchedOff", c.getName()));
        return "redirect:/" + SECTION_KEY;
    }

    private String save(Challenge existing, ChallengeDraft draft, Model model, RedirectAttributes redirect) {
        try {
            Challenge saved = milestones.saveChallenge(existing == null ? null : existing.getId(), draft, currentAdminLogin());
            redirect.addFlashAttribute(NOTICE, text("evergreen.milestones.challengeSaved", saved.getName()));
            return "redirect:/" + SECTION_KEY;
        } catch (MilestoneValidationException e) {
            return form(model, existing, draft, problems(e.getProblems()));
        }
    }

    private String form(Model model, Challenge existing, ChallengeDraft draft, FormErrors errors) {
        model.addAttribute("challenge", existing);
        model.addAttribute("challengeForm", draft);
        model.addAttribute("challengeErrors", errors);
        model.addAttribute("goals", ChallengeGoal.values());
        if (existing != null) {
            MilestoneTotals t = milestones.totals().get("CHALLENGE:" + existing.getId());
            model.addAttribute("challengeTotals", t == null ? MilestoneTotals.NONE : t);
        }
        return page(model, SECTION_KEY, "loyalty/challenge");
    }

    private FormErrors problems(List<MilestoneProblem> problems) {
        FormErrors errors = newErrors();
        for (MilestoneProblem p : problems) {
            errors.reject(p.getField(), p.getMessageKey(), p.getArguments());
        }
        return errors;
    }

    private String name(String code) {
        return text("evergreen.milestone.name." + code);
    }

    private Challenge find(String id) {
        Long parsed = LoyaltyCustomersController.parseId(id);
        return parsed == null ? null : milestones.challenge(parsed);
    }
}
