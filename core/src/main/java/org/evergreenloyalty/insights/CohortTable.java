package org.evergreenloyalty.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Monthly first-order cohorts: for each month, the customers whose first placed order ever fell in it, and the
 * share of them who ordered again 1, 2, … months later (as far as the table reaches). Drawn as a heat map.
 */
public final class CohortTable {

    private final List<YearMonth> months;
    private final long[][] counts;

    public CohortTable(List<YearMonth> months, long[][] counts) {
        this.months = Collections.unmodifiableList(new ArrayList<YearMonth>(months));
        this.counts = counts;
    }

    /** The cohort months, oldest first. */
    public List<YearMonth> getMonths() { return months; }

    /** Customers in the cohort of row {@code c}. */
    public long size(int c) { return counts[c][0]; }

    /** Customers of cohort {@code c} who ordered {@code k} months later (k &ge; 1). */
    public long returned(int c, int k) { return counts[c][k]; }

    /** Months after the cohort month that the table reaches for row {@code c}. */
    public int reach(int c) { return months.size() - 1 - c; }

    /** The share of cohort {@code c} that ordered {@code k} months later; null beyond the table or for an empty cohort. */
    public Double share(int c, int k) {
        return k > reach(c) ? null : Ratios.share(counts[c][k], counts[c][0]);
    }
}
