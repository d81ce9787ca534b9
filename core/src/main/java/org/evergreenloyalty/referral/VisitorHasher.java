package org.evergreenloyalty.referral;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.evergreenloyalty.notification.SigningKeys;
import org.evergreenloyalty.notification.SigningSecret;
import org.evergreenloyalty.support.Tokens;

/**
 * Keyed hashes (HMAC-SHA256 with the visitor-hash key {@link SigningKeys} derives, never the master secret) of IP
 * addresses, user agents, session ids and e-mail addresses, so the referral tables can compare them without storing
 * them; and the tokens of invitation opt-out links (their own derived key).
 */
public class VisitorHasher {

    private final SigningKeys keys;

    public VisitorHasher(SigningSecret secret) {
        this(SigningKeys.of(secret));
    }

    public VisitorHasher(SigningKeys keys) {
        this.keys = keys;
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

    /** A hex HMAC-SHA256 of {@code value} (64 characters) with the visitor-hash key. */
    public String hash(String value) {
        return hex(keys.current(SigningKeys.Purpose.VISITOR_HASH), value);
    }

    /** The token of the invitation opt-out link of {@code email} (32 hex characters). */
    public String optOutToken(String email) {
        return hex(keys.current(SigningKeys.Purpose.INVITE_OPTOUT), optOutData(email)).substring(0, 32);
    }

    /** Whether {@code token} is an opt-out token of {@code email} under any accepted key (rotation, older e-mails). */
    public boolean isOptOutToken(String email, String token) {
        boolean ok = false;
        for (byte[] key : keys.verifying(SigningKeys.Purpose.INVITE_OPTOUT)) {
            ok |= Tokens.equal(hex(key, optOutData(email)).substring(0, 32), token);
        }
        return ok;
    }

    private static String optOutData(String email) {
        return "invite-optout:" + email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String hex(byte[] key, String value) {
        try {
            byte[] h = KeyedMac.of(key).doFinal(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(h.length * 2);
            for (byte b : h) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * The calling thread's HmacSHA256 instance, keyed with the key it last hashed with: checkout hashes the shopper's
     * device twice, and looking the algorithm up and keying it cost more than the hash. A {@code Mac} is not thread-safe,
     * hence one per thread; {@code doFinal} leaves it ready for the next value under the same key.
     */
    private static final class KeyedMac {

        private static final ThreadLocal<KeyedMac> CURRENT = new ThreadLocal<KeyedMac>();

        private final Mac mac;
        private final byte[] key;

        private KeyedMac(byte[] key) throws GeneralSecurityException {
            this.key = key.clone();
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        }

        static Mac of(byte[] key) throws GeneralSecurityException {
            KeyedMac m = CURRENT.get();
            if (m == null || !MessageDigest.isEqual(m.key, key)) {
                m = new KeyedMac(key);
                CURRENT.set(m);
            }
            return m.mac;
        }
    }
}
