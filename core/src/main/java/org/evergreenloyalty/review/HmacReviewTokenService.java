package org.evergreenloyalty.review;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.notification.SigningKeys;
import org.evergreenloyalty.notification.SigningSecret;

/**
 * Review tokens {@code r.<customerId>.<orderId>.<productId>.<expiresEpochSecond>.<signature>} and satisfaction
 * tokens {@code s.<customerId>.<orderId>.<expiresEpochSecond>.<signature>}; the signature is the URL-safe Base64
 * of HMAC-SHA256(the review-link key derived by {@link SigningKeys}, purpose + ":" + the fields), the purpose ("review" / "satisfaction") keeping the two kinds
 * and the module's other signed links apart. Signatures are compared in constant time.
 */
public class HmacReviewTokenService implements ReviewTokenService {

    private static final String ID = "([1-9][0-9]{0,18})";
    private static final Pattern REVIEW = Pattern.compile("r\\." + ID + "\\." + ID + "\\." + ID + "\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern SATISFACTION = Pattern.compile("s\\." + ID + "\\." + ID + "\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

    private final SigningKeys keys;

    public HmacReviewTokenService(SigningSecret secret) {
        this(SigningKeys.of(secret));
    }

    /** Signs with the review-link key of {@code keys}; verifies with every key they accept (rotation, legacy links). */
    public HmacReviewTokenService(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public String reviewToken(long customerId, long orderId, long productId, Date expiresAt) {
        positive(customerId, "customer");
        positive(orderId, "order");
        positive(productId, "product");
        long exp = epochSeconds(expiresAt);
        String fields = customerId + "." + orderId + "." + productId + "." + exp;
        return "r." + fields + "." + sign("review", fields);
    }

    @Override
    public String satisfactionToken(long customerId, long orderId, Date expiresAt) {
        positive(customerId, "customer");
        positive(orderId, "order");
        long exp = epochSeconds(expiresAt);
        String fields = customerId + "." + orderId + "." + exp;
        return "s." + fields + "." + sign("satisfaction", fields);
    }

    @Override
    public ReviewLink verifyReview(String token, Date now) {
        Matcher m = match(REVIEW, token);
        String fields = m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4);
        checkSignature("review", fields, m.group(5));
        ReviewLink link = new ReviewLink(parse(m.group(1)), parse(m.group(2)), parse(m.group(3)), new Date(Long.parseLong(m.group(4)) * 1000L));
        checkExpiry(link, now);
        return link;
    }

    @Override
    public ReviewLink verifySatisfaction(String token, Date now) {
        Matcher m = match(SATISFACTION, token);
        String fields = m.group(1) + "." + m.group(2) + "." + m.group(3);
        checkSignature("satisfaction", fields, m.group(4));
        ReviewLink link = new ReviewLink(parse(m.group(1)), parse(m.group(2)), 0L, new Date(Long.parseLong(m.group(3)) * 1000L));
        checkExpiry(link, now);
        return link;
    }

    private static Matcher match(Pattern p, String token) {
        if (token == null || token.trim().isEmpty()) {
            throw new InvalidReviewLinkException(ReviewLinkProblem.MALFORMED, "The link is incomplete: it carries no token.");
        }
        Matcher m = p.matcher(token.trim());
        if (!m.matches()) {
            throw new InvalidReviewLinkException(ReviewLinkProblem.MALFORMED,
                    "The link is not valid: its token is malformed (it may have been cut off when copied).");
        }
        return m;
    }

    private void checkSignature(String purpose, String fields, String signature) {
        if (!keys.verify(SigningKeys.Purpose.REVIEW_LINK, purpose + ":" + fields, signature)) {
            throw new InvalidReviewLinkException(ReviewLinkProblem.TAMPERED,
                    "The link is not valid: its signature does not match (the link was altered, or it was not issued by this store).");
        }
    }

    private static void checkExpiry(ReviewLink link, Date now) {
        if (!now.before(link.getExpiresAt())) {
            throw new InvalidReviewLinkException(ReviewLinkProblem.EXPIRED, "The link has expired.");
        }
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidReviewLinkException(ReviewLinkProblem.MALFORMED, "The link is not valid: a number in it is out of range.");
        }
    }

    private static void positive(long id, String what) {
        if (id <= 0) {
            throw new IllegalArgumentException(what + " id must be positive, was " + id);
        }
    }

    private static long epochSeconds(Date expiresAt) {
        if (expiresAt == null || expiresAt.getTime() <= 0) {
            throw new IllegalArgumentException("A link needs an expiry after 1970, was " + expiresAt);
        }
        return expiresAt.getTime() / 1000L;
    }

    private String sign(String purpose, String fields) {
        return SigningKeys.signature(keys.current(SigningKeys.Purpose.REVIEW_LINK), purpose + ":" + fields);
    }
}
