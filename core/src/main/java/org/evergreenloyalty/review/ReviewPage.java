package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One page (0-based) of an admin list of reviews and the number of matching reviews in all. */
public final class ReviewPage {

    private final List<ReviewRow> rows;
    private final long total;
    private final int page;
    private final int pageSize;

    public ReviewPage(List<ReviewRow> rows, long total, int page, int pageSize) {
        this.rows = Collections.unmodifiableList(new ArrayList<ReviewRow>(rows));
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
    }

    public List<ReviewRow> getRows() { return rows; }
    /** Matching reviews on all pages. */
    public long getTotal() { return total; }
    /** This page's number, 0-based. */
    public int getPage() { return page; }
    public int getPageSize() { return pageSize; }
    /** Number of pages (at least 1). */
    public int getPages() { return (int) Math.max(1, (total + pageSize - 1) / pageSize); }
}
