package org.evergreenloyalty.insights;

import java.util.Date;
import java.util.List;

/**
 * The reports' view of the store's orders (implemented by the platform adapter with set-based SQL on the
 * platform's order tables). Every figure counts <em>placed</em> orders: submitted and not cancelled; revenue is
 * the order total less the amounts the module recorded as returned. A customer is the order's customer id
 * (guests included). Time boundaries are the order's submit time.
 */
public interface InsightsOrderSource {

    /** Orders, customers, repeat customers, new customers and revenue of {@code segment} in [from, to). */
    OrderFigures figures(Date from, Date to, CustomerSegment segment);

    /**
     * Per bucket (in order): orders, customers who ordered, customers whose first placed order ever falls in the
     * bucket, and customers with two or more orders in the bucket.
     */
    List<OrderFigures> figuresByBucket(Buckets buckets);

    /**
     * The first-order cohorts of {@code months}: row {@code c} is the cohort of customers whose first placed order
     * ever falls in month {@code c}; column 0 its size; column {@code k} (k &ge; 1) how many of them ordered in
     * month {@code c + k} (up to the last month). A square array of {@code months.size()} rows and columns.
     */
    long[][] cohorts(Buckets months);

    /**
     * The orders of members who joined (opened their points account) in [joinedFrom, joinedTo) and had placed an
     * order in the {@code windowDays} before joining: their orders in the {@code windowDays} before joining (the
     * day right before joining left out: it holds the joining order) and in the {@code windowDays} from joining.
     */
    BeforeAfter membersAroundJoining(Date joinedFrom, Date joinedTo, int windowDays);

    /**
     * The same for customers who were not members at {@code reference + windowDays} and had placed an order in
     * the {@code windowDays} before {@code reference} (same gap of a day): their orders before and after it.
     */
    BeforeAfter nonMembersAround(Date reference, int windowDays);

    /** The figures of {@link CustomerSegment#MEMBERS} and of {@link CustomerSegment#NON_MEMBERS} in [from, to). */
    default OrderFigures[] membersAndOthers(Date from, Date to) {
        return new OrderFigures[] {figures(from, to, CustomerSegment.MEMBERS), figures(from, to, CustomerSegment.NON_MEMBERS)};
    }

    /** The placed orders in [from, to) of referred customers ({@link CustomerSegment#REFERRED} at {@code to}), and their revenue. */
    default OrderTotal referredOrders(Date from, Date to) {
        OrderFigures f = figures(from, to, CustomerSegment.REFERRED);
        return new OrderTotal(f.getOrders(), f.getRevenue());
    }

    /** The placed orders in [from, to) that used a birthday code, and their revenue. */
    default OrderTotal birthdayCodeOrders(Date from, Date to) {
        OrderFigures f = figures(from, to, CustomerSegment.BIRTHDAY_CODE);
        return new OrderTotal(f.getOrders(), f.getRevenue());
    }

    /** Placed orders in [from, to). */
    default long placedOrders(Date from, Date to) {
        return figures(from, to, CustomerSegment.ALL).getOrders();
    }

    /**
     * The submit time of the first placed order at or after {@code notBefore} (null: of all), or null when there is
     * none; the summary fold skips empty quarters with it. An adapter without order summaries answers null.
     */
    default Date firstPlacedOrderAt(Date notBefore) {
        return null;
    }

    /**
     * Whether the stored month figures before {@code before} (a month start) still count every placed order before it
     * and its net revenue (false when an older order was cancelled, returned or written late); true without
     * summaries.
     */
    default boolean orderSummaryComplete(Date before) {
        return true;
    }

    /**
     * Rewrites the order summaries from {@code from} (a month start) for the orders placed in [from, to), in the
     * caller's transaction: customers' first placed orders ({@code EVG_INS_CUSTOMER}: rows from {@code from} on are
     * deleted, customers with a placed order in [from, to) and no earlier one get theirs) and the figures of the
     * completed months and quarters {@code complete} ({@code EVG_INS_ORDER_BUCKET}, rows starting in [from, to)
     * deleted first). {@code scratch}: delete every summary row first (a rebuild). Idempotent.
     */
    default void foldOrders(Date from, Date to, List<Buckets> complete, boolean scratch) {
    }

    /**
     * The adapter's per-day order summaries, folded by the {@code insights-summary} job after the others (none
     * without summaries).
     */
    default List<DaySummary> daySummaries() {
        return java.util.Collections.emptyList();
    }
}
