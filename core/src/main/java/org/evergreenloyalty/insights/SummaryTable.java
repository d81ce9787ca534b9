package org.evergreenloyalty.insights;

/**
 * The dashboard's summary tables. Only set-based SQL writes and reads them (the {@code insights-summary} job, the
 * platform adapter's {@link InsightsOrderSource}, {@link SummaryRepository}, {@link InsightsRepository}), so no entity
 * maps them: the changelog (config/evergreen/db) alone defines them. Entities would add nothing but length to the list
 * that Hibernate 4.1 walks before each of Broadleaf's criteria queries, several times in every checkout.
 * Times are stored wall-clock times of the reporting zone; a "day" starts at its first instant in that zone.
 */
public enum SummaryTable {

    /**
     * How far a summary is folded: every source row before {@code FOLDED_TO} (exclusive) is in the summary, rows from
     * it on are read live. One row per summary ({@code SUMMARY_NAME} {@code ledger-hours}, {@code orders}) with
     * {@code FOLDED_AT}; no row means no summary (the dashboard reads everything live).
     */
    EVG_INS_SUMMARY,

    /**
     * One hour of ledger movements of one entry type ({@code HOUR_AT}, {@code ENTRY_TYPE}): the sums of the available
     * and pending deltas ({@code AVAILABLE_SUM}, {@code PENDING_SUM}) and the number of entries ({@code ENTRY_COUNT})
     * whose {@code CREATED_AT} lies in the hour.
     */
    EVG_INS_LEDGER_HOUR,

    /**
     * A customer's first placed order as far as the {@code orders} summary is folded: the submit time of the earliest
     * placed order before its {@code FOLDED_TO}. A customer without a row placed no order before it.
     */
    EVG_INS_CUSTOMER,

    /**
     * The order figures of one completed calendar month or quarter ({@code GRANULARITY}, {@code FIRST_AT},
     * {@code END_AT}), the retention table's rows: placed orders, customers, new customers, repeat customers and net
     * revenue. A report uses a row only when its bucket has exactly these bounds.
     */
    EVG_INS_ORDER_BUCKET,

    /**
     * The placed orders of one day ({@code DAY_AT}): how many and their net revenue, and of those the orders that used
     * a birthday code with their revenue ({@code BDAY_ORDERS}, {@code BDAY_REVENUE}).
     */
    EVG_INS_ORDER_DAY,

    /**
     * A day on which a customer placed orders: how many, their net revenue, the customer's previous and next such day
     * ({@code PREV_AT} 1900-01-01 for the first, {@code NEXT_AT} 9999-12-31 for the last) and the customer's orders and
     * revenue up to and including the day. A range of days reads each customer's first day in it ({@code PREV_AT}
     * before the range) and last day in it ({@code NEXT_AT} after it) through the indexes on {@code (DAY_AT, PREV_AT)}
     * and {@code (DAY_AT, NEXT_AT)}: distinct, new and repeat customers and the sums without reading every order.
     */
    EVG_INS_CUST_DAY,

    /**
     * A day on which a customer earned, got a bonus or redeemed (ledger entries EARN, BONUS, REDEEM), with the
     * customer's previous such day ({@code PREV_AT}) and the number of those entries ({@link LedgerActivitySummary}).
     */
    EVG_INS_ACTIVITY_DAY,

    /** One funnel metric of one day ({@code DAY_AT}, {@code METRIC}): a number of rows and a sum ({@link FunnelDaySummary}). */
    EVG_INS_FUNNEL_DAY,

    /**
     * The members who joined on one day, for the before/after-joining estimate, stored once their windows are over: how
     * many had an order in the {@value DefaultInsightsService#WINDOW_DAYS} days before joining, and their orders and
     * revenue before and after joining.
     */
    EVG_INS_JOINER_DAY
}
