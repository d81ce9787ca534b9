package org.evergreenloyalty.birthday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The shopper's edit rule: the first entry is free; after that a shopper may change the birthday at
 * most once per {@code months} months (an admin may at any time, with a reason).
 */
public final class ChangePolicy {

    private ChangePolicy() {
    }

    /**
     * The first day the shopper may change the birthday again, or null when they may now.
     *
     * @param lastShopperChange when the shopper last changed an existing birthday (null: never)
     */
    public static LocalDate nextChangeAllowedOn(Date lastShopperChange, Date now, ZoneId zone, int months) {
        if (lastShopperChange == null) {
            return null;
        }
        LocalDate allowed = Instant.ofEpochMilli(lastShopperChange.getTime()).atZone(zone).toLocalDate().plusMonths(months);
        LocalDate today = BirthdayCalendar.today(now, zone);
        return today.isBefore(allowed) ? allowed : null;
    }
}
