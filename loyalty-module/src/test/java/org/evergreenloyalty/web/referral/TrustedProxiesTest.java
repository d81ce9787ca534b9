package org.evergreenloyalty.web.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For is honoured only when the connection comes from a trusted proxy. */
class TrustedProxiesTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        TrustedProxies none = TrustedProxies.parse("", false);
        assertEquals("203.0.113.9", none.clientIp("203.0.113.9", "1.2.3.4"));
        assertEquals("10.0.0.5", none.clientIp("10.0.0.5", "1.2.3.4"), "not even from a private address");
    }

    @Test
    void aTrustedProxysHeaderNamesTheClientAndAForgedEntryIsSkipped() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.0.2.7", false);
        assertEquals("198.51.100.4", proxies.clientIp("10.1.2.3", "198.51.100.4"));
        assertEquals("198.51.100.4", proxies.clientIp("10.1.2.3", "6.6.6.6, 198.51.100.4, 192.0.2.7"),
                "right to left, the first address no trusted proxy added; what the client wrote itself is ignored");
        assertEquals("203.0.113.9", proxies.clientIp("203.0.113.9", "1.2.3.4"), "an untrusted sender cannot choose its address");
        assertEquals("10.1.2.3", proxies.clientIp("10.1.2.3", "not-an-ip"), "garbage: the connection's address");
        assertEquals("10.1.2.3", proxies.clientIp("10.1.2.3", null));
    }

    @Test
    void theOldSwitchTrustsLoopbackAndPrivateNetworksOnly() {
        TrustedProxies legacy = TrustedProxies.parse("", true);
        assertEquals("198.51.100.4", legacy.clientIp("127.0.0.1", "198.51.100.4"));
        assertEquals("198.51.100.4", legacy.clientIp("172.16.3.4", "198.51.100.4"));
        assertEquals("203.0.113.9", legacy.clientIp("203.0.113.9", "198.51.100.4"));
    }

    @Test
    void ipv6AndBadConfiguration() {
        TrustedProxies v6 = TrustedProxies.parse("2001:db8::/32", false);
        assertEquals("2001:db9::1", v6.clientIp("2001:db8::5", "2001:db9::1"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/99", false));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.com", false));
    }

    @Test
    void theVisitorOfARequestUsesThem() {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr("10.0.0.2");
        r.addHeader("X-Forwarded-For", "198.51.100.4");
        assertEquals("198.51.100.4", ReferralRequests.visitor(r, TrustedProxies.parse("10.0.0.2", false)).getIp());
        assertEquals("10.0.0.2", ReferralRequests.visitor(r, TrustedProxies.parse("", false)).getIp());
    }
}
