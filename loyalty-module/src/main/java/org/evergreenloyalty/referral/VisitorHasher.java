package org.evergreenloyalty.referral;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.evergreenloyalty.notification.SigningSecret;

/**
 * Keyed hashes (HMAC-SHA256 with the module's signing secret) of IP addresses, user agents, session ids and
 * e-mail addresses, so the referral tables can compare them without storing them.
 */
public class VisitorHasher {

    private final SigningSecret secret;

    public VisitorHasher(SigningSecret secret) {
        this.secret = secret;
    }

    /** The hash of an IP address, or null. */
    public String ip(String ip) {
        return ip == null ? null : hash("ip:" + ip.trim().toLowerCase());
    }

    /** The hash of a user agent, or null. */
    public String userAgent(String userAgent) {
        return userAgent == null ? null : hash("ua:" + userAgent.trim());
    }

    /** The hash of a session id, or null. */
    public String session(String sessionId) {
        return sessionId == null ? null : hash("session:" + sessionId);
    }

    /** A hex HMAC-SHA256 of {@code value} (64 characters). */
    public String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(h.length * 2);
            for (byte b : h) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
