package org.evergreenloyalty.web.review;

import org.evergreenloyalty.review.ReviewInvitation;

/**
 * What the review page ({@code evergreen/review/form}) shows: the form for a valid link (with the rating preset
 * from the star clicked, or the input sent back with an error), the thank-you after a submission, the note that the
 * product was reviewed already, or why a link does not work. Texts typed by the shopper are plain strings the
 * template escapes.
 */
public final class ReviewFormPage {

    /** What the page shows. */
    public enum State { FORM, DONE, ALREADY_REVIEWED, INVALID_LINK }

    private final State state;
    private final String action;
    private final String token;
    private final ReviewInvitation invitation;
    private int rating;
    private String title;
    private String text;
    private String displayName;
    private String error;
    private String errorField;
    private String notice;
    private int maxTextLength;
    private int maxTitleLength;
    private int maxDisplayNameLength;

    private ReviewFormPage(State state, String action, String token, ReviewInvitation invitation) {
        this.state = state;
        this.action = action;
        this.token = token;
        this.invitation = invitation;
    }

    /** The form of a valid link, {@code rating} (1-5) preset or 0. */
    public static ReviewFormPage form(String action, String token, ReviewInvitation invitation, int rating, int maxTextLength,
                                      int maxTitleLength, int maxDisplayNameLength) {
        ReviewFormPage p = new ReviewFormPage(State.FORM, action, token, invitation);
        p.rating = rating >= 1 && rating <= 5 ? rating : 0;
        p.maxTextLength = maxTextLength;
        p.maxTitleLength = maxTitleLength;
        p.maxDisplayNameLength = maxDisplayNameLength;
        return p;
    }

    /** This page with the shopper's input sent back and an error (on {@code field}, or null for the whole form). */
    public ReviewFormPage refused(Integer rating, String title, String text, String displayName, String error, String field) {
        this.rating = rating != null && rating >= 1 && rating <= 5 ? rating : 0;
        this.title = title;
        this.text = text;
        this.displayName = displayName;
        this.error = error;
        this.errorField = field;
        return this;
    }

    /** The thank-you page with {@code notice}. */
    public static ReviewFormPage done(ReviewInvitation invitation, String notice) {
        ReviewFormPage p = new ReviewFormPage(State.DONE, null, null, invitation);
        p.notice = notice;
        return p;
    }

    /** The product was reviewed already; {@code notice} says so. */
    public static ReviewFormPage alreadyReviewed(ReviewInvitation invitation, String notice) {
        ReviewFormPage p = new ReviewFormPage(State.ALREADY_REVIEWED, null, null, invitation);
        p.notice = notice;
        return p;
    }

    /** A link that does not work, with the reason. */
    public static ReviewFormPage invalid(String error) {
        ReviewFormPage p = new ReviewFormPage(State.INVALID_LINK, null, null, null);
        p.error = error;
        return p;
    }

    public State getState() { return state; }
    public boolean isForm() { return state == State.FORM; }
    public boolean isDone() { return state == State.DONE; }
    public boolean isAlreadyReviewed() { return state == State.ALREADY_REVIEWED; }
    public boolean isInvalid() { return state == State.INVALID_LINK; }
    /** Where the form posts to. */
    public String getAction() { return action; }
    public String getToken() { return token; }
    /** The product and order (null for an invalid link). */
    public ReviewInvitation getInvitation() { return invitation; }
    /** The preset or chosen rating, 0 for none. */
    public int getRating() { return rating; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public String getDisplayName() { return displayName; }
    /** The error text, or null. */
    public String getError() { return error; }
    /** The field the error belongs to, or null. */
    public String getErrorField() { return errorField; }
    /** The success or "reviewed already" text, or null. */
    public String getNotice() { return notice; }
    public int getMaxTextLength() { return maxTextLength; }
    public int getMaxTitleLength() { return maxTitleLength; }
    public int getMaxDisplayNameLength() { return maxDisplayNameLength; }
}
