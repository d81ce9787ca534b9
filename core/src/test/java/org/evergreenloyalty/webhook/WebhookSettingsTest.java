package org.evergreenloyalty.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The webhook settings: defaults, bounds with a message naming the key, the doubling backoff, the signature format. */
class WebhookSettingsTest {

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void defaultsAndDoublingBackoff() {
        WebhookSettings s = WebhookSettings.fromProperties(new Properties());
        assertEquals(5000, s.getConnectTimeoutMs());
        assertEquals(10000, s.getReadTimeoutMs());
        assertEquals(10, s.getMaxAttempts());
        assertEquals(25, s.getDisableAfterFailures());
        assertEquals(30_000, s.backoffMs(1));
        assertEquals(60_000, s.backoffMs(2));
        assertEquals(120_000, s.backoffMs(3));
        assertEquals(720 * 60_000L, s.backoffMs(40), "at most maxBackoffMinutes");
    }

    @Test
    void outOfBoundsValuesNameTheirKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebhookSettings.fromProperties(props("evergreen.webhooks.maxAttempts", "0")));
        assertTrue(e.getMessage().contains("evergreen.webhooks.maxAttempts"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WebhookSettings.fromProperties(props("evergreen.webhooks.readTimeoutMs", "x")));
        assertTrue(e.getMessage().contains("evergreen.webhooks.readTimeoutMs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WebhookSettings.fromProperties(props("evergreen.webhooks.leaseSeconds", "20")));
        assertTrue(e.getMessage().contains("evergreen.webhooks.leaseSeconds"), e.getMessage());
    }

    @Test
    void theSignatureIsHmacOverTimestampDotBody() {
        String h = WebhookSignature.header("whsec_abc", 1700000000L, "{\"a\":1}");
        assertTrue(h.startsWith("t=1700000000,v1="), h);
        assertEquals(WebhookSignature.hmac("whsec_abc", "1700000000.{\"a\":1}"), h.substring(h.indexOf("v1=") + 3));
        assertTrue(WebhookSignature.verify("whsec_abc", h, "{\"a\":1}"));
        assertTrue(!WebhookSignature.verify("whsec_abc", h, "{\"a\":2}"), "another body does not verify");
        assertTrue(!WebhookSignature.verify("whsec_abc", "garbage", "{\"a\":1}"));
    }

    @Test
    void jsonEscapesStrings() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<String, Object>();
        m.put("s", "a\"b\\c\nd");
        m.put("n", 5L);
        m.put("z", null);
        assertEquals("{\"s\":\"a\\\"b\\\\c\\u000ad\",\"n\":5,\"z\":null}", WebhookJson.object(m));
    }
}
