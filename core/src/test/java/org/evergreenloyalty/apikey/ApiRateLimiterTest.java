package org.evergreenloyalty.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.Properties;

import org.evergreenloyalty.support.AdjustableClock;
import org.junit.jupiter.api.Test;

/** The rate limiter's one-minute windows per key and per client address, on a clock the test moves. */
class ApiRateLimiterTest {

    private final AdjustableClock clock = new AdjustableClock();

    private ApiRateLimiter limiter(String perKey, String perClient) {
        Properties p = new Properties();
        p.setProperty(ApiSettings.Key.RATE_PER_KEY.key(), perKey);
        p.setProperty(ApiSettings.Key.RATE_PER_CLIENT.key(), perClient);
        return new ApiRateLimiter(ApiSettings.fromProperties(p), clock);
    }

    @Test
    void aKeyOverItsLimitWaitsForTheNextMinute() {
        clock.startAt(new Date(1_800_000_000_000L + 15_000)); // 15 s into a minute
        ApiRateLimiter l = limiter("3", "100");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, l.keyCall(7));
        }
        assertEquals(45, l.keyCall(7), "the rest of the minute");
        assertEquals(0, l.keyCall(8), "another key counts on its own");
        clock.advance(44_500);
        assertEquals(1, l.keyCall(7), "rounded up to whole seconds");
        clock.advance(600);
        assertEquals(0, l.keyCall(7), "a new minute");
    }

    @Test
    void aClientAddressHasItsOwnLimitAndLimitsCanChange() {
        clock.startAt(new Date(1_800_000_000_000L));
        ApiRateLimiter l = limiter("100", "2");
        assertEquals(0, l.clientCall("10.0.0.1"));
        assertEquals(0, l.clientCall("10.0.0.1"));
        assertTrue(l.clientCall("10.0.0.1") > 0);
        assertEquals(0, l.clientCall("10.0.0.2"));
        l.setLimits(100, 5);
        assertEquals(0, l.clientCall("10.0.0.1"), "4th call under the new limit of 5");
    }

    @Test
    void settingsOutOfBoundsStopTheStartNamingTheKey() {
        Properties p = new Properties();
        p.setProperty(ApiSettings.Key.RATE_PER_KEY.key(), "0");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ApiSettings.fromProperties(p));
        assertTrue(e.getMessage().contains("evergreen.api.rateLimit.perKeyPerMinute"), e.getMessage());
        assertEquals(600, ApiSettings.fromProperties(new Properties()).getPerKeyPerMinute());
    }

    @Test
    void theDefaultsFileSaysWhatTheSettingsDefaultTo() throws Exception {
        Properties defaults = new Properties();
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("config/evergreen/evergreen-defaults.properties")) {
            defaults.load(in);
        }
        for (ApiSettings.Key k : ApiSettings.Key.values()) {
            assertEquals(String.valueOf(k.fallback()), defaults.getProperty(k.key()), k.key());
        }
        assertEquals("0 40 4 * * ?", defaults.getProperty("evergreen.job.api-cleanup.cron"));
    }
}
