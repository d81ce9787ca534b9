package org.evergreenloyalty.admin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.referrals.ReferralDecisionForm;
import org.evergreenloyalty.admin.referrals.ReferralFilterForm;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralAdminService;
import org.evergreenloyalty.referral.ReferralDecision;
import org.evergreenloyalty.referral.ReferralException;
import org.evergreenloyalty.referral.ReferralPage;
import org.evergreenloyalty.referral.ReferralRow;
import org.evergreenloyalty.referral.ReferralStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Referrals section: every referral with its status, filtered by status and creation
 * date, with the number per status and the top advocates of the period; one referral's page with advocate,
 * friend, first order, reward and every decision with its reason; approving or rejecting it and recording
 * a returned first order, each with a required reason and the signed-in admin user as the actor.
 */
@Controller("evgLoyaltyReferralsController")
@RequestMapping("/" + LoyaltyReferralsController.SECTION_KEY)
public class LoyaltyReferralsController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/referrals";

    /** Advocates the top list shows. */
    public static final int TOP_ADVOCATES = 10;

    /** Model key of the count of every referral (the other keys are status names). */
    public static final String ALL = "ALL";

    @Resource(name = "evgReferralAdminService")
    protected ReferralAdminService referrals;

    /** The list, filtered by the request's status, from, to and page. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(@ModelAttribute("filter") ReferralFilterForm filter, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        FormErrors errors = newErrors();
        ReferralFilterForm.Filter f = filter.read(errors);
        model.addAttribute("filter", filter);
        model.addAttribute("filterErrors", errors);
        model.addAttribute("statuses", ReferralStatus.values());
        if (f != null) {
            Map<String, Long> counts = new LinkedHashMap<String, Long>();
            counts.put(ALL, referrals.search(f.query(null, 1, 1)).getTotal());
            for (ReferralStatus s : ReferralStatus.values()) {
                counts.put(s.name(), referrals.search(f.query(s, 1, 1)).getTotal());
            }
            ReferralPage page = referrals.search(f.query(f.getStatus(), 1, ReferralFilterForm.PAGE_SIZE));
            int pages = page.getPages();
            int current = Math.min(f.getPage(), pages);
            if (current != 1) {
                page = referrals.search(f.query(f.getStatus(), current, ReferralFilterForm.PAGE_SIZE));
            }
            model.addAttribute("counts", counts);
            model.addAttribute("referralPage", page);
            model.addAttribute("pageNumber", current);
            model.addAttribute("pages", pages);
            model.addAttribute("topAdvocates", referrals.topAdvocates(f.getFrom(), f.getToExclusive(), TOP_ADVOCATES));
        }
        return page(model, SECTION_KEY, "loyalty/referrals");
    }

    /** One referral with its decisions and the decision forms. */
    @RequestMapping(value = "/{referralId}", method = RequestMethod.GET)
    public String show(@PathVariable("referralId") String referralId, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        ReferralRow row = row(referralId);
        if (row == null) {
            return referralNotFound(response, model, referralId);
        }
        return referralPage(model, row, null, null, null);
    }

    /** Approves a flagged referral. */
    @RequestMapping(value = "/{referralId}/approve", method = RequestMethod.POST)
    public String approve(@PathVariable("referralId") String referralId, @ModelAttribute("decision") ReferralDecisionForm form,
                          HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return decide(Decision.APPROVE, referralId, form, response, model, redirect);
    }

    /** Rejects a referral (a granted reward is taken back). */
    @RequestMapping(value = "/{referralId}/reject", method = RequestMethod.POST)
    public String reject(@PathVariable("referralId") String referralId, @ModelAttribute("decision") ReferralDecisionForm form,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return decide(Decision.REJECT, referralId, form, response, model, redirect);
    }

    /** Records that the friend's first order came back in full: no reward, or the reward taken back. */
    @RequestMapping(value = "/{referralId}/returned", method = RequestMethod.POST)
    public String firstOrderReturned(@PathVariable("referralId") String referralId, @ModelAttribute("decision") ReferralDecisionForm form,
                                     HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return decide(Decision.RETURNED, referralId, form, response, model, redirect);
    }

    /** The three decisions of the referral page; each has its own form on the page. */
    enum Decision { APPROVE, REJECT, RETURNED }

    private String decide(Decision decision, String referralId, ReferralDecisionForm form, HttpServletResponse response,
                          Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        ReferralRow row = row(referralId);
        if (row == null) {
            return referralNotFound(response, model, referralId);
        }
        Referral r = row.getReferral();
        FormErrors errors = newErrors();
        String reason = form.read(errors);
        String admin = currentAdminLogin();
        if (errors.isEmpty() && admin == null) {
            errors.reject(FormErrors.FORM, "evergreen.adjust.error.noAdmin");
        }
        if (errors.isEmpty() && decision == Decision.RETURNED && r.getOrderId() == null) {
            errors.reject(FormErrors.FORM, "evergreen.referral.returned.noOrder");
        }
        if (errors.isEmpty()) {
            try {
                String url = "redirect:/" + SECTION_KEY + "/" + r.getId();
                switch (decision) {
                    case APPROVE:
                        Referral approved = referrals.approve(r.getId(), reason, admin);
                        redirect.addFlashAttribute(NOTICE, text("evergreen.referral.approved", String.valueOf(r.getId()),
                                text("evergreen.referrals.status." + approved.getStatus())));
                        return url;
                    case REJECT:
                        referrals.reject(r.getId(), reason, admin);
                        redirect.addFlashAttribute(NOTICE, text(r.getStatus() == ReferralStatus.REWARDED
                                ? "evergreen.referral.rejectedReversed" : "evergreen.referral.rejected", String.valueOf(r.getId())));
                        return url;
                    default:
                        if (referrals.firstOrderReturned(r.getOrderId(), reason, admin)) {
                            redirect.addFlashAttribute(NOTICE, text("evergreen.referral.returned", orderLabel(r)));
                        } else {
                            redirect.addFlashAttribute(WARNING, text("evergreen.referral.returned.nothing", orderLabel(r)));
                        }
                        return url;
                }
            } catch (ReferralException e) {
                // the engine refused (e.g. the referral changed meanwhile): its message, nothing changed
                errors.rejectText(FormErrors.FORM, refusal(e));
            }
        }
        return referralPage(model, row(referralId), decision, form, errors);
    }

    private String referralPage(Model model, ReferralRow row, Decision failed, ReferralDecisionForm form, FormErrors errors) {
        Referral r = row.getReferral();
        List<ReferralDecision> decisions = referrals.decisions(r.getId());
        model.addAttribute("row", row);
        model.addAttribute("referral", r);
        model.addAttribute("decisions", decisions);
        model.addAttribute("canApprove", r.getStatus() == ReferralStatus.FLAGGED);
        model.addAttribute("canReject", r.getStatus() != ReferralStatus.REJECTED);
        model.addAttribute("canRecordReturn", r.getOrderId() != null && r.getStatus() != ReferralStatus.REJECTED);
        for (Decision d : Decision.values()) {
            String key = d.name().toLowerCase();
            boolean thisOne = d == failed;
            model.addAttribute(key + "Form", thisOne ? form : new ReferralDecisionForm());
            model.addAttribute(key + "Errors", thisOne ? errors : newErrors());
        }
        return page(model, SECTION_KEY, "loyalty/referral");
    }

    private String referralNotFound(HttpServletResponse response, Model model, String referralId) {
        model.addAttribute("notFoundBackUrl", "/" + SECTION_KEY);
        model.addAttribute("notFoundBackLabel", text("evergreen.referral.back"));
        return notFound(response, model, SECTION_KEY, "evergreen.referral.notFound", referralId);
    }

    private ReferralRow row(String referralId) {
        Long id = LoyaltyCustomersController.parseId(referralId);
        return id == null ? null : referrals.get(id);
    }

    private static String orderLabel(Referral r) {
        return r.getOrderNumber() != null ? r.getOrderNumber() : String.valueOf(r.getOrderId());
    }
}
