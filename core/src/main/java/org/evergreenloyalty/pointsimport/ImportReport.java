package org.evergreenloyalty.pointsimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of a dry run or an apply: one {@link ImportRow} per data row, in file order. */
public final class ImportReport {

    private final String importId;
    private final ImportMode mode;
    private final boolean dryRun;
    private final List<ImportRow> rows;

    public ImportReport(String importId, ImportMode mode, boolean dryRun, List<ImportRow> rows) {
        this.importId = importId;
        this.mode = mode;
        this.dryRun = dryRun;
        this.rows = Collections.unmodifiableList(new ArrayList<ImportRow>(rows));
    }

    public String getImportId() { return importId; }
    public ImportMode getMode() { return mode; }
    /** True when nothing was changed on purpose (a dry run). */
    public boolean isDryRun() { return dryRun; }
    public List<ImportRow> getRows() { return rows; }

    /** How many rows have {@code status}. */
    public int count(RowStatus status) {
        int n = 0;
        for (ImportRow r : rows) {
            if (r.getStatus() == status) {
                n++;
            }
        }
        return n;
    }

    /** The rows with {@code status}, at most {@code max}. */
    public List<ImportRow> rows(RowStatus status, int max) {
        List<ImportRow> out = new ArrayList<ImportRow>();
        for (ImportRow r : rows) {
            if (r.getStatus() == status && out.size() < max) {
                out.add(r);
            }
        }
        return out;
    }
}
