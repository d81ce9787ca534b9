package org.evergreenloyalty.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A campaign's days are the store's days: it starts at midnight of its first day and ends at midnight after its
 * last day in the store's time zone (also across daylight-saving changes and the year end), or when it was ended.
 */
class CampaignWindowTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Campaign weekend(LocalDate sat, LocalDate sun) {
        return Campaigns.built(1, Campaigns.draft("weekend", "MULTIPLY", "2", sat, sun), "", "", "", "");
    }

    private static Date at(String iso) {
        return Date.from(Instant.parse(iso));
    }

    @Test
    void aWeekendInBerlinRunsFromSaturdayMidnightToSundayMidnightBerlinTime() {
        Campaign c = weekend(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6));
        assertEquals(CampaignStatus.UPCOMING, CampaignWindow.status(c, at("2026-12-04T22:59:59Z"), BERLIN), "Friday 23:59:59 in Berlin");
        assertEquals(CampaignStatus.RUNNING, CampaignWindow.status(c, at("2026-12-04T23:00:00Z"), BERLIN), "Saturday 00:00 in Berlin");
        assertEquals(CampaignStatus.RUNNING, CampaignWindow.status(c, at("2026-12-06T22:59:59Z"), BERLIN), "Sunday 23:59:59 in Berlin");
        assertEquals(CampaignStatus.ENDED, CampaignWindow.status(c, at("2026-12-06T23:00:00Z"), BERLIN), "Monday 00:00 in Berlin");
        assertEquals(CampaignStatus.RUNNING, CampaignWindow.status(c, at("2026-12-06T23:30:00Z"), ZoneId.of("UTC")),
                "in a UTC store that instant is still Sunday");
    }

    @Test
    void theDaylightSavingNightIsPartOfTheDay() {
        Campaign c = weekend(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));
        assertEquals(CampaignStatus.RUNNING, CampaignWindow.status(c, at("2026-03-28T23:00:00Z"), BERLIN), "00:00 CET");
        assertEquals(CampaignStatus.RUNNING, CampaignWindow.status(c, at("2026-03-29T21:59:59Z"), BERLIN), "23:59:59 CEST");
        assertEquals(CampaignStatus.ENDED, CampaignWindow.status(c, at("2026-03-29T22:00:00Z"), BERLIN));
    }

    @Test
    void newYearsEveEndsAtMidnightOfTheStore() {
        Campaign c = weekend(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31));
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        assertEquals(CampaignStatus.RUNNING, CampaignWindow.status(c, at("2026-12-31T12:59:59Z"), sydney));
        assertEquals(CampaignStatus.ENDED, CampaignWindow.status(c, at("2026-12-31T13:00:00Z"), sydney), "already 2027 in Sydney");
    }

    @Test
    void anEarlyEndStopsItAtThatMoment() {
        Campaign c = weekend(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6));
        c.end(at("2026-12-05T12:00:00Z"), "admin");
        assertEquals(CampaignStatus.RUNNING, CampaignWindow.status(c, at("2026-12-05T11:59:59Z"), BERLIN));
        assertEquals(CampaignStatus.ENDED, CampaignWindow.status(c, at("2026-12-05T12:00:00Z"), BERLIN));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("UTC"), BERLIN, ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"),
                ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 3 * 366).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        Arbitrary<LocalDate> edges = Arbitraries.of(LocalDate.of(2026, 12, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 14));
        return Arbitraries.oneOf(any, edges);
    }

    @Property(tries = 1000)
    void aCampaignRunsExactlyWhenTheStoresDayIsOneOfItsDays(@ForAll("days") LocalDate first,
            @ForAll @IntRange(min = 0, max = 10) int length, @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = -3 * 24 * 60, max = 14 * 24 * 60) int minutesFromFirst) {
        Campaign c = weekend(first, first.plusDays(length));
        Date at = Date.from(LocalDateTime.of(first, java.time.LocalTime.MIDNIGHT).atZone(zone).toInstant()
                .plusSeconds(minutesFromFirst * 60L));
        LocalDate storeDay = at.toInstant().atZone(zone).toLocalDate();
        boolean inside = !storeDay.isBefore(first) && !storeDay.isAfter(first.plusDays(length));
        assertEquals(inside, CampaignWindow.runs(c, at, zone), c.getStartDay() + ".." + c.getEndDay() + " at " + at.toInstant() + " " + zone);
    }
}
