package org.evergreenloyalty.customevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Custom earning events: exactly once per event id, limits per customer and period, refusals that change nothing. */
@CoreTest
class CustomEventEngineTest {

    @Resource(name = "evgCustomEventService")
    CustomEventService events;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgClock")
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String rule(long points, int limit, LimitPeriod period, boolean active) {
        String type = TestIds.unique("evt").toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        events.saveRule(new RuleInput(type, "Test " + type, points, limit, period, active));
        return type;
    }

    private long available(long customerId) {
        return ledger.balance(customerId).getAvailable();
    }

    private String code(CustomEventException e) {
        return e.getMessageKey();
    }

    @Test
    void anEventIdGrantsOnceAndARepeatReturnsTheFirstResult() {
        String type = rule(50, 5, LimitPeriod.EVER, true);
        long c = CoreFixtures.customer();
        EventResult first = events.record(c, type, "ev-1");
        assertFalse(first.isRepeat());
        assertEquals(50, first.getPoints());
        assertEquals("custom:" + type + ":ev-1", first.getEventKey());
        EventResult again = events.record(c, type, "ev-1");
        assertTrue(again.isRepeat());
        assertEquals(first.getEntryId(), again.getEntryId());
        assertEquals(50, available(c));
        assertEquals(1, events.totals().get(type).getEvents());
        assertEquals(50, events.totals().get(type).getPoints());
        long other = CoreFixtures.customer();
        assertEquals("customevent.error.otherCustomer", code(assertThrows(CustomEventException.class, () -> events.record(other, type, "ev-1"))));
        assertEquals(0, available(other));
    }

    @Test
    void onceEverMeansOnce() {
        String type = rule(10, 1, LimitPeriod.EVER, true);
        long c = CoreFixtures.customer();
        events.record(c, type, "a");
        assertEquals("customevent.error.overLimit.EVER", code(assertThrows(CustomEventException.class, () -> events.record(c, type, "b"))));
        assertEquals(10, available(c));
    }

    @Test
    void atMostNPerRollingPeriod() {
        String type = rule(5, 2, LimitPeriod.WEEK, true);
        long c = CoreFixtures.customer();
        events.record(c, type, "w1");
        events.record(c, type, "w2");
        assertEquals("customevent.error.overLimit.WEEK", code(assertThrows(CustomEventException.class, () -> events.record(c, type, "w3"))));
        assertEquals(10, available(c));
        CoreFixtures.advanceDays(8);
        events.record(c, type, "w3");
        assertEquals(15, available(c));
    }

    @Test
    void unknownInactiveAndMalformedAreRefused() {
        long c = CoreFixtures.customer();
        String off = rule(5, 1, LimitPeriod.EVER, false);
        assertEquals("customevent.error.unknownType", code(assertThrows(CustomEventException.class, () -> events.record(c, "no-such-type", "x"))));
        assertEquals("customevent.error.inactive", code(assertThrows(CustomEventException.class, () -> events.record(c, off, "x"))));
        assertEquals("customevent.error.eventId", code(assertThrows(CustomEventException.class, () -> events.record(c, off, "has space"))));
        String on = rule(5, 1, LimitPeriod.EVER, true);
        assertEquals("customevent.error.unknownCustomer", code(assertThrows(CustomEventException.class,
                () -> events.record(TestIds.customerId(), on, "x"))));
        assertEquals(0, available(c));
    }

    @Test
    void rulesAreValidated() {
        assertEquals("type", assertThrows(CustomEventException.class,
                () -> events.saveRule(new RuleInput("Newsletter_Signup", "x", 5, 1, LimitPeriod.EVER, true))).getField());
        assertEquals("points", assertThrows(CustomEventException.class,
                () -> events.saveRule(new RuleInput("newsletter-signup-x", "x", 0, 1, LimitPeriod.EVER, true))).getField());
        assertEquals("limitCount", assertThrows(CustomEventException.class,
                () -> events.saveRule(new RuleInput("newsletter-signup-x", "x", 5, 0, LimitPeriod.DAY, true))).getField());
        assertEquals("label", assertThrows(CustomEventException.class,
                () -> events.saveRule(new RuleInput("newsletter-signup-x", " ", 5, 1, LimitPeriod.DAY, true))).getField());
        assertEquals(null, events.rule("newsletter-signup-x"));
    }
}
