package org.evergreenloyalty.review;

import java.util.Date;

/**
 * One review as the admin sees it: product, customer, rating, texts as the shopper wrote them (escape them on
 * output), status with the decision, and the order it was written for. Plain values.
 */
public final class ReviewRow {

    private final long id;
    private final long productId;
    private final String productName;
    private final long customerId;
    private final String customerEmail;
    private final String customerName;
    private final Long orderId;
    private final String orderNumber;
    private final int rating;
    private final String title;
    private final String text;
    private final String displayName;
    private final boolean verifiedBuyer;
    private final boolean incentivised;
    private final ReviewStatus status;
    private final Date submittedAt;
    private final Date decidedAt;
    private final String decidedBy;
    private final String rejectReason;
    private final long rewardPoints;
    private final Date rewardTakenBackAt;

    public ReviewRow(long id, long productId, String productName, long customerId, String customerEmail, String customerName,
                     Long orderId, String orderNumber, int rating, String title, String text, String displayName,
                     boolean verifiedBuyer, boolean incentivised, ReviewStatus status, Date submittedAt, Date decidedAt,
                     String decidedBy, String rejectReason, long rewardPoints, Date rewardTakenBackAt) {
        this.id = id;
        this.productId = productId;
        this.productName = productName;
        this.customerId = customerId;
        this.customerEmail = customerEmail;
        this.customerName = customerName;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.rating = rating;
        this.title = title;
        this.text = text;
        this.displayName = displayName;
        this.verifiedBuyer = verifiedBuyer;
        this.incentivised = incentivised;
        this.status = status;
        this.submittedAt = copy(submittedAt);
        this.decidedAt = copy(decidedAt);
        this.decidedBy = decidedBy;
        this.rejectReason = rejectReason;
        this.rewardPoints = rewardPoints;
        this.rewardTakenBackAt = copy(rewardTakenBackAt);
    }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }

    /** The review's id (for approve / reject). */
    public long getId() { return id; }
    public long getProductId() { return productId; }
    public String getProductName() { return productName; }
    public long getCustomerId() { return customerId; }
    /** The customer's e-mail address, or null when the customer is gone. */
    public String getCustomerEmail() { return customerEmail; }
    /** First and last name, or null. */
    public String getCustomerName() { return customerName; }
    /** The order the review link came from. */
    public Long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    /** 1 to 5 stars. */
    public int getRating() { return rating; }
    /** The title, or null. */
    public String getTitle() { return title; }
    public String getText() { return text; }
    /** The name the shopper wants shown, or null (the store then shows the first name's initial). */
    public String getDisplayName() { return displayName; }
    /** Written through a link of one of the customer's orders. */
    public boolean isVerifiedBuyer() { return verifiedBuyer; }
    /** Rewarded with points (the product page labels it). */
    public boolean isIncentivised() { return incentivised; }
    public ReviewStatus getStatus() { return status; }
    public Date getSubmittedAt() { return copy(submittedAt); }
    /** When it was approved or rejected, or null while pending. */
    public Date getDecidedAt() { return copy(decidedAt); }
    /** The admin login that decided, {@code auto} for auto-approval, or null. */
    public String getDecidedBy() { return decidedBy; }
    /** The reason of a rejection, or null. */
    public String getRejectReason() { return rejectReason; }
    /** Points granted for it (0 = none). */
    public long getRewardPoints() { return rewardPoints; }
    /** When the reward was taken back (the approved review was rejected later), or null. */
    public Date getRewardTakenBackAt() { return copy(rewardTakenBackAt); }
}
