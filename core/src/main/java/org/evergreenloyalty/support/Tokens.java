package org.evergreenloyalty.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Compares tokens and signatures in constant time ({@link MessageDigest#isEqual}), so the time a check takes
 * tells an attacker nothing about how much of a guessed token was right. Use it wherever a token, signature or
 * secret is compared; never {@code String.equals}.
 */
public final class Tokens {

    private Tokens() {
    }

    /** Whether both are present and equal; null never matches (not even null). */
    public static boolean equal(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
