package org.evergreenloyalty.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;

/**
 * The review numbers of a period [from, to): e-mails sent, reviews submitted and decided, the submission rate
 * and the satisfaction score (NPS). Each count is by the date of its own event.
 */
public final class ReviewStats {

    private final Date from;
    private final Date to;
    private final long requestsSent;
    private final long remindersSent;
    private final long productsRequested;
    private final long productsReviewed;
    private final long reviewsSubmitted;
    private final long reviewsApproved;
    private final long reviewsRejected;
    private final long pointsGranted;
    private final long satisfactionResponses;
    private final long promoters;
    private final long passives;
    private final long detractors;

    public ReviewStats(Date from, Date to, long requestsSent, long remindersSent, long productsRequested, long productsReviewed,
                       long reviewsSubmitted, long reviewsApproved, long reviewsRejected, long pointsGranted,
                       long satisfactionResponses, long promoters, long passives, long detractors) {
        this.from = new Date(from.getTime());
        this.to = new Date(to.getTime());
        this.requestsSent = requestsSent;
        this.remindersSent = remindersSent;
        this.productsRequested = productsRequested;
        this.productsReviewed = productsReviewed;
        this.reviewsSubmitted = reviewsSubmitted;
        this.reviewsApproved = reviewsApproved;
        this.reviewsRejected = reviewsRejected;
        this.pointsGranted = pointsGranted;
        this.satisfactionResponses = satisfactionResponses;
        this.promoters = promoters;
        this.passives = passives;
        this.detractors = detractors;
    }

    public Date getFrom() { return new Date(from.getTime()); }
    public Date getTo() { return new Date(to.getTime()); }
    /** Review request e-mails sent in the period. */
    public long getRequestsSent() { return requestsSent; }
    /** Reminder e-mails sent in the period. */
    public long getRemindersSent() { return remindersSent; }
    /** Products listed in the requests sent in the period. */
    public long getProductsRequested() { return productsRequested; }
    /** Of those, the products reviewed through their link (at any time up to now). */
    public long getProductsReviewed() { return productsReviewed; }
    /** Reviews submitted in the period (all statuses). */
    public long getReviewsSubmitted() { return reviewsSubmitted; }
    /** Reviews approved in the period. */
    public long getReviewsApproved() { return reviewsApproved; }
    /** Reviews rejected in the period. */
    public long getReviewsRejected() { return reviewsRejected; }
    /** Review reward points granted in the period. */
    public long getPointsGranted() { return pointsGranted; }
    /** Satisfaction answers (0-10) given in the period. */
    public long getSatisfactionResponses() { return satisfactionResponses; }
    /** Answers 9 or 10. */
    public long getPromoters() { return promoters; }
    /** Answers 7 or 8. */
    public long getPassives() { return passives; }
    /** Answers 0 to 6. */
    public long getDetractors() { return detractors; }

    /**
     * Submission rate: products reviewed of the products requested in the period's requests, in percent with one
     * decimal (0.0 when nothing was requested).
     */
    public BigDecimal getSubmissionRatePercent() {
        if (productsRequested == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(productsReviewed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(productsRequested), 1, RoundingMode.HALF_UP);
    }

    /**
     * Net Promoter Score: percent promoters minus percent detractors, -100 to 100, one decimal; null without
     * answers.
     */
    public BigDecimal getNetPromoterScore() {
        if (satisfactionResponses == 0) {
            return null;
        }
        return BigDecimal.valueOf(promoters - detractors).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(satisfactionResponses), 1, RoundingMode.HALF_UP);
    }
}
