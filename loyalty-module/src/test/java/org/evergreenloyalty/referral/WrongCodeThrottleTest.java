package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.referral.CodeCheck.Outcome;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Wrong codes are limited per client (session, else IP address and browser) and, as a much higher safety net, per IP
 * address and window; checked and counted atomically in the database.
 */
@BroadleafIntegrationTest
class WrongCodeThrottleTest extends ReferralTestBase {

    @Resource(name = "evgReferralHousekeeping")
    ReferralHousekeeping housekeeping;

    @Test
    void tenWrongCodesInASessionBlockEvenTheRightOne() {
        String good = codeOf(advocate());
        Visitor v = visitor();
        for (int i = 0; i < 10; i++) {
            assertEquals(Outcome.UNKNOWN, referrals.check(wrong(i), null, v).getOutcome(), "try " + (i + 1));
        }
        CodeCheck blocked = referrals.check(good, null, v);
        assertEquals(Outcome.THROTTLED, blocked.getOutcome());
        assertEquals("evergreen.referral.code.throttled", blocked.getMessageKey());
        assertEquals(Outcome.VALID, referrals.check(good, null, visitor()).getOutcome(), "other visitors are not affected");

        Customer c = register(visitor(), null, null);
        Attribution a = referrals.attributeCode(c.getId(), good, ReferralSource.TYPED_CODE, v);
        assertEquals(Outcome.THROTTLED, a.getCheck().getOutcome());
        assertNull(referralOf(c), "nothing changes while throttled");

        clock.advance(61 * 60 * 1000L);
        assertEquals(Outcome.VALID, referrals.check(good, null, v).getOutcome(), "an hour later the session may try again");
    }

    @Test
    void aNeighbourBehindTheSameNatIsNotLockedOut() {
        String good = codeOf(advocate());
        Visitor guesser = visitor();
        for (int i = 0; i < 10; i++) {
            referrals.check(wrong(i), null, guesser);
        }
        assertEquals(Outcome.THROTTLED, referrals.check(good, null, guesser).getOutcome());
        Visitor neighbour = new Visitor(guesser.getIp(), guesser.getUserAgent(), "neighbour-" + guesser.getSessionId());
        assertEquals(Outcome.VALID, referrals.check(good, null, neighbour).getOutcome(), "the lockout is the guesser's own");
    }

    @Test
    void withoutASessionTheClientIsItsAddressAndBrowser() {
        String good = codeOf(advocate());
        Visitor base = visitor();
        Visitor noSession = new Visitor(base.getIp(), base.getUserAgent(), null);
        for (int i = 0; i < 10; i++) {
            referrals.check(wrong(i), null, noSession);
        }
        assertEquals(Outcome.THROTTLED, referrals.check(good, null, noSession).getOutcome());
        assertEquals(Outcome.VALID, referrals.check(good, null, new Visitor(base.getIp(), "another browser", null)).getOutcome());
    }

    @Test
    void parallelGuessesAreCheckedAndCountedAtomically() throws Exception {
        settings(s -> s.setWrongCodeLimitPerSession(5));
        Visitor v = visitor();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Outcome>> results = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 24; i++) {
                final int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return referrals.check(wrong(n), null, v).getOutcome();
                }));
            }
            start.countDown();
            int lookedUp = 0;
            for (java.util.concurrent.Future<Outcome> f : results) {
                Outcome o;
                try {
                    o = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    dumpThreads(); // a hang: show where every thread waits
                    throw e;
                }
                if (o != Outcome.THROTTLED) {
                    lookedUp++;
                }
            }
            assertEquals(5, lookedUp, "exactly the limit is looked up, however many arrive at once");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void dumpThreads() {
        StringBuilder b = new StringBuilder("Threads at the timeout:\n");
        Thread.getAllStackTraces().forEach((t, trace) -> {
            b.append(t.getName()).append(" (").append(t.getState()).append(")\n");
            for (StackTraceElement e : trace) {
                b.append("    at ").append(e).append('\n');
            }
        });
        System.err.println(b);
    }

    @Test
    void theIpAddressIsLimitedAcrossSessions() {
        settings(s -> s.setWrongCodeLimitPerIp(10));
        String good = codeOf(advocate());
        Visitor base = visitor();
        for (int i = 0; i < 10; i++) {
            Visitor freshSession = new Visitor(base.getIp(), base.getUserAgent(), "rotating-" + i + "-" + base.getSessionId());
            assertEquals(Outcome.MALFORMED, referrals.check("bad-" + i, null, freshSession).getOutcome());
        }
        Visitor yetAnotherSession = new Visitor(base.getIp(), "another browser", "new-" + base.getSessionId());
        assertEquals(Outcome.THROTTLED, referrals.check(good, null, yetAnotherSession).getOutcome());
    }

    @Test
    void validOwnAndEmptyCodesDoNotCount() {
        Customer me = advocate();
        String good = codeOf(advocate());
        Visitor v = visitor();
        for (int i = 0; i < 12; i++) {
            assertEquals(Outcome.VALID, referrals.check(good, null, v).getOutcome());
            assertEquals(Outcome.OWN_CODE, referrals.check(codeOf(me), me.getId(), v).getOutcome());
            assertEquals(Outcome.EMPTY, referrals.check("", null, v).getOutcome());
        }
        assertEquals(Outcome.VALID, referrals.check(good, null, v).getOutcome());
    }

    @Test
    void theLimitsAreSettings() {
        settings(s -> s.setWrongCodeLimitPerSession(3));
        String good = codeOf(advocate());
        Visitor v = visitor();
        for (int i = 0; i < 3; i++) {
            referrals.check(wrong(i), null, v);
        }
        assertEquals(Outcome.THROTTLED, referrals.check(good, null, v).getOutcome());
    }

    @Test
    void oldCountsArePurged() {
        Visitor v = visitor();
        referrals.check(wrong(1), null, v);
        clock.advance(25 * 60 * 60 * 1000L);
        assertTrue(housekeeping.purge() >= 2, "the session and IP counts of yesterday");
    }

    private static String wrong(int i) {
        String digits = "23456789";
        return "ZZZZZZZZZ" + digits.charAt(i % digits.length());
    }
}
