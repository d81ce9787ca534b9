package org.evergreenloyalty.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * A campaign's dates: it runs from the start of its first day to the end of its last day in the store's time zone
 * (so "this weekend" means Saturday 00:00 to Sunday 24:00 where the store is), or until an administrator ended it.
 */
public final class CampaignWindow {

    private CampaignWindow() {
    }

    /** The store's day at {@code at}. */
    public static LocalDate day(Date at, ZoneId zone) {
        return at.toInstant().atZone(zone).toLocalDate();
    }

    /** The first moment of the campaign. */
    public static Date startsAt(Campaign c, ZoneId zone) {
        return Date.from(c.getStartDay().atStartOfDay(zone).toInstant());
    }

    /** The first moment after the campaign: the start of the day after its last day, or when it was ended if earlier. */
    public static Date endsAt(Campaign c, ZoneId zone) {
        Date end = Date.from(c.getEndDay().plusDays(1).atStartOfDay(zone).toInstant());
        Date ended = c.getEndedAt();
        return ended != null && ended.before(end) ? ended : end;
    }

    /** Where the campaign stands at {@code at}. */
    public static CampaignStatus status(Campaign c, Date at, ZoneId zone) {
        if (!at.before(endsAt(c, zone))) {
            return CampaignStatus.ENDED;
        }
        if (at.before(startsAt(c, zone))) {
            return CampaignStatus.UPCOMING;
        }
        return CampaignStatus.RUNNING;
    }

    /** Whether the campaign applies to an order placed at {@code at}. */
    public static boolean runs(Campaign c, Date at, ZoneId zone) {
        return status(c, at, zone) == CampaignStatus.RUNNING;
    }

    /** Whether two campaigns share at least one day (an early end counts: nothing runs after it). */
    public static boolean overlap(Campaign a, Campaign b, ZoneId zone) {
        return startsAt(a, zone).before(endsAt(b, zone)) && startsAt(b, zone).before(endsAt(a, zone));
    }
}
