package org.evergreenloyalty.insights;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

/**
 * The review funnel of a period: review requests sent, of those the requests whose order got a review (at any time
 * up to now), reviews submitted, of those approved, the average rating of the approved ones, and the satisfaction
 * score (NPS) per month.
 */
public final class ReviewFunnel {

    private final long requestsSent;
    private final long requestsAnswered;
    private final long submitted;
    private final long approved;
    private final long ratingSum;
    private final List<Nps> nps;

    public ReviewFunnel(long[] counts, List<Nps> nps) {
        this.requestsSent = counts[0];
        this.requestsAnswered = counts[1];
        this.submitted = counts[2];
        this.approved = counts[3];
        this.ratingSum = counts[4];
        this.nps = Collections.unmodifiableList(nps);
    }

    public long getRequestsSent() { return requestsSent; }
    /** Requests sent in the period whose order got at least one review. */
    public long getRequestsAnswered() { return requestsAnswered; }
    /** Answered ÷ sent; null when no request went out. */
    public Double getResponseRate() { return Ratios.share(requestsAnswered, requestsSent); }
    /** Reviews submitted in the period (requested or not). */
    public long getSubmitted() { return submitted; }
    /** Of those, approved. */
    public long getApproved() { return approved; }
    /** Approved ÷ submitted; null without reviews. */
    public Double getApprovalRate() { return Ratios.share(approved, submitted); }
    /** Mean star rating (1-5) of the approved reviews; null without any. */
    public Double getAverageRating() { return Ratios.share(ratingSum, approved); }
    /** One row per month of the period. */
    public List<Nps> getNps() { return nps; }

    /** The satisfaction answers of one month: NPS = % promoters (9-10) − % detractors (0-6). */
    public static final class Nps {
        private final YearMonth month;
        private final long answers;
        private final long promoters;
        private final long detractors;

        public Nps(YearMonth month, long answers, long promoters, long detractors) {
            this.month = month;
            this.answers = answers;
            this.promoters = promoters;
            this.detractors = detractors;
        }

        public YearMonth getMonth() { return month; }
        public long getAnswers() { return answers; }
        public long getPromoters() { return promoters; }
        public long getDetractors() { return detractors; }
        public long getPassives() { return answers - promoters - detractors; }
        /** From −100 to 100; null without answers. */
        public Double getScore() {
            return answers == 0 ? null : Double.valueOf(100.0 * (promoters - detractors) / answers);
        }
    }
}
