package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.evergreenloyalty.notification.SigningKeys.Purpose;
import org.evergreenloyalty.referral.VisitorHasher;
import org.evergreenloyalty.review.HmacReviewTokenService;
import org.evergreenloyalty.support.Clock;
import org.junit.jupiter.api.Test;

/**
 * One key per purpose derived from the master secret (HKDF); the master key from outside the database; rotation
 * with a grace period; links signed before the derived keys keep working; unsubscribe links can be revoked.
 */
class SigningKeysTest {

    private static final String A = "the-old-master-secret-of-the-store";
    private static final String B = "the-new-master-secret-of-the-store";
    private static final long DAY = 24L * 3600 * 1000;

    private final long[] now = {Date.UTC(126, 5, 1, 12, 0, 0)};
    private final Clock clock = () -> new Date(now[0]);

    @Test
    void hkdfMatchesRfc5869TestCase1() {
        byte[] ikm = new byte[22];
        java.util.Arrays.fill(ikm, (byte) 0x0b);
        byte[] salt = hex("000102030405060708090a0b0c");
        byte[] info = hex("f0f1f2f3f4f5f6f7f8f9");
        assertArrayEquals(hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"),
                SigningKeys.hkdf(salt, ikm, info, 42));
    }

    @Test
    void everyPurposeHasItsOwnKeyAndNoneIsTheMaster() {
        SigningKeys keys = SigningKeys.of(secret(A));
        Map<String, Purpose> seen = new HashMap<String, Purpose>();
        for (Purpose p : Purpose.values()) {
            byte[] k = keys.current(p);
            assertEquals(32, k.length);
            assertFalse(java.util.Arrays.equals(k, A.getBytes(StandardCharsets.UTF_8)), p + " is not the master");
            assertEquals(null, seen.put(java.util.Base64.getEncoder().encodeToString(k), p), "unique: " + p);
        }
        assertArrayEquals(keys.current(Purpose.UNSUBSCRIBE), SigningKeys.of(secret(A)).current(Purpose.UNSUBSCRIBE), "stable");
        // an IP hash is no longer a valid signature of anything: different keys
        assertFalse(new VisitorHasher(keys).hash("ip:1.2.3.4").equals(
                hexOf(SigningKeys.hmac(keys.current(Purpose.REVIEW_LINK), "ip:1.2.3.4".getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void aVisitorHashIsTheHmacOfTheCurrentKeyWhateverTheThreadHashedBefore() throws Exception {
        String[] master = {A};
        SigningKeys rotating = SigningKeys.of(() -> master[0].getBytes(StandardCharsets.UTF_8));
        SigningKeys other = SigningKeys.of(secret(B));
        VisitorHasher first = new VisitorHasher(rotating);
        VisitorHasher second = new VisitorHasher(other);
        for (int i = 0; i < 3; i++) { // the two hashers take turns on one thread: each hashes with its own key
            String value = "ip:10.0.0." + i;
            assertEquals(expectedHash(rotating, value), first.hash(value), "first hasher, round " + i);
            assertEquals(expectedHash(other, value), second.hash(value), "second hasher, round " + i);
        }
        String before = first.hash("ua:Firefox");
        master[0] = B + "-rotated";
        assertFalse(before.equals(first.hash("ua:Firefox")), "a new master secret hashes with the new key at once");
        assertEquals(expectedHash(rotating, "ua:Firefox"), first.hash("ua:Firefox"));
        String[] elsewhere = new String[1];
        Thread t = new Thread(() -> elsewhere[0] = first.hash("ua:Firefox"));
        t.start();
        t.join();
        assertEquals(first.hash("ua:Firefox"), elsewhere[0], "another thread hashes alike");
    }

    private static String expectedHash(SigningKeys keys, String value) {
        return hexOf(SigningKeys.hmac(keys.current(Purpose.VISITOR_HASH), value.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKeyIsDerivedAgainWhenTheMasterSecretChanges() {
        String[] master = {A};
        SigningKeys keys = SigningKeys.of(() -> master[0].getBytes(StandardCharsets.UTF_8));
        byte[] first = keys.current(Purpose.VISITOR_HASH);
        first[0] ^= 1; // a caller changing its copy changes nothing kept
        assertArrayEquals(SigningKeys.of(secret(A)).current(Purpose.VISITOR_HASH), keys.current(Purpose.VISITOR_HASH));
        master[0] = B;
        assertArrayEquals(SigningKeys.of(secret(B)).current(Purpose.VISITOR_HASH), keys.current(Purpose.VISITOR_HASH),
                "a new master secret, a new key");
    }

    @Test
    void theMasterKeyMayComeFromTheEnvironmentAndBeBinary() {
        assertArrayEquals(B.getBytes(StandardCharsets.UTF_8), new DefaultSigningSecret(null, "", B).get(), "EVERGREEN_SECRET");
        assertArrayEquals(A.getBytes(StandardCharsets.UTF_8), new DefaultSigningSecret(null, A, B).get(), "the property wins");
        byte[] raw = new byte[32];
        raw[5] = 7;
        assertArrayEquals(raw, new DefaultSigningSecret(null, "base64:" + java.util.Base64.getEncoder().encodeToString(raw), null).get());
        assertThrows(IllegalArgumentException.class, () -> new DefaultSigningSecret(null, "", "short"));
    }

    @Test
    void afterRotationThePreviousKeyVerifiesUntilItsGracePeriodEnds() {
        HmacReviewTokenService before = new HmacReviewTokenService(new SigningKeys(secret(A), null, null, false, clock));
        String sentBefore = before.reviewToken(1, 2, 3, new Date(now[0] + 100 * DAY));
        HmacReviewTokenService after = new HmacReviewTokenService(new SigningKeys(secret(B), A, "2026-06-30", false, clock));
        assertEquals(3, after.verifyReview(sentBefore, clock.now()).getProductId(), "the previous key still verifies");
        String sentAfter = after.reviewToken(1, 2, 3, new Date(now[0] + 100 * DAY));
        assertThrows(RuntimeException.class, () -> before.verifyReview(sentAfter, clock.now()), "new links use the new key");
        now[0] += 30 * DAY; // 1 July: the grace period is over
        assertThrows(RuntimeException.class, () -> after.verifyReview(sentBefore, clock.now()));
        assertEquals(3, after.verifyReview(sentAfter, clock.now()).getProductId());
    }

    @Test
    void linksSignedWithTheMasterItselfStillVerifyUnlessSwitchedOff() {
        // the forms the module used before per-purpose keys: HMAC with the master secret itself
        String fields = "1.2.3." + (now[0] / 1000 + 3600);
        String review = "r." + fields + "." + SigningKeys.signature(A.getBytes(StandardCharsets.UTF_8), "review:" + fields);
        String unsubscribe = "42.points." + SigningKeys.signature(A.getBytes(StandardCharsets.UTF_8), "unsubscribe:42:points");
        String optOut = hexOf(SigningKeys.hmac(A.getBytes(StandardCharsets.UTF_8),
                "invite-optout:anna@example.com".getBytes(StandardCharsets.UTF_8))).substring(0, 32);

        SigningKeys accepting = new SigningKeys(secret(A), null, null, true, clock);
        assertEquals(3, new HmacReviewTokenService(accepting).verifyReview(review, clock.now()).getProductId());
        assertEquals(42, new HmacUnsubscribeTokenService(accepting, UnsubscribeRevocations.NONE, clock).verify(unsubscribe).getCustomerId());
        assertTrue(new VisitorHasher(accepting).isOptOutToken("Anna@example.com", optOut));

        SigningKeys strict = new SigningKeys(secret(A), null, null, false, clock);
        assertThrows(RuntimeException.class, () -> new HmacReviewTokenService(strict).verifyReview(review, clock.now()));
        assertThrows(InvalidUnsubscribeTokenException.class,
                () -> new HmacUnsubscribeTokenService(strict, UnsubscribeRevocations.NONE, clock).verify(unsubscribe));
        assertFalse(new VisitorHasher(strict).isOptOutToken("anna@example.com", optOut));
    }

    @Test
    void revokedUnsubscribeLinksStopWorkingAndNewerOnesWork() {
        Map<Long, Date> revoked = new HashMap<Long, Date>();
        UnsubscribeRevocations store = new UnsubscribeRevocations() {
            @Override
            public Date revokedAt(long customerId) {
                return revoked.get(customerId);
            }

            @Override
            public void revoke(long customerId, Date at) {
                revoked.put(customerId, at);
            }
        };
        HmacUnsubscribeTokenService tokens = new HmacUnsubscribeTokenService(SigningKeys.of(secret(A)), store, clock);
        String old = tokens.createToken(42, "points");
        String otherCustomer = tokens.createToken(43, "points");
        now[0] += 60_000;
        tokens.revokeAll(42);
        InvalidUnsubscribeTokenException e = assertThrows(InvalidUnsubscribeTokenException.class, () -> tokens.verify(old));
        assertTrue(e.getMessage().contains("withdrawn"), e.getMessage());
        assertEquals(43, tokens.verify(otherCustomer).getCustomerId(), "only that customer's links");
        now[0] += 1000;
        assertEquals(42, tokens.verify(tokens.createToken(42, "points")).getCustomerId(), "a newer link works");
        String legacy = "42.points." + SigningKeys.signature(A.getBytes(StandardCharsets.UTF_8), "unsubscribe:42:points");
        assertThrows(InvalidUnsubscribeTokenException.class, () -> tokens.verify(legacy), "old-form links count as issued long ago");
    }

    private static SigningSecret secret(String s) {
        return () -> s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hex(String h) {
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    private static String hexOf(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return sb.toString();
    }
}
