package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** The shopper's once-per-12-months edit rule. */
class ChangePolicyTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    @Test
    void neverChangedMayChange() {
        assertNull(ChangePolicy.nextChangeAllowedOn(null, at("2025-06-15T10:00:00Z"), UTC, 12));
    }

    @Test
    void aChangeLocksFurtherChangesForTwelveMonths() {
        Date changed = at("2025-01-20T10:00:00Z");
        assertEquals(LocalDate.of(2026, 1, 20), ChangePolicy.nextChangeAllowedOn(changed, at("2025-01-20T11:00:00Z"), UTC, 12));
        assertEquals(LocalDate.of(2026, 1, 20), ChangePolicy.nextChangeAllowedOn(changed, at("2026-01-19T23:59:59Z"), UTC, 12));
        assertNull(ChangePolicy.nextChangeAllowedOn(changed, at("2026-01-20T00:00:00Z"), UTC, 12), "twelve months later");
        assertNull(ChangePolicy.nextChangeAllowedOn(changed, at("2027-05-01T00:00:00Z"), UTC, 12));
        assertNull(ChangePolicy.nextChangeAllowedOn(changed, at("2025-01-20T11:00:00Z"), UTC, 0), "no interval");
        assertEquals(LocalDate.of(2025, 7, 20), ChangePolicy.nextChangeAllowedOn(changed, at("2025-02-01T00:00:00Z"), UTC, 6));
    }

    @Test
    void countsInTheStoresCalendar() {
        Date changed = at("2025-01-20T23:30:00Z"); // 21 January in Berlin
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(LocalDate.of(2026, 1, 21), ChangePolicy.nextChangeAllowedOn(changed, at("2026-01-20T12:00:00Z"), berlin, 12));
        assertNull(ChangePolicy.nextChangeAllowedOn(changed, at("2026-01-20T23:10:00Z"), berlin, 12), "already the 21st in Berlin");
        assertEquals(LocalDate.of(2025, 2, 28), ChangePolicy.nextChangeAllowedOn(at("2024-02-29T12:00:00Z"),
                at("2025-02-27T12:00:00Z"), UTC, 12), "a change on 29 February frees up on 28 February");
    }
}
