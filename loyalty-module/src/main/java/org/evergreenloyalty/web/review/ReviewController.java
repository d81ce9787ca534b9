package org.evergreenloyalty.web.review;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.review.InvalidReviewLinkException;
import org.evergreenloyalty.review.ReviewException;
import org.evergreenloyalty.review.ReviewInput;
import org.evergreenloyalty.review.ReviewInputRules;
import org.evergreenloyalty.review.ReviewInvitation;
import org.evergreenloyalty.review.ReviewLinks;
import org.evergreenloyalty.review.ReviewService;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewStatus;
import org.evergreenloyalty.review.SatisfactionAnswer;
import org.evergreenloyalty.review.SubmittedReview;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The pages the links of review e-mails open; no sign-in needed (the signed link identifies the shopper):
 * <ul>
 * <li>{@code GET <evergreen.review.path>?token=..&rating=N} (default {@code /review}): the form, rating preset;</li>
 * <li>{@code POST <path>} (token, rating, title, text, displayName): stores the review, or sends the form back with
 * a message (HTTP 400) and stores nothing;</li>
 * <li>{@code GET <path>/satisfaction?token=..&score=N}: the 0-10 question, score preset (a GET stores nothing);</li>
 * <li>{@code POST <path>/satisfaction} (token, score): stores the answer (the first answer counts).</li>
 * </ul>
 * A link that does not work says why (HTTP 400). Templates {@code evergreen/review/form} (model
 * {@value #PAGE}) and {@code evergreen/review/satisfaction} (model {@value #SATISFACTION}).
 */
@Controller
public class ReviewController {

    /** The mapped path: the property, resolved by the placeholder configurer of the module's servlet XML. */
    public static final String PATH = "$evergreen{evergreen.review.path}";
    public static final String VIEW = "evergreen/review/form";
    public static final String SATISFACTION_VIEW = "evergreen/review/satisfaction";
    /** Model attribute of the review page ({@link ReviewFormPage}). */
    public static final String PAGE = "evgReview";
    /** Model attribute of the satisfaction page ({@link SatisfactionPage}). */
    public static final String SATISFACTION = "evgSatisfaction";

    private static final Log LOG = LogFactory.getLog(ReviewController.class);

    private final ReviewService reviews;
    private final ReviewSettingsService settings;
    private final ReviewTexts messages;
    private final String path;

    @Autowired
    public ReviewController(@Qualifier("evgReviewService") ReviewService reviews,
                            @Qualifier("evgReviewSettingsService") ReviewSettingsService settings,
                            @Qualifier("evgReviewTexts") ReviewTexts messages,
                            @Qualifier("evgReviewLinks") ReviewLinks links) {
        this.reviews = reviews;
        this.settings = settings;
        this.messages = messages;
        this.path = links.path();
    }

    /** The form for the link's product, the rating preset from the star clicked. */
    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String form(@RequestParam(value = "token", required = false) String token,
                       @RequestParam(value = "rating", required = false) String rating,
                       HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        ReviewFormPage page;
        try {
            ReviewInvitation inv = reviews.open(token);
            page = inv.isAlreadyReviewed() ? ReviewFormPage.alreadyReviewed(inv, alreadyText(inv.getExistingReviewStatus(), locale))
                    : form(token, inv, number(rating));
        } catch (ReviewException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = ReviewFormPage.invalid(text(e, locale));
        } catch (RuntimeException e) {
            LOG.error("The review form failed", e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            page = ReviewFormPage.invalid(messages.text("evergreen.review.error.unexpected", locale));
        }
        model.addAttribute(PAGE, page);
        return VIEW;
    }

    /** Stores the review, or sends the form back with a message. */
    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String submit(@RequestParam(value = "token", required = false) String token,
                         @RequestParam(value = "rating", required = false) String rating,
                         @RequestParam(value = "title", required = false) String title,
                         @RequestParam(value = "text", required = false) String text,
                         @RequestParam(value = "displayName", required = false) String displayName,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        ReviewInvitation inv;
        try {
            inv = reviews.open(token);
        } catch (ReviewException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(PAGE, ReviewFormPage.invalid(text(e, locale)));
            return VIEW;
        }
        Integer stars = number(rating);
        if (stars == null && rating != null && !rating.trim().isEmpty()) {
            stars = Integer.MIN_VALUE; // typed but not a number: "between 1 and 5"
        }
        ReviewFormPage page;
        try {
            SubmittedReview done = reviews.submit(token, new ReviewInput(stars, title, text, displayName));
            page = ReviewFormPage.done(inv, doneText(done, locale));
        } catch (ReviewException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if ("evergreen.review.error.alreadyReviewed".equals(e.getMessageKey())) {
                page = ReviewFormPage.alreadyReviewed(inv, text(e, locale));
            } else {
                page = form(token, inv, 0).refused(stars, title, text, displayName, text(e, locale), e.getField());
            }
        } catch (RuntimeException e) {
            LOG.error("A review submission failed", e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            page = form(token, inv, 0).refused(stars, title, text, displayName,
                    messages.text("evergreen.review.error.unexpected", locale), null);
        }
        model.addAttribute(PAGE, page);
        return VIEW;
    }

    /** The satisfaction question with the clicked score preset; stores nothing. */
    @RequestMapping(value = PATH + "/satisfaction", method = RequestMethod.GET)
    public String satisfaction(@RequestParam(value = "token", required = false) String token,
                               @RequestParam(value = "score", required = false) String score,
                               HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        SatisfactionPage page;
        try {
            reviews.checkSatisfactionLink(token);
            Integer s = number(score);
            page = SatisfactionPage.confirm(path + "/satisfaction", token, s == null ? -1 : s, null);
        } catch (ReviewException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = SatisfactionPage.invalid(text(e, locale));
        }
        model.addAttribute(SATISFACTION, page);
        return SATISFACTION_VIEW;
    }

    /** Stores the answer (the first one counts). */
    @RequestMapping(value = PATH + "/satisfaction", method = RequestMethod.POST)
    public String answer(@RequestParam(value = "token", required = false) String token,
                         @RequestParam(value = "score", required = false) String score,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        SatisfactionPage page;
        Integer s = number(score);
        try {
            SatisfactionAnswer a = reviews.answerSatisfaction(token, s);
            page = SatisfactionPage.done(a.getScore(), a.isFirst() ? messages.text("evergreen.review.satisfaction.thanks", locale, a.getScore())
                    : messages.text("evergreen.review.satisfaction.already", locale, a.getScore()));
        } catch (InvalidReviewLinkException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = SatisfactionPage.invalid(text(e, locale));
        } catch (ReviewException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = "score".equals(e.getField()) ? SatisfactionPage.confirm(path + "/satisfaction", token, -1, text(e, locale))
                    : SatisfactionPage.invalid(text(e, locale));
        }
        model.addAttribute(SATISFACTION, page);
        return SATISFACTION_VIEW;
    }

    private ReviewFormPage form(String token, ReviewInvitation inv, Integer rating) {
        ReviewSettings s = settings.current();
        return ReviewFormPage.form(path, token, inv, rating == null ? 0 : rating, s.getMaxTextLength(), s.getMaxTitleLength(),
                ReviewInputRules.MAX_DISPLAY_NAME);
    }

    private String doneText(SubmittedReview done, Locale locale) {
        if (done.getStatus() == ReviewStatus.APPROVED) {
            return done.getRewardPoints() > 0 ? messages.text("evergreen.review.done.publishedPoints", locale, done.getRewardPoints())
                    : messages.text("evergreen.review.done.published", locale);
        }
        return done.getRewardPoints() > 0 ? messages.text("evergreen.review.done.pendingPoints", locale, done.getRewardPoints())
                : messages.text("evergreen.review.done.pending", locale);
    }

    private String alreadyText(ReviewStatus status, Locale locale) {
        return messages.text(status == ReviewStatus.APPROVED ? "evergreen.review.already.published"
                : status == ReviewStatus.PENDING ? "evergreen.review.already.pending" : "evergreen.review.error.alreadyReviewed", locale);
    }

    private String text(ReviewException e, Locale locale) {
        return messages.text(e, locale);
    }

    /** The number in {@code s}, or null when it is blank or not a whole number. */
    static Integer number(String s) {
        if (s == null || s.trim().isEmpty() || s.trim().length() > 6) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
