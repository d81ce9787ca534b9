package org.evergreenloyalty.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens of the form {@code <customerId>.<category>.<signature>}, the signature being the URL-safe
 * Base64 of HMAC-SHA256(secret, "unsubscribe:" + customerId + ":" + category).
 */
public class HmacUnsubscribeTokenService implements UnsubscribeTokenService {

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,18})\\.([a-z0-9][a-z0-9-]{0,39})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final SigningSecret secret;

    public HmacUnsubscribeTokenService(SigningSecret secret) {
        this.secret = secret;
    }

    @Override
    public String createToken(long customerId, String category) {
        if (customerId <= 0) {
            throw new IllegalArgumentException("customer id must be positive, was " + customerId);
        }
        if (category == null || !CATEGORY.matcher(category).matches()) {
            throw new IllegalArgumentException("category '" + category + "' is invalid: use 1-40 lower-case letters, digits and dashes");
        }
        return customerId + "." + category + "." + sign(customerId, category);
    }

    @Override
    public UnsubscribeRequest verify(String token) {
        if (token == null || token.trim().isEmpty()) {
            throw new InvalidUnsubscribeTokenException("The unsubscribe link is incomplete: it carries no token.");
        }
        Matcher m = FORM.matcher(token.trim());
        if (!m.matches()) {
            throw new InvalidUnsubscribeTokenException("The unsubscribe link is not valid: its token is malformed"
                    + " (it may have been cut off when copied).");
        }
        long customerId;
        try {
            customerId = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new InvalidUnsubscribeTokenException("The unsubscribe link is not valid: its customer number is out of range.");
        }
        String category = m.group(2);
        byte[] expected = sign(customerId, category).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = m.group(3).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new InvalidUnsubscribeTokenException("The unsubscribe link is not valid: its signature does not match"
                    + " (the link was altered, or it was not issued by this store).");
        }
        return new UnsubscribeRequest(customerId, category);
    }

    private String sign(long customerId, String category) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            byte[] sig = mac.doFinal(("unsubscribe:" + customerId + ":" + category).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }
}
