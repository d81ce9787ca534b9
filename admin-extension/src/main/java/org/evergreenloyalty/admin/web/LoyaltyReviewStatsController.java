package org.evergreenloyalty.admin.web;

import java.util.Locale;
import java.util.TimeZone;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.reviews.StatsPeriodForm;
import org.evergreenloyalty.review.ReviewAdminService;
import org.evergreenloyalty.review.ReviewException;
import org.evergreenloyalty.support.Clock;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The statistics of Loyalty &gt; Reviews for a period (by default the last 30 days): review requests and
 * reminders sent, reviews submitted, approved and rejected, the submission rate, reward points granted and the
 * satisfaction score (NPS) with its number of answers. Days are those of the server's time zone.
 */
@Controller("evgLoyaltyReviewStatsController")
@RequestMapping("/" + LoyaltyReviewsController.SECTION_KEY + "/stats")
public class LoyaltyReviewStatsController extends AbstractLoyaltyAdminController {

    @Resource(name = "evgReviewAdminService")
    protected ReviewAdminService reviews;

    @Resource(name = "evgClock")
    protected Clock clock;

    /** The numbers of the period {@code from}..{@code to} (days, both included); a bad period is shown with its problems. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(@ModelAttribute("period") StatsPeriodForm period, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        TimeZone zone = TimeZone.getDefault();
        FormErrors errors = newErrors();
        StatsPeriodForm.Period p = period.read(clock.now(), zone, errors);
        if (p != null) {
            try {
                model.addAttribute("stats", reviews.stats(p.getStart(), p.getEnd()));
            } catch (ReviewException e) {
                errors.rejectText(FormErrors.FORM, refusal(e));
            }
        }
        model.addAttribute("periodErrors", errors);
        model.addAttribute("reviewTab", "stats");
        model.addAttribute("timeZone", zone.getDisplayName(false, TimeZone.LONG, locale()) + " (" + zone.getID() + ")");
        return page(model, LoyaltyReviewsController.SECTION_KEY, "loyalty/reviewStats");
    }

    private static Locale locale() {
        Locale l = LocaleContextHolder.getLocale();
        return l == null ? Locale.ENGLISH : l;
    }
}
