package org.evergreenloyalty.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Removes a test scheduler's rows from the QRTZ_ tables, so a persistent test database keeps no leftovers. */
final class QuartzTestRows {

    private static final String[] TABLES = {"FIRED_TRIGGERS", "SIMPLE_TRIGGERS", "CRON_TRIGGERS", "SIMPROP_TRIGGERS",
        "BLOB_TRIGGERS", "TRIGGERS", "JOB_DETAILS", "CALENDARS", "PAUSED_TRIGGER_GRPS", "SCHEDULER_STATE", "LOCKS"};

    private QuartzTestRows() {
    }

    /** Deletes every row of scheduler {@code schedulerName} (children before parents). */
    static void delete(DataSource dataSource, String schedulerName) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : TABLES) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM QRTZ_" + table + " WHERE SCHED_NAME = ?")) {
                    s.setString(1, schedulerName);
                    s.executeUpdate();
                }
            }
        }
    }
}
