package org.evergreenloyalty.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.evergreenloyalty.support.Clock;

/**
 * The module's keys (bean {@code evgSigningKeys}): one key per purpose, derived from the master secret
 * ({@link SigningSecret}) with HKDF-SHA256 (RFC 5869) and the purpose as label, so a signature or hash made for one
 * purpose is worthless for another and no purpose ever uses the master itself.
 * <p>
 * Rotation: with a previous master secret configured ({@code evergreen.security.previousSecret}, optionally until
 * {@code evergreen.security.previousSecretUntil}, a day yyyy-mm-dd, UTC), links signed with the previous secret still
 * verify during that grace period; new links are signed with the current one. Links signed before the per-purpose
 * keys existed (HMAC with the master itself) still verify while {@code evergreen.security.acceptLegacySignatures}
 * is true (default), so e-mails already sent keep working.
 */
public class SigningKeys {

    /** What a key is for; the label is the HKDF info. */
    public enum Purpose {
        UNSUBSCRIBE("evergreen/unsubscribe-link"),
        REVIEW_LINK("evergreen/review-link"),
        INVITE_OPTOUT("evergreen/invite-optout-link"),
        VISITOR_HASH("evergreen/visitor-hash");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    private static final byte[] SALT = "evergreen-signing-keys-v1".getBytes(StandardCharsets.UTF_8);

    private final SigningSecret current;
    private final byte[] previous;
    private final Date previousUntil;
    private final boolean acceptLegacy;
    private final Clock clock;
    /** Per purpose: the master secret a key was derived from, and that key. */
    private final Map<Purpose, byte[][]> derived = new ConcurrentHashMap<Purpose, byte[][]>();

    /**
     * @param current       the master secret
     * @param previousSecret the master secret before the last rotation (same forms as {@code evergreen.security.secret},
     *                       or "base64:..." for a generated one copied from EVG_SECRET), or null/blank for none
     * @param previousUntil  last day (yyyy-mm-dd, UTC) the previous secret is accepted, or null/blank for no end
     * @param acceptLegacy   accept signatures made with the master secret itself (links sent before per-purpose keys)
     * @param clock          the module clock
     */
    public SigningKeys(SigningSecret current, String previousSecret, String previousUntil, boolean acceptLegacy, Clock clock) {
        this.current = current;
        this.previous = previousSecret == null || previousSecret.trim().isEmpty() ? null : DefaultSigningSecret.bytesOf(previousSecret.trim(),
                "evergreen.security.previousSecret");
        this.previousUntil = day(previousUntil);
        this.acceptLegacy = acceptLegacy;
        this.clock = clock;
    }

    /** Keys of {@code secret} alone: no previous secret, legacy signatures accepted (tests, simple wiring). */
    public static SigningKeys of(SigningSecret secret) {
        return new SigningKeys(secret, null, null, true, Date::new);
    }

    /**
     * The key that signs (and hashes) for {@code purpose} now; derived once per master secret and purpose, not at every
     * call (checkout hashes the shopper's device with it).
     */
    public byte[] current(Purpose purpose) {
        byte[] master = current.get();
        byte[][] known = derived.get(purpose);
        if (known != null && Arrays.equals(known[0], master)) {
            return known[1].clone();
        }
        byte[] key = derive(master, purpose);
        derived.put(purpose, new byte[][] {master.clone(), key.clone()});
        return key;
    }

    /**
     * The keys a signature for {@code purpose} may have been made with, the current one first: the current and (in its
     * grace period) the previous secret's derived keys, then, if accepted, the two master secrets themselves.
     */
    public List<byte[]> verifying(Purpose purpose) {
        List<byte[]> keys = new ArrayList<byte[]>();
        byte[] master = current.get();
        keys.add(derive(master, purpose));
        boolean withPrevious = previous != null && (previousUntil == null || !clock.now().after(previousUntil));
        if (withPrevious) {
            keys.add(derive(previous, purpose));
        }
        if (acceptLegacy) {
            keys.add(master);
            if (withPrevious) {
                keys.add(previous.clone());
            }
        }
        return keys;
    }

    /** URL-safe Base64 (no padding) of HMAC-SHA256(key, data). */
    public static String signature(byte[] key, String data) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, data.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code signature} is {@link #signature} of {@code data} under any key {@link #verifying} lists (constant time). */
    public boolean verify(Purpose purpose, String data, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] actual = signature.getBytes(StandardCharsets.US_ASCII);
        boolean ok = false;
        for (byte[] key : verifying(purpose)) {
            ok |= MessageDigest.isEqual(signature(key, data).getBytes(StandardCharsets.US_ASCII), actual);
        }
        return ok;
    }

    /** The key for {@code purpose} derived from {@code master}: HKDF-SHA256 with the module's salt, 32 bytes. */
    static byte[] derive(byte[] master, Purpose purpose) {
        return hkdf(SALT, master, purpose.label().getBytes(StandardCharsets.UTF_8), 32);
    }

    /** HKDF-SHA256 (RFC 5869): extract with {@code salt}, expand with {@code info} to {@code length} bytes. */
    static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) {
        byte[] prk = hmac(salt, ikm);
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        int done = 0;
        for (int i = 1; done < length; i++) {
            byte[] input = new byte[t.length + info.length + 1];
            System.arraycopy(t, 0, input, 0, t.length);
            System.arraycopy(info, 0, input, t.length, info.length);
            input[input.length - 1] = (byte) i;
            t = hmac(prk, input);
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }

    private static Date day(String yyyyMmDd) {
        if (yyyyMmDd == null || yyyyMmDd.trim().isEmpty()) {
            return null;
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        f.setLenient(false);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        try {
            return new Date(f.parse(yyyyMmDd.trim()).getTime() + 24L * 3600 * 1000 - 1); // the end of that day
        } catch (ParseException e) {
            throw new IllegalArgumentException("evergreen.security.previousSecretUntil must be a day yyyy-mm-dd, was '" + yyyyMmDd + "'", e);
        }
    }
}
