package org.evergreenloyalty.insights;

/**
 * Keeps the dashboard's summaries up to date (job {@code insights-summary}): folds the ledger into hourly movements
 * and the placed orders into first orders per customer and figures per completed month and quarter, so that
 * Loyalty &gt; Dashboard reads thousands of summary rows plus the not-yet-folded recent tail instead of millions of
 * rows. A fold is idempotent (each range is deleted and rewritten in one transaction), so a repeat or a concurrent
 * manual run never counts twice.
 */
public interface InsightsSummaryService {

    /** Folds what is new (and re-folds the moving window); returns what was done. */
    FoldReport fold();

    /** Forgets every summary: the dashboard reads everything live until the next fold rebuilds them. */
    void clear();

    /** What one fold did: hours and months folded, and whether a summary was rebuilt from the beginning. */
    final class FoldReport {
        private final long ledgerHours;
        private final long orderMonths;
        private final boolean ledgerRebuilt;
        private final boolean ordersRebuilt;
        private final long days;
        private final boolean daysRebuilt;

        public FoldReport(long ledgerHours, long orderMonths, boolean ledgerRebuilt, boolean ordersRebuilt) {
            this(ledgerHours, orderMonths, ledgerRebuilt, ordersRebuilt, 0, false);
        }

        public FoldReport(long ledgerHours, long orderMonths, boolean ledgerRebuilt, boolean ordersRebuilt, long days,
                          boolean daysRebuilt) {
            this.ledgerHours = ledgerHours;
            this.orderMonths = orderMonths;
            this.ledgerRebuilt = ledgerRebuilt;
            this.ordersRebuilt = ordersRebuilt;
            this.days = days;
            this.daysRebuilt = daysRebuilt;
        }

        /** Days rewritten, summed over the per-day summaries ({@link DaySummary}). */
        public long getDays() { return days; }
        /** Whether a per-day summary was rebuilt from its first source row. */
        public boolean isDaysRebuilt() { return daysRebuilt; }

        /** Hours of ledger movements rewritten. */
        public long getLedgerHours() { return ledgerHours; }
        /** Calendar months of orders rewritten. */
        public long getOrderMonths() { return orderMonths; }
        /** Whether the ledger summary was rebuilt from its first entry (missing, or an entry arrived late). */
        public boolean isLedgerRebuilt() { return ledgerRebuilt; }
        /** Whether the order summaries were rebuilt from the first order. */
        public boolean isOrdersRebuilt() { return ordersRebuilt; }

        @Override
        public String toString() {
            return "ledgerHours=" + ledgerHours + (ledgerRebuilt ? " (rebuilt)" : "") + ", orderMonths=" + orderMonths
                    + (ordersRebuilt ? " (rebuilt)" : "") + ", days=" + days + (daysRebuilt ? " (rebuilt)" : "");
        }
    }
}
