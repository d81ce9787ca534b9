package org.evergreenloyalty.web;

/** Reads a 1-based page number from a request parameter: anything that is not a page of the list shows the nearest one. */
public final class PageNumber {

    private PageNumber() {
    }

    /**
     * The page to show out of {@code pages} (at least 1) for the raw parameter {@code input}: missing, empty,
     * non-numeric, fractional, zero or negative values give page 1; values past the end give the last page.
     */
    public static int clamp(String input, int pages) {
        int last = Math.max(1, pages);
        String t = input == null ? "" : input.trim();
        if (!t.matches("\\d{1,9}")) {
            return t.matches("\\d+") ? last : 1;
        }
        int page = Integer.parseInt(t);
        return Math.max(1, Math.min(last, page));
    }
}
