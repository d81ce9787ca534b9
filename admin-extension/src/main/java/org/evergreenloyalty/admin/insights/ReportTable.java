package org.evergreenloyalty.admin.insights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table of the dashboard as the page and its CSV show it: an id (the CSV's name), the message keys of its
 * title and column headers, and rows of formatted cells (null = no value: "–" on the page, empty in the CSV). The
 * page and the CSV are both written from this object, so they always show the same numbers.
 */
public final class ReportTable {

    private final String id;
    private final String titleKey;
    private final List<String> headerKeys;
    private final List<List<String>> rows = new ArrayList<List<String>>();
    private String labelPrefix;

    public ReportTable(String id, String titleKey, List<String> headerKeys) {
        this.id = id;
        this.titleKey = titleKey;
        this.headerKeys = Collections.unmodifiableList(new ArrayList<String>(headerKeys));
    }

    /** Adds a row; it must have one cell per column. */
    public ReportTable add(List<String> cells) {
        if (cells.size() != headerKeys.size()) {
            throw new IllegalArgumentException("a row of " + id + " needs " + headerKeys.size() + " cells");
        }
        rows.add(Collections.unmodifiableList(new ArrayList<String>(cells)));
        return this;
    }

    /** Makes the first cell of every row a message key: {@code prefix + cell}. */
    public ReportTable labelled(String prefix) {
        this.labelPrefix = prefix;
        return this;
    }

    /** The prefix that makes a row's first cell a message key, or null when it is shown as written (a date). */
    public String getLabelPrefix() { return labelPrefix; }

    public String getId() { return id; }
    public String getTitleKey() { return titleKey; }
    public List<String> getHeaderKeys() { return headerKeys; }
    public List<List<String>> getRows() { return Collections.unmodifiableList(rows); }
}
