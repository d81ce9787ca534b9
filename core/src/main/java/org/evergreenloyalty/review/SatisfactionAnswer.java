package org.evergreenloyalty.review;

/**
 * The order's satisfaction answer after a click. The first answer is kept: a repeated click (the same or
 * another score) does not change it, and {@link #isFirst()} tells the page which happened.
 */
public final class SatisfactionAnswer {

    private final long orderId;
    private final int score;
    private final boolean first;

    public SatisfactionAnswer(long orderId, int score, boolean first) {
        this.orderId = orderId;
        this.score = score;
        this.first = first;
    }

    public long getOrderId() { return orderId; }
    /** The stored score (0-10): this click's, or the earlier answer's. */
    public int getScore() { return score; }
    /** True when this click stored the answer; false when the order had been answered before. */
    public boolean isFirst() { return first; }
}
