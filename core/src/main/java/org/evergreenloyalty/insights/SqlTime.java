package org.evergreenloyalty.insights;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Instants written into report SQL. The module's and the platform's tables keep times as {@code TIMESTAMP}
 * without zone, written by Hibernate as the JVM's local wall-clock time; a boundary is therefore the JVM-local
 * wall-clock time of the instant, as an SQL standard literal ({@code timestamp '2026-03-01 00:00:00'}) that
 * HSQLDB and PostgreSQL both read. Built from dates only, never from user text.
 */
public final class SqlTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SqlTime() {
    }

    /** {@code timestamp '...'} for {@code instant}. */
    public static String literal(Date instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant.toInstant(), ZoneId.systemDefault());
        return "timestamp '" + FORMAT.format(local) + "'";
    }

    /** Whether {@code instant} is a whole hour of the stored (JVM-local) wall-clock time. */
    public static boolean isWholeHour(Date instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant.toInstant(), ZoneId.systemDefault());
        return local.getMinute() == 0 && local.getSecond() == 0 && local.getNano() == 0;
    }

    /** {@code instant} cut to the whole hour of the stored (JVM-local) wall-clock time. */
    public static Date hourOf(Date instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant.toInstant(), ZoneId.systemDefault())
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }
}
