package org.evergreenloyalty.pointsimport;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** One applied points import in the history: its id, file, mode, row counts, who applied it and when. */
@Entity
@Table(name = "EVG_POINTS_IMPORT")
public class ImportRecord {

    @Id
    @Column(name = "IMPORT_ID", length = 64)
    private String importId;
    @Column(name = "FILE_NAME", length = 255)
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "IMPORT_MODE", nullable = false, length = 10)
    private ImportMode mode;
    @Column(name = "ROW_COUNT", nullable = false)
    private int rows;
    @Column(name = "CHANGED_ROWS", nullable = false)
    private int changed;
    @Column(name = "REFUSED_ROWS", nullable = false)
    private int refused;
    @Column(name = "ACTOR", nullable = false, length = 255)
    private String actor;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected ImportRecord() {
    }

    ImportRecord(ImportRequest request, ImportReport report, Date at) {
        this.importId = request.getImportId();
        this.fileName = request.getFileName();
        this.mode = request.getMode();
        this.rows = report.getRows().size();
        this.changed = report.count(RowStatus.CHANGE);
        this.refused = report.count(RowStatus.REFUSED);
        this.actor = request.getActor();
        this.createdAt = new Date(at.getTime());
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
