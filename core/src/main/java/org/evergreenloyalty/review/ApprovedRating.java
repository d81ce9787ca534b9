package org.evergreenloyalty.review;

import java.util.Date;

/** An approved review as the store's rating service keeps it: its id there, stars, text, date, customer. */
public final class ApprovedRating {

    private final long storeReviewId;
    private final int rating;
    private final String text;
    private final Date submittedAt;
    private final long customerId;
    private final String customerFirstName;
    private final String customerLastName;

    public ApprovedRating(long storeReviewId, int rating, String text, Date submittedAt, long customerId,
                          String customerFirstName, String customerLastName) {
        this.storeReviewId = storeReviewId;
        this.rating = rating;
        this.text = text;
        this.submittedAt = submittedAt == null ? null : new Date(submittedAt.getTime());
        this.customerId = customerId;
        this.customerFirstName = customerFirstName;
        this.customerLastName = customerLastName;
    }

    /** The id of Broadleaf's ReviewDetail. */
    public long getStoreReviewId() { return storeReviewId; }
    public int getRating() { return rating; }
    public String getText() { return text; }
    public Date getSubmittedAt() { return submittedAt == null ? null : new Date(submittedAt.getTime()); }
    public long getCustomerId() { return customerId; }
    public String getCustomerFirstName() { return customerFirstName; }
    public String getCustomerLastName() { return customerLastName; }
}
