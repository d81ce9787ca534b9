package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.referral.CodeCheck.Outcome;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;

/** Wrong codes are limited per session and per IP address and hour (counted in the database). */
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
    void theIpAddressIsLimitedAcrossSessions() {
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
