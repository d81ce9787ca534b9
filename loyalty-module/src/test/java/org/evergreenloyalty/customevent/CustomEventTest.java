package org.evergreenloyalty.customevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Custom earning events on real Broadleaf customers: an event id grants once (a repeat answers with the first
 * result), limits per customer and period hold, and unknown types, switched-off types and customers Broadleaf does
 * not know are refused with nothing changed.
 */
@BroadleafIntegrationTest
class CustomEventTest {

    @Resource(name = "evgCustomEventService")
    CustomEventService events;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgClock")
    AdjustableClock clock;

    final StoreFixtures store = StoreFixtures.create();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String rule(long points, int limit, LimitPeriod period, boolean active) {
        String type = "bl-" + TestIds.unique("evt").replaceAll("[^a-z0-9]+", "-");
        events.saveRule(new RuleInput(type, "Newsletter " + type, points, limit, period, active));
        return type;
    }

    @Test
    void exactlyOncePerEventIdAndTheRepeatAnswersTheSame() {
        String type = rule(25, 3, LimitPeriod.EVER, true);
        Customer c = store.customer();
        EventResult first = events.record(c.getId(), type, "signup-" + c.getId());
        EventResult repeat = events.record(c.getId(), type, "signup-" + c.getId());
        assertFalse(first.isRepeat());
        assertTrue(repeat.isRepeat());
        assertEquals(first.getEntryId(), repeat.getEntryId());
        assertEquals(first.getRecordedAt(), repeat.getRecordedAt());
        assertEquals(25, ledger.balance(c.getId()).getAvailable());
        assertEquals(1, ledger.historySize(c.getId()));
    }

    @Test
    void limitsHoldPerCustomerAndPeriod() {
        String type = rule(10, 1, LimitPeriod.DAY, true);
        Customer c = store.customer();
        Customer other = store.customer();
        events.record(c.getId(), type, "d1-" + c.getId());
        CustomEventException e = assertThrows(CustomEventException.class, () -> events.record(c.getId(), type, "d2-" + c.getId()));
        assertEquals("customevent.error.overLimit.DAY", e.getMessageKey());
        events.record(other.getId(), type, "d1-" + other.getId());
        clock.advance(25L * 3600 * 1000);
        events.record(c.getId(), type, "d2-" + c.getId());
        assertEquals(20, ledger.balance(c.getId()).getAvailable());
        assertEquals(10, ledger.balance(other.getId()).getAvailable());
    }

    @Test
    void refusalsChangeNothing() {
        Customer c = store.customer();
        String off = rule(10, 1, LimitPeriod.EVER, false);
        String on = rule(10, 1, LimitPeriod.EVER, true);
        assertEquals("customevent.error.unknownType",
                assertThrows(CustomEventException.class, () -> events.record(c.getId(), "social-follow-unknown", "x1")).getMessageKey());
        assertEquals("customevent.error.inactive",
                assertThrows(CustomEventException.class, () -> events.record(c.getId(), off, "x2")).getMessageKey());
        assertEquals("customevent.error.unknownCustomer",
                assertThrows(CustomEventException.class, () -> events.record(987_654_321_987L, on, "x3")).getMessageKey());
        assertEquals(0, ledger.historySize(c.getId()));
        assertEquals(null, events.totals().get(on));
    }
}
