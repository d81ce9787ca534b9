package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Unsubscribe tokens on their own: what they carry, and that any change breaks them. */
class HmacUnsubscribeTokenServiceTest {

    private final HmacUnsubscribeTokenService tokens = service("a-secret-of-the-test-store");

    @Test
    void tokenCarriesCustomerAndCategory() {
        String token = tokens.createToken(42, "birthday");
        assertTrue(token.startsWith("42.birthday."), token);
        UnsubscribeRequest request = tokens.verify(token);
        assertEquals(42, request.getCustomerId());
        assertEquals("birthday", request.getCategory());
    }

    @Test
    void tokenOfAnotherSecretIsRejected() {
        String foreign = service("the-secret-of-another-store").createToken(42, "birthday");
        assertNotEquals(foreign, tokens.createToken(42, "birthday"));
        InvalidUnsubscribeTokenException e = assertThrows(InvalidUnsubscribeTokenException.class, () -> tokens.verify(foreign));
        assertTrue(e.getMessage().contains("signature does not match"), e.getMessage());
    }

    @Test
    void malformedTokensAreRejectedWithAClearMessage() {
        for (String bad : new String[] {"42.birthday", "x.birthday.abc", "42.Birthday." + sig(), "-1.points." + sig(),
                "42.points." + sig() + "extra", "42.points.a b c"}) {
            InvalidUnsubscribeTokenException e = assertThrows(InvalidUnsubscribeTokenException.class, () -> tokens.verify(bad));
            assertTrue(e.getMessage().startsWith("The unsubscribe link"), e.getMessage());
        }
        assertThrows(InvalidUnsubscribeTokenException.class, () -> tokens.verify(null));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> tokens.createToken(0, "points"));
        assertThrows(IllegalArgumentException.class, () -> tokens.createToken(5, "no.dots"));
    }

    private String sig() {
        return tokens.createToken(42, "points").split("\\.")[2];
    }

    private static HmacUnsubscribeTokenService service(final String secret) {
        return new HmacUnsubscribeTokenService(new SigningSecret() {
            @Override
            public byte[] get() {
                return secret.getBytes(StandardCharsets.UTF_8);
            }
        });
    }
}
