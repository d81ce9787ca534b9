package org.evergreenloyalty.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What one run of the review job did: orders found fulfilled, and the outcome counts of requests and reminders. */
public final class ReviewRunReport {

    private final int fulfilled;
    private final Map<RequestOutcome, Integer> outcomes;
    private final int resent;

    public ReviewRunReport(int fulfilled, Map<RequestOutcome, Integer> outcomes, int resent) {
        this.fulfilled = fulfilled;
        this.resent = resent;
        Map<RequestOutcome, Integer> m = new EnumMap<RequestOutcome, Integer>(RequestOutcome.class);
        m.putAll(outcomes);
        this.outcomes = Collections.unmodifiableMap(m);
    }

    /** Orders first seen fulfilled in this run (fulfilment trigger). */
    public int getFulfilled() { return fulfilled; }
    /** E-mails that had failed earlier and went out on retry in this run. */
    public int getResent() { return resent; }
    /** Outcome to count. */
    public Map<RequestOutcome, Integer> getOutcomes() { return outcomes; }

    /** How many attempts ended with {@code outcome}. */
    public int count(RequestOutcome outcome) {
        Integer n = outcomes.get(outcome);
        return n == null ? 0 : n;
    }

    @Override
    public String toString() {
        return "fulfilled " + fulfilled + ", " + outcomes + ", resent " + resent;
    }
}
