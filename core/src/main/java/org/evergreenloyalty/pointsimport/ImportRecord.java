package org.evergreenloyalty.pointsimport;

import java.util.Date;

/**
 * One applied points import in the history: its id, file, mode, row counts, who applied it and when. A row of
 * {@value PointsImportRepository#HISTORY_TABLE} ({@code IMPORT_ID}, {@code FILE_NAME}, {@code IMPORT_MODE},
 * {@code ROW_COUNT}, {@code CHANGED_ROWS}, {@code REFUSED_ROWS}, {@code ACTOR}, {@code CREATED_AT}), read and written
 * with plain SQL (no entity).
 */
public class ImportRecord {

    private final String importId;
    private final String fileName;
    private final ImportMode mode;
    private final int rows;
    private final int changed;
    private final int refused;
    private final String actor;
    private final Date createdAt;

    ImportRecord(String importId, String fileName, ImportMode mode, int rows, int changed, int refused, String actor, Date createdAt) {
        this.importId = importId;
        this.fileName = fileName;
        this.mode = mode;
        this.rows = rows;
        this.changed = changed;
        this.refused = refused;
        this.actor = actor;
        this.createdAt = new Date(createdAt.getTime());
    }

    ImportRecord(ImportRequest request, ImportReport report, Date at) {
        this(request.getImportId(), request.getFileName(), request.getMode(), report.getRows().size(), report.count(RowStatus.CHANGE),
                report.count(RowStatus.REFUSED), request.getActor(), at);
    }

    public String getImportId() { return importId; }
    public String getFileName() { return fileName; }
    public ImportMode getMode() { return mode; }
    /** Data rows in the file. */
    public int getRows() { return rows; }
    /** Rows that changed a balance or tier. */
    public int getChanged() { return changed; }
    /** Rows refused. */
    public int getRefused() { return refused; }
    /** Who applied it (the admin user's name, or the API key's name). */
    public String getActor() { return actor; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
}
