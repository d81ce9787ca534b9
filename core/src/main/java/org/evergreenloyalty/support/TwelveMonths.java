package org.evergreenloyalty.support;

import java.time.ZoneId;
import java.util.Date;

/**
 * The rolling "last 12 months" that tiers (spend or points in the last 12 months) and the ledger's "earned in the
 * last 12 months" look back over: from the same time of day twelve calendar months ago (29 February: 28 February),
 * in the server's time zone. Not 365 days: a span with a 29 February in it has 366.
 */
public final class TwelveMonths {

    private TwelveMonths() {
    }

    /** The first instant of the 12 months up to {@code now}, in the server's time zone. */
    public static Date before(Date now) {
        return before(now, ZoneId.systemDefault());
    }

    /** The first instant of the 12 months up to {@code now}, calendar months counted in {@code zone}. */
    public static Date before(Date now, ZoneId zone) {
        return Date.from(now.toInstant().atZone(zone).minusMonths(12).toInstant());
    }
}
