package org.evergreenloyalty.admin.web;

import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.reviews.BulkDecisionForm;
import org.evergreenloyalty.review.BulkDecision;
import org.evergreenloyalty.review.ReviewAdminService;
import org.evergreenloyalty.review.ReviewException;
import org.evergreenloyalty.review.ReviewPage;
import org.evergreenloyalty.review.ReviewRow;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Reviews moderation: the queue of pending reviews (oldest first, paged) with approve,
 * reject with a reason and the same for many ticked reviews at once; the list of all reviews filtered by status;
 * and one review's page with its decision. Decisions are the engine's ({@link ReviewAdminService}): approving
 * grants the review reward once, rejecting never rewards, and the signed-in admin is recorded. The star rating
 * plays no part. Statistics and settings of the section are {@link LoyaltyReviewStatsController} and
 * {@link LoyaltyReviewSettingsController}.
 */
@Controller("evgLoyaltyReviewsController")
@RequestMapping("/" + LoyaltyReviewsController.SECTION_KEY)
public class LoyaltyReviewsController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/reviews";

    /** Reviews per page of the queue and of the list. */
    public static final int PAGE_SIZE = 20;

    /** The value of a decision form's {@code back} field that returns to the review's own page. */
    static final String BACK_TO_REVIEW = "review";

    @Resource(name = "evgReviewAdminService")
    protected ReviewAdminService reviews;

    @Resource(name = "evgReviewSettingsService")
    protected ReviewSettingsService settings;

    /** The pending queue; {@code page} counts from 1. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String queue(@RequestParam(value = "page", required = false) String page, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return queuePage(model, pageNumber(page), new BulkDecisionForm(), newErrors(), null, newErrors(), null);
    }

    /** All reviews, newest first, of one status ({@code status} blank or unknown: every status); {@code page} from 1. */
    @RequestMapping(value = "/all", method = RequestMethod.GET)
    public String list(@RequestParam(value = "status", required = false) String status,
                       @RequestParam(value = "page", required = false) String page,
                       HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        ReviewStatus filter = status(status);
        ReviewPage found = fetch(filter, pageNumber(page));
        model.addAttribute("reviews", found);
        model.addAttribute("pageNumber", found.getPage() + 1);
        model.addAttribute("statusFilter", filter == null ? "" : filter.name());
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("unknownStatus", filter == null && status != null && !status.trim().isEmpty());
        model.addAttribute("reviewTab", "all");
        return page(model, SECTION_KEY, "loyalty/reviewList");
    }

    /** One review with everything the shopper wrote, its order, and its decision. */
    @RequestMapping(value = "/{reviewId}", method = RequestMethod.GET)
    public String show(@PathVariable("reviewId") String reviewId, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        ReviewRow review = review(reviewId);
        if (review == null) {
            return reviewNotFound(response, model, reviewId);
        }
        return reviewPage(model, review, newErrors(), null);
    }

    /** Approves a pending review (which grants its reward), then goes back to the queue or the review. */
    @RequestMapping(value = "/{reviewId}/approve", method = RequestMethod.POST)
    public String approve(@PathVariable("reviewId") String reviewId,
                          @RequestParam(value = "back", required = false) String back,
                          @RequestParam(value = "page", required = false) String page,
                          HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        ReviewRow review = review(reviewId);
        if (review == null) {
            return reviewNotFound(response, model, reviewId);
        }
        String admin = currentAdminLogin();
        if (admin == null) {
            redirect.addFlashAttribute(WARNING, text("evergreen.reviews.error.noAdmin"));
        } else {
            try {
                ReviewRow approved = reviews.approve(review.getId(), admin);
                redirect.addFlashAttribute(NOTICE, approved.getRewardPoints() > 0
                        ? text("evergreen.reviews.approved.rewarded", String.valueOf(review.getId()), String.valueOf(approved.getRewardPoints()))
                        : text("evergreen.reviews.approved", String.valueOf(review.getId())));
            } catch (ReviewException e) {
                redirect.addFlashAttribute(WARNING, refusal(e));
            }
        }
        return back(back, review.getId(), page);
    }

    /**
     * Rejects a review with the reason typed next to it; without a reason (or with a refused one) shows the page
     * again with the problem and changes nothing.
     */
    @RequestMapping(value = "/{reviewId}/reject", method = RequestMethod.POST)
    public String reject(@PathVariable("reviewId") String reviewId,
                         @RequestParam(value = "reason", required = false) String reason,
                         @RequestParam(value = "back", required = false) String back,
                         @RequestParam(value = "page", required = false) String page,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        ReviewRow review = review(reviewId);
        if (review == null) {
            return reviewNotFound(response, model, reviewId);
        }
        FormErrors errors = newErrors();
        String why = reason == null ? "" : reason.trim();
        String admin = currentAdminLogin();
        if (why.isEmpty()) {
            errors.reject("reason", "evergreen.reviews.error.reasonMissing");
        } else if (admin == null) {
            errors.reject(FormErrors.FORM, "evergreen.reviews.error.noAdmin");
        } else {
            try {
                reviews.reject(review.getId(), why, admin);
                redirect.addFlashAttribute(NOTICE, text("evergreen.reviews.rejected", String.valueOf(review.getId())));
                return back(back, review.getId(), page);
            } catch (ReviewException e) {
                if (e.getField() == null) {
                    // decided meanwhile (e.g. rejected in another tab): nothing to correct in the form
                    redirect.addFlashAttribute(WARNING, refusal(e));
                    return back(back, review.getId(), page);
                }
                errors.rejectText(e.getField(), refusal(e));
            }
        }
        if (BACK_TO_REVIEW.equals(back)) {
            return reviewPage(model, review, errors, reason);
        }
        return queuePage(model, pageNumber(page), new BulkDecisionForm(), newErrors(), review.getId(), errors, reason);
    }

    /**
     * Approves or rejects (with one reason) every ticked review of the queue; each review refused by the engine
     * (decided meanwhile, gone) is listed in a warning and does not stop the others. On bad input (nothing
     * ticked, no reason for a rejection) shows the queue again with the problems and decides nothing.
     */
    @RequestMapping(value = "/bulk", method = RequestMethod.POST)
    public String bulk(@ModelAttribute("bulkForm") BulkDecisionForm form,
                       @RequestParam(value = "page", required = false) String page,
                       HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        FormErrors errors = newErrors();
        List<Long> ids = form.read(errors);
        String admin = currentAdminLogin();
        if (errors.isEmpty() && admin == null) {
            errors.reject(FormErrors.FORM, "evergreen.reviews.error.noAdmin");
        }
        if (errors.isEmpty()) {
            try {
                BulkDecision result = form.isApprove() ? reviews.approveAll(ids, admin)
                        : reviews.rejectAll(ids, form.trimmedReason(), admin);
                report(result, ids.size(), form.isApprove(), redirect);
                return "redirect:/" + SECTION_KEY + pageQuery(page);
            } catch (ReviewException e) {
                errors.rejectText(e.getField() == null ? FormErrors.FORM : e.getField(), refusal(e));
            }
        }
        return queuePage(model, pageNumber(page), form, errors, null, newErrors(), null);
    }

    /** The notice (how many decided) and the warning (which were refused, and why) of a bulk decision. */
    private void report(BulkDecision result, int selected, boolean approve, RedirectAttributes redirect) {
        int decided = result.getDecided().size();
        if (decided > 0 || result.getRefusals().isEmpty()) {
            redirect.addFlashAttribute(NOTICE, text(approve ? "evergreen.reviews.bulk.approved" : "evergreen.reviews.bulk.rejected",
                    String.valueOf(decided), String.valueOf(selected)));
        }
        if (!result.getRefusals().isEmpty()) {
            StringBuilder which = new StringBuilder();
            for (Map.Entry<Long, ReviewException> e : result.getRefusals().entrySet()) {
                which.append(which.length() == 0 ? "" : " ").append(text("evergreen.reviews.bulk.refusedOne", String.valueOf(e.getKey()),
                        refusal(e.getValue())));
            }
            redirect.addFlashAttribute(WARNING, text("evergreen.reviews.bulk.refused", String.valueOf(result.getRefusals().size()),
                    which.toString()));
        }
    }

    private String queuePage(Model model, int page, BulkDecisionForm bulkForm, FormErrors bulkErrors,
                             Long decisionReviewId, FormErrors decisionErrors, String decisionReason) {
        ReviewPage pending = fetchPending(page);
        model.addAttribute("reviews", pending);
        model.addAttribute("pageNumber", pending.getPage() + 1);
        model.addAttribute("bulkForm", bulkForm);
        model.addAttribute("bulkErrors", bulkErrors);
        model.addAttribute("decisionReviewId", decisionReviewId);
        model.addAttribute("decisionErrors", decisionErrors);
        model.addAttribute("decisionReason", decisionReason);
        model.addAttribute("rewardPoints", settings.current().getRewardPoints());
        model.addAttribute("reviewTab", "queue");
        return page(model, SECTION_KEY, "loyalty/reviews");
    }

    private String reviewPage(Model model, ReviewRow review, FormErrors decisionErrors, String decisionReason) {
        model.addAttribute("review", review);
        model.addAttribute("decisionErrors", decisionErrors);
        model.addAttribute("decisionReason", decisionReason);
        model.addAttribute("rewardPoints", settings.current().getRewardPoints());
        return page(model, SECTION_KEY, "loyalty/review");
    }

    /** The pending page {@code page} (from 1); past the last page, the last one. */
    private ReviewPage fetchPending(int page) {
        ReviewPage p = reviews.pending(page - 1, PAGE_SIZE);
        if (p.getRows().isEmpty() && page > p.getPages()) {
            p = reviews.pending(p.getPages() - 1, PAGE_SIZE);
        }
        return p;
    }

    private ReviewPage fetch(ReviewStatus status, int page) {
        ReviewPage p = reviews.list(status, page - 1, PAGE_SIZE);
        if (p.getRows().isEmpty() && page > p.getPages()) {
            p = reviews.list(status, p.getPages() - 1, PAGE_SIZE);
        }
        return p;
    }

    private String reviewNotFound(HttpServletResponse response, Model model, String reviewId) {
        model.addAttribute("notFoundBackUrl", "/" + SECTION_KEY);
        model.addAttribute("notFoundBackLabel", text("evergreen.reviews.back"));
        return notFound(response, model, SECTION_KEY, "evergreen.reviews.notFound", reviewId);
    }

    /** The review of a path id, or null when it is not a number or no such review exists. */
    private ReviewRow review(String reviewId) {
        Long id = LoyaltyCustomersController.parseId(reviewId);
        return id == null ? null : reviews.get(id);
    }

    private static ReviewStatus status(String text) {
        if (text != null) {
            for (ReviewStatus s : ReviewStatus.values()) {
                if (s.name().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
        }
        return null;
    }

    private static String back(String back, long reviewId, String page) {
        if (BACK_TO_REVIEW.equals(back)) {
            return "redirect:/" + SECTION_KEY + "/" + reviewId;
        }
        return "redirect:/" + SECTION_KEY + pageQuery(page);
    }

    private static String pageQuery(String page) {
        int p = pageNumber(page);
        return p > 1 ? "?page=" + p : "";
    }

    static int pageNumber(String text) {
        if (text == null || !text.trim().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(text.trim()));
    }
}
