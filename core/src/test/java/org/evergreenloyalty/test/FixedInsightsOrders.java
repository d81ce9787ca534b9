package org.evergreenloyalty.test;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.insights.BeforeAfter;
import org.evergreenloyalty.insights.Buckets;
import org.evergreenloyalty.insights.CustomerSegment;
import org.evergreenloyalty.insights.InsightsOrderSource;
import org.evergreenloyalty.insights.OrderFigures;

/**
 * Test double of the reports' order port: answers what a test set (the platform's SQL is tested by the adapter's
 * suite on real orders); by default no orders at all.
 */
public class FixedInsightsOrders implements InsightsOrderSource {

    private volatile OrderFigures figures = OrderFigures.NONE;
    private volatile List<OrderFigures> perBucket = new ArrayList<OrderFigures>();

    /** What {@link #figures} answers for every segment. */
    public void setFigures(OrderFigures figures) { this.figures = figures; }

    /** What {@link #figuresByBucket} answers, bucket by bucket (missing buckets: no orders). */
    public void setPerBucket(List<OrderFigures> perBucket) { this.perBucket = perBucket; }

    /** Back to "no orders". */
    public void clear() {
        figures = OrderFigures.NONE;
        perBucket = new ArrayList<OrderFigures>();
    }

    @Override
    public OrderFigures figures(Date from, Date to, CustomerSegment segment) {
        return figures;
    }

    @Override
    public List<OrderFigures> figuresByBucket(Buckets buckets) {
        List<OrderFigures> result = new ArrayList<OrderFigures>();
        for (int i = 0; i < buckets.size(); i++) {
            result.add(i < perBucket.size() ? perBucket.get(i) : OrderFigures.NONE);
        }
        return result;
    }

    @Override
    public long[][] cohorts(Buckets months) {
        return new long[months.size()][months.size()];
    }

    @Override
    public BeforeAfter membersAroundJoining(Date joinedFrom, Date joinedTo, int windowDays) {
        return BeforeAfter.NONE;
    }

    @Override
    public BeforeAfter nonMembersAround(Date reference, int windowDays) {
        return BeforeAfter.NONE;
    }
}
