package org.evergreenloyalty.review;

import java.util.Date;

/**
 * One approved review as the product page shows it. Texts are as written: templates escape them
 * ({@code th:text}).
 */
public final class ProductReviewView {

    private final int rating;
    private final String title;
    private final String text;
    private final String authorName;
    private final Date submittedAt;
    private final boolean verifiedBuyer;
    private final boolean incentivised;

    public ProductReviewView(int rating, String title, String text, String authorName, Date submittedAt,
                             boolean verifiedBuyer, boolean incentivised) {
        this.rating = rating;
        this.title = title;
        this.text = text;
        this.authorName = authorName;
        this.submittedAt = submittedAt == null ? null : new Date(submittedAt.getTime());
        this.verifiedBuyer = verifiedBuyer;
        this.incentivised = incentivised;
    }

    /** 1 to 5. */
    public int getRating() { return rating; }
    /** The title, or null. */
    public String getTitle() { return title; }
    public String getText() { return text; }
    /** The display name the shopper chose, else first name and last initial, else null. */
    public String getAuthorName() { return authorName; }
    public Date getSubmittedAt() { return submittedAt == null ? null : new Date(submittedAt.getTime()); }
    /** Written through a link of the shopper's own order. */
    public boolean isVerifiedBuyer() { return verifiedBuyer; }
    /** The shopper got points for it. */
    public boolean isIncentivised() { return incentivised; }
}
