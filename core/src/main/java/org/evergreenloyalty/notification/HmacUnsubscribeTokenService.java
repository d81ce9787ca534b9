package org.evergreenloyalty.notification;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.notification.SigningKeys.Purpose;
import org.evergreenloyalty.support.Clock;

/**
 * Tokens of the form {@code <customerId>.<category>.<issued>.<signature>}: the issue time in epoch seconds and the
 * URL-safe Base64 of HMAC-SHA256(the unsubscribe key, "unsubscribe:" + customerId + ":" + category + ":" + issued),
 * the key derived for this purpose by {@link SigningKeys}. Tokens of the older form {@code <customerId>.<category>.
 * <signature>} (no issue time, signed with the master secret) still verify while legacy signatures are accepted,
 * and count as issued at the epoch. A customer's tokens issued up to a revocation ({@link #revokeAll}) are void.
 */
public class HmacUnsubscribeTokenService implements UnsubscribeTokenService {

    private static final String ID = "([1-9][0-9]{0,18})\\.([a-z0-9][a-z0-9-]{0,39})\\.";
    private static final Pattern FORM = Pattern.compile(ID + "([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern LEGACY_FORM = Pattern.compile(ID + "([A-Za-z0-9_-]{43})");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final SigningKeys keys;
    private final UnsubscribeRevocations revocations;
    private final Clock clock;

    public HmacUnsubscribeTokenService(SigningSecret secret) {
        this(SigningKeys.of(secret), UnsubscribeRevocations.NONE, Date::new);
    }

    public HmacUnsubscribeTokenService(SigningKeys keys, UnsubscribeRevocations revocations, Clock clock) {
        this.keys = keys;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Override
    public String createToken(long customerId, String category) {
        if (customerId <= 0) {
            throw new IllegalArgumentException("customer id must be positive, was " + customerId);
        }
        if (category == null || !CATEGORY.matcher(category).matches()) {
            throw new IllegalArgumentException("category '" + category + "' is invalid: use 1-40 lower-case letters, digits and dashes");
        }
        long issued = clock.now().getTime() / 1000L;
        return customerId + "." + category + "." + issued + "."
                + SigningKeys.signature(keys.current(Purpose.UNSUBSCRIBE), data(customerId, category, issued));
    }

    @Override
    public UnsubscribeRequest verify(String token) {
        if (token == null || token.trim().isEmpty()) {
            throw new InvalidUnsubscribeTokenException("evergreen.unsubscribe.invalid.missing",
                    "The unsubscribe link is incomplete: it carries no token.");
        }
        Matcher m = FORM.matcher(token.trim());
        boolean legacy = false;
        if (!m.matches()) {
            m = LEGACY_FORM.matcher(token.trim());
            legacy = true;
            if (!m.matches()) {
                throw new InvalidUnsubscribeTokenException("evergreen.unsubscribe.invalid.malformed",
                        "The unsubscribe link is not valid: its token is malformed (it may have been cut off when copied).");
            }
        }
        long customerId;
        try {
            customerId = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new InvalidUnsubscribeTokenException("evergreen.unsubscribe.invalid.range",
                    "The unsubscribe link is not valid: its customer number is out of range.");
        }
        String category = m.group(2);
        long issued = legacy ? 0L : Long.parseLong(m.group(3));
        String data = legacy ? "unsubscribe:" + customerId + ":" + category : data(customerId, category, issued);
        if (!keys.verify(Purpose.UNSUBSCRIBE, data, legacy ? m.group(3) : m.group(4))) {
            throw new InvalidUnsubscribeTokenException("evergreen.unsubscribe.invalid.signature",
                    "The unsubscribe link is not valid: its signature does not match"
                    + " (the link was altered, or it was not issued by this store).");
        }
        Date revoked = revocations.revokedAt(customerId);
        if (revoked != null && issued <= revoked.getTime() / 1000L) {
            throw new InvalidUnsubscribeTokenException("evergreen.unsubscribe.invalid.withdrawn",
                    "The unsubscribe link is no longer valid: it was withdrawn."
                    + " Please use the link in a newer e-mail.");
        }
        return new UnsubscribeRequest(customerId, category);
    }

    @Override
    public void revokeAll(long customerId) {
        revocations.revoke(customerId, clock.now());
    }

    private static String data(long customerId, String category, long issued) {
        return "unsubscribe:" + customerId + ":" + category + ":" + issued;
    }
}
