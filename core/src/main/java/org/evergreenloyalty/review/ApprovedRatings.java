package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A product's approved reviews in the store's rating service: count, sum of stars, the newest few. */
public final class ApprovedRatings {

    private final long count;
    private final long starSum;
    private final List<ApprovedRating> newest;

    public ApprovedRatings(long count, long starSum, List<ApprovedRating> newest) {
        this.count = count;
        this.starSum = starSum;
        this.newest = Collections.unmodifiableList(new ArrayList<ApprovedRating>(newest));
    }

    public long getCount() { return count; }
    public long getStarSum() { return starSum; }
    public List<ApprovedRating> getNewest() { return newest; }
}
