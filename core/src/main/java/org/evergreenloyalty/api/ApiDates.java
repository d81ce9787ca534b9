package org.evergreenloyalty.api;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Dates in the API's JSON: ISO 8601 instants in UTC ({@code 2026-12-02T15:04:05Z}), null stays null. */
public final class ApiDates {

    private ApiDates() {
    }

    /** {@code d} as an ISO 8601 UTC instant, or null. */
    public static String iso(Date d) {
        if (d == null) {
            return null;
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f.format(d);
    }
}
