package org.evergreenloyalty.review;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

import org.hibernate.annotations.Index;

/**
 * A review collected by the module: what Broadleaf's ReviewDetail cannot hold (title, display name, full text,
 * verified buyer, the order, moderation with reason and admin, the reward). The unique key (customer, product)
 * makes "one review per product per customer" hold even for concurrent double submissions.
 */
@Entity
@Table(name = "EVG_REVIEW",
        uniqueConstraints = @UniqueConstraint(name = "EVG_REVIEW_UK", columnNames = {"CUSTOMER_ID", "PRODUCT_ID"}))
public class ProductReview {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReviewId")
    @TableGenerator(name = "EvgReviewId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "ProductReview", allocationSize = 20)
    @Column(name = "REVIEW_ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;
    @Index(name = "EVG_REVIEW_PRODUCT_IDX")
    @Column(name = "PRODUCT_ID", nullable = false, updatable = false)
    private Long productId;
    @Column(name = "PRODUCT_NAME", length = 255)
    private String productName;
    @Index(name = "EVG_REVIEW_ORDER_IDX")
    @Column(name = "ORDER_ID", updatable = false)
    private Long orderId;
    @Index(name = "EVG_REVIEW_STORE_IDX")
    @Column(name = "STORE_REVIEW_ID")
    private Long storeReviewId;

    @Column(name = "RATING", nullable = false, updatable = false)
    private int rating;
    @Column(name = "TITLE", length = 200, updatable = false)
    private String title;
    @Column(name = "REVIEW_TEXT", nullable = false, length = 10000, updatable = false)
    private String text;
    @Column(name = "DISPLAY_NAME", length = 60, updatable = false)
    private String displayName;
    @Column(name = "VERIFIED_BUYER", nullable = false)
    private boolean verifiedBuyer;
    @Column(name = "INCENTIVISED", nullable = false)
    private boolean incentivised;

    @Index(name = "EVG_REVIEW_STATUS_IDX")
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.PENDING;
    @Index(name = "EVG_REVIEW_SUBMITTED_IDX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SUBMITTED_AT", nullable = false, updatable = false)
    private Date submittedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DECIDED_AT")
    private Date decidedAt;
    @Column(name = "DECIDED_BY", length = 100)
    private String decidedBy;
    @Column(name = "REJECT_REASON", length = 500)
    private String rejectReason;
    @Column(name = "REWARD_POINTS", nullable = false)
    private long rewardPoints;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REWARDED_AT")
    private Date rewardedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REWARD_TAKEN_BACK_AT")
    private Date rewardTakenBackAt;

    protected ProductReview() {
    }

    ProductReview(long customerId, long productId, String productName, Long orderId, int rating, String title, String text,
                  String displayName, boolean verifiedBuyer, Date submittedAt) {
        this.customerId = customerId;
        this.productId = productId;
        this.productName = productName == null ? null : (productName.length() > 255 ? productName.substring(0, 255) : productName);
        this.orderId = orderId;
        this.rating = rating;
        this.title = title;
        this.text = text;
        this.displayName = displayName;
        this.verifiedBuyer = verifiedBuyer;
        this.submittedAt = new Date(submittedAt.getTime());
    }

    void linkStoreReview(long storeReviewId) {
        this.storeReviewId = storeReviewId;
    }

    void approved(Date at, String by) {
        this.status = ReviewStatus.APPROVED;
        this.decidedAt = new Date(at.getTime());
        this.decidedBy = by;
        this.rejectReason = null;
    }

    void rejected(Date at, String by, String reason) {
        this.status = ReviewStatus.REJECTED;
        this.decidedAt = new Date(at.getTime());
        this.decidedBy = by;
        this.rejectReason = reason;
    }

    void rewarded(long points, Date at) {
        this.rewardPoints = points;
        this.rewardedAt = new Date(at.getTime());
        this.incentivised = true;
    }

    void rewardTakenBack(Date at) {
        this.rewardTakenBackAt = new Date(at.getTime());
    }

    /** When the reward was taken back because the approved review was rejected later, or null. */
    public Date getRewardTakenBackAt() { return rewardTakenBackAt == null ? null : new Date(rewardTakenBackAt.getTime()); }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public Long getProductId() { return productId; }
    public String getProductName() { return productName; }
    public Long getOrderId() { return orderId; }
    /** Broadleaf's ReviewDetail id, or null. */
    public Long getStoreReviewId() { return storeReviewId; }
    public int getRating() { return rating; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public String getDisplayName() { return displayName; }
    public boolean isVerifiedBuyer() { return verifiedBuyer; }
    public boolean isIncentivised() { return incentivised; }
    public ReviewStatus getStatus() { return status; }
    public Date getSubmittedAt() { return new Date(submittedAt.getTime()); }
    public Date getDecidedAt() { return decidedAt == null ? null : new Date(decidedAt.getTime()); }
    public String getDecidedBy() { return decidedBy; }
    public String getRejectReason() { return rejectReason; }
    public long getRewardPoints() { return rewardPoints; }
    public Date getRewardedAt() { return rewardedAt == null ? null : new Date(rewardedAt.getTime()); }
}
