package org.evergreenloyalty.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.evergreenloyalty.customevent.EventResult;
import org.evergreenloyalty.pointsimport.ImportReport;
import org.evergreenloyalty.pointsimport.ImportRow;
import org.evergreenloyalty.pointsimport.RowStatus;

/** The JSON views of the store API's events and imports. */
public final class IntegrationViews {

    private IntegrationViews() {
    }

    /** {@code POST admin/events}: the event and the points it granted. */
    public static final class Event {
        private final EventResult result;

        public Event(EventResult result) {
            this.result = result;
        }

        public long getCustomerId() { return result.getCustomerId(); }
        public String getType() { return result.getType(); }
        public String getEventId() { return result.getEventId(); }
        public long getPoints() { return result.getPoints(); }
        /** The ledger entry that granted the points. */
        public long getEntryId() { return result.getEntryId(); }
        public String getRecordedAt() { return ApiDates.iso(result.getRecordedAt()); }
        /** True when the event id had been recorded before: this is the first result again, nothing changed. */
        public boolean isRepeat() { return result.isRepeat(); }
    }

    /** {@code POST admin/imports}: counts and one row per data row of the file. */
    public static final class Import {
        private final ImportReport report;
        private final List<Row> rows;

        public Import(ImportReport report) {
            this.report = report;
            List<Row> rows = new ArrayList<Row>(report.getRows().size());
            for (ImportRow r : report.getRows()) {
                rows.add(new Row(r));
            }
            this.rows = Collections.unmodifiableList(rows);
        }

        public String getImportId() { return report.getImportId(); }
        public String getMode() { return report.getMode().name(); }
        public boolean isDryRun() { return report.isDryRun(); }
        public int getChanged() { return report.count(RowStatus.CHANGE); }
        public int getUnchanged() { return report.count(RowStatus.UNCHANGED); }
        public int getAlreadyApplied() { return report.count(RowStatus.ALREADY_APPLIED); }
        public int getRefused() { return report.count(RowStatus.REFUSED); }
        public List<Row> getRows() { return rows; }
    }

    /** One data row: what it does or did, or why it is refused ({@code refusal}: a code of messages/evergreen-import). */
    public static final class Row {
        private final ImportRow row;

        Row(ImportRow row) {
            this.row = row;
        }

        public int getRow() { return row.getRow(); }
        public String getCustomer() { return row.getReference(); }
        public Long getCustomerId() { return row.getCustomerId(); }
        public String getStatus() { return row.getStatus().name(); }
        public String getRefusal() { return row.getRefusal() == null ? null : row.getRefusal().messageKey(); }
        public String getDetail() { return row.getDetail(); }
        public Long getOldBalance() { return row.getRefusal() == null ? row.getOldBalance() : null; }
        public Long getNewBalance() { return row.getRefusal() == null ? row.getNewBalance() : null; }
        public String getOldTier() { return row.getOldTier(); }
        public String getNewTier() { return row.getNewTier(); }
        public String getExpires() { return row.getExpires() == null ? null : row.getExpires().toString(); }
    }
}
