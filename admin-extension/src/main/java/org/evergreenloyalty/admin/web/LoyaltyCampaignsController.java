package org.evergreenloyalty.admin.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.campaigns.CampaignCalendar;
import org.evergreenloyalty.admin.campaigns.CampaignRow;
import org.evergreenloyalty.admin.campaigns.CampaignTexts;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.campaign.Campaign;
import org.evergreenloyalty.campaign.CampaignDraft;
import org.evergreenloyalty.campaign.CampaignKind;
import org.evergreenloyalty.campaign.CampaignProblem;
import org.evergreenloyalty.campaign.CampaignService;
import org.evergreenloyalty.campaign.CampaignStatus;
import org.evergreenloyalty.campaign.CampaignTotals;
import org.evergreenloyalty.campaign.CampaignValidationException;
import org.evergreenloyalty.campaign.EarnRate;
import org.evergreenloyalty.points.TierService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Campaigns page: campaigns running, upcoming and ended with the points each granted, a
 * month calendar, create / edit / end (validated by the engine: every problem next to its field, nothing saved), a
 * warning naming the campaigns a saved one overlaps and how they combine, and the standing earn rates.
 */
@Controller("evgLoyaltyCampaignsController")
@RequestMapping("/" + LoyaltyCampaignsController.SECTION_KEY)
public class LoyaltyCampaignsController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/campaigns";

    @Resource(name = "evgCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "evgTierService")
    protected TierService tiers;

    /** The list, the calendar of {@code month} (yyyy-MM; this month when missing or unreadable) and the rates. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(@RequestParam(value = "month", required = false) String month, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        YearMonth shown = YearMonth.from(campaigns.today());
        if (month != null && !month.trim().isEmpty()) {
            try {
                shown = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute(WARNING, text("evergreen.campaigns.badMonth", month));
            }
        }
        Map<Long, CampaignTotals> totals = campaigns.totals();
        List<CampaignRow> running = new ArrayList<CampaignRow>();
        List<CampaignRow> upcoming = new ArrayList<CampaignRow>();
        List<CampaignRow> ended = new ArrayList<CampaignRow>();
        for (Campaign c : campaigns.campaigns()) {
            CampaignStatus status = campaigns.status(c);
            CampaignRow row = new CampaignRow(c, status, totals.get(c.getId()));
            (status == CampaignStatus.RUNNING ? running : status == CampaignStatus.UPCOMING ? upcoming : ended).add(row);
        }
        model.addAttribute("running", running);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("ended", ended);
        model.addAttribute("calendar", new CampaignCalendar(shown, campaigns.today(),
                campaigns.between(shown.atDay(1), shown.atEndOfMonth()), campaigns.zone()));
        model.addAttribute("rates", campaigns.rates());
        model.addAttribute("rateTargets", EarnRate.Target.values());
        model.addAttribute("storeZone", campaigns.zone().getId());
        return page(model, SECTION_KEY, "loyalty/campaigns");
    }

    /** An empty form: double points from today for three days. */
    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String newForm(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        CampaignDraft d = new CampaignDraft();
        d.setKind(CampaignKind.MULTIPLY.name());
        d.setMultiplier("2");
        d.setStartDay(campaigns.today().toString());
        d.setEndDay(campaigns.today().plusDays(2).toString());
        return form(model, null, d, newErrors());
    }

    /** A campaign's form with its figures; 404 for an unknown id. */
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String edit(@PathVariable("id") String id, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Campaign c = find(id);
        if (c == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.campaigns.notFound", id);
        }
        return form(model, c, CampaignDraft.of(c), newErrors());
    }

    /** Creates a campaign; with problems the form comes back with each problem at its field and nothing is saved. */
    @RequestMapping(value = "/new", method = RequestMethod.POST)
    public String create(@ModelAttribute("campaignForm") CampaignDraft draft, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return save(null, draft, model, redirect);
    }

    /** Changes a campaign (as {@link #create}); 404 for an unknown id. */
    @RequestMapping(value = "/{id}", method = RequestMethod.POST)
    public String update(@PathVariable("id") String id, @ModelAttribute("campaignForm") CampaignDraft draft,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Campaign c = find(id);
        if (c == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.campaigns.notFound", id);
        }
        return save(c, draft, model, redirect);
    }

    /** Ends a campaign now; back to the list with what happened. */
    @RequestMapping(value = "/{id}/end", method = RequestMethod.POST)
    public String end(@PathVariable("id") String id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Campaign c = find(id);
        if (c == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.campaigns.notFound", id);
        }
        if (campaigns.end(c.getId(), currentAdminLogin())) {
            redirect.addFlashAttribute(NOTICE, text("evergreen.campaigns.ended", c.getName()));
        } else {
            redirect.addFlashAttribute(WARNING, text("evergreen.campaigns.alreadyOver", c.getName()));
        }
        return "redirect:/" + SECTION_KEY;
    }

    /** Sets a standing earn rate; a refused one changes nothing and says why. */
    @RequestMapping(value = "/rates", method = RequestMethod.POST)
    public String saveRate(@RequestParam(value = "target", required = false) String target,
                           @RequestParam(value = "targetId", required = false) String targetId,
                           @RequestParam(value = "rate", required = false) String rate,
                           HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        try {
            EarnRate r = campaigns.saveRate(target, targetId, rate);
            redirect.addFlashAttribute(NOTICE, text("evergreen.campaigns.rates.saved", text("evergreen.campaigns.rates.target."
                    + r.getTarget().name()), r.getTargetId(), r.getPointsPerUnit().stripTrailingZeros().toPlainString()));
        } catch (CampaignValidationException e) {
            FormErrors errors = problems(e.getProblems());
            redirect.addFlashAttribute(WARNING, text("evergreen.campaigns.rates.refused", String.join(" ", errors.getAll().values())));
        }
        return "redirect:/" + SECTION_KEY;
    }

    /** Removes a standing earn rate. */
    @RequestMapping(value = "/rates/{id}/remove", method = RequestMethod.POST)
    public String removeRate(@PathVariable("id") String id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Long rateId = LoyaltyCustomersController.parseId(id);
        boolean removed = rateId != null && campaigns.removeRate(rateId);
        redirect.addFlashAttribute(removed ? NOTICE : WARNING, text(removed ? "evergreen.campaigns.rates.removed"
                : "evergreen.campaigns.rates.unknown"));
        return "redirect:/" + SECTION_KEY;
    }

    private String save(Campaign existing, CampaignDraft draft, Model model, RedirectAttributes redirect) {
        try {
            Campaign saved = campaigns.save(existing == null ? null : existing.getId(), draft, currentAdminLogin());
            redirect.addFlashAttribute(NOTICE, text(existing == null ? "evergreen.campaigns.created" : "evergreen.campaigns.saved",
                    saved.getName()));
            String overlap = CampaignTexts.overlapWarning(saved, campaigns.overlapping(saved), messageSource,
                    LocaleContextHolder.getLocale());
            if (overlap != null) {
                redirect.addFlashAttribute(WARNING, overlap);
            }
            return "redirect:/" + SECTION_KEY + "/" + saved.getId();
        } catch (CampaignValidationException e) {
            return form(model, existing, draft, problems(e.getProblems()));
        }
    }

    private String form(Model model, Campaign existing, CampaignDraft draft, FormErrors errors) {
        model.addAttribute("campaign", existing);
        model.addAttribute("campaignForm", draft);
        model.addAttribute("campaignErrors", errors);
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("tiers", tiers.tiers());
        model.addAttribute("storeZone", campaigns.zone().getId());
        if (existing != null) {
            model.addAttribute("campaignStatus", campaigns.status(existing));
            CampaignTotals t = campaigns.totals().get(existing.getId());
            model.addAttribute("campaignTotals", t == null ? CampaignTotals.NONE : t);
            model.addAttribute("overlapping", campaigns.overlapping(existing));
        }
        return page(model, SECTION_KEY, "loyalty/campaign");
    }

    private FormErrors problems(List<CampaignProblem> problems) {
        FormErrors errors = newErrors();
        for (CampaignProblem p : problems) {
            errors.reject(p.getField(), p.getMessageKey(), p.getArguments());
        }
        return errors;
    }

    private Campaign find(String id) {
        Long parsed = LoyaltyCustomersController.parseId(id);
        return parsed == null ? null : campaigns.campaign(parsed);
    }
}
