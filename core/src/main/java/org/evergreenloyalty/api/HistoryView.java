package org.evergreenloyalty.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code GET me/history?page=N}: one page of the customer's points history, newest first. */
public final class HistoryView {

    private final int page;
    private final int pageSize;
    private final int pages;
    private final long total;
    private final List<Item> items;

    public HistoryView(int page, int pageSize, int pages, long total, List<Item> items) {
        this.page = page;
        this.pageSize = pageSize;
        this.pages = pages;
        this.total = total;
        this.items = Collections.unmodifiableList(new ArrayList<Item>(items));
    }

    /** The page shown, 1-based (a page past the end has no items). */
    public int getPage() { return page; }
    public int getPageSize() { return pageSize; }
    public int getPages() { return pages; }
    /** Number of history lines in all pages. */
    public long getTotal() { return total; }
    public List<Item> getItems() { return items; }

    /** One ledger line as the shopper sees it. */
    public static final class Item {
        private final String date;
        private final String type;
        private final long points;
        private final boolean pendingOnly;
        private final long balanceAfter;
        private final String reason;
        private final String availableFrom;

        public Item(String date, String type, long points, boolean pendingOnly, long balanceAfter, String reason,
                    String availableFrom) {
            this.date = date;
            this.type = type;
            this.points = points;
            this.pendingOnly = pendingOnly;
            this.balanceAfter = balanceAfter;
            this.reason = reason;
            this.availableFrom = availableFrom;
        }

        /** ISO 8601 instant of the entry. */
        public String getDate() { return date; }
        /** The entry type (EARN, MATURE, REDEEM, BONUS, ADJUST, EXPIRE, ...). */
        public String getType() { return type; }
        /** Points added (positive) or taken (negative); pending points when {@link #isPendingOnly()}. */
        public long getPoints() { return points; }
        public boolean isPendingOnly() { return pendingOnly; }
        /** The available balance right after. */
        public long getBalanceAfter() { return balanceAfter; }
        public String getReason() { return reason; }
        /** When pending points become available (ISO 8601), or null. */
        public String getAvailableFrom() { return availableFrom; }
    }
}
