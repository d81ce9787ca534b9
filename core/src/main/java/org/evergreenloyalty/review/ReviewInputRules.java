package org.evergreenloyalty.review;

/**
 * Checks and cleans a review form's input against the settings: rating 1-5, text required and not too long,
 * optional title and display name within their limits. Control characters (other than line breaks and tabs) are
 * removed; markup is kept as typed (it is text, escaped wherever it is shown).
 */
public final class ReviewInputRules {

    /** Most characters of a display name. */
    public static final int MAX_DISPLAY_NAME = 60;

    private ReviewInputRules() {
    }

    /**
     * The cleaned input.
     *
     * @throws ReviewException naming the first bad field
     */
    public static ReviewInput check(ReviewInput in, ReviewSettings s) {
        if (in == null) {
            throw new ReviewException("rating", "evergreen.review.error.ratingMissing", "Choose a rating from 1 to 5 stars.");
        }
        Integer rating = in.getRating();
        if (rating == null) {
            throw new ReviewException("rating", "evergreen.review.error.ratingMissing", "Choose a rating from 1 to 5 stars.");
        }
        if (rating < 1 || rating > 5) {
            throw new ReviewException("rating", "evergreen.review.error.ratingRange",
                    "The rating must be between 1 and 5 stars, was " + rating + ".", rating);
        }
        String title = clean(in.getTitle());
        if (title != null && title.length() > s.getMaxTitleLength()) {
            throw new ReviewException("title", "evergreen.review.error.titleTooLong",
                    "The title may have at most " + s.getMaxTitleLength() + " characters (it has " + title.length() + ").",
                    s.getMaxTitleLength(), title.length());
        }
        String text = clean(in.getText());
        if (text == null) {
            throw new ReviewException("text", "evergreen.review.error.textMissing", "Please write a few words about the product.");
        }
        if (text.length() > s.getMaxTextLength()) {
            throw new ReviewException("text", "evergreen.review.error.textTooLong",
                    "The review may have at most " + s.getMaxTextLength() + " characters (it has " + text.length() + ").",
                    s.getMaxTextLength(), text.length());
        }
        String name = clean(in.getDisplayName());
        if (name != null && (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('\t') >= 0)) {
            name = name.replaceAll("\\s+", " ");
        }
        if (name != null && name.length() > MAX_DISPLAY_NAME) {
            throw new ReviewException("displayName", "evergreen.review.error.nameTooLong",
                    "The display name may have at most " + MAX_DISPLAY_NAME + " characters.", MAX_DISPLAY_NAME);
        }
        if (title != null && (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0)) {
            title = title.replaceAll("\\s+", " ");
        }
        return new ReviewInput(rating, title, text, name);
    }

    /** Trimmed, without control characters other than line breaks and tabs, line breaks as \n; null when blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        String normalised = s.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                b.append(c);
            }
        }
        String t = b.toString().trim();
        return t.isEmpty() ? null : t;
    }
}
