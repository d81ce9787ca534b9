package org.evergreenloyalty.review;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/**
 * The storefront addresses of review links: the review form ({@code evergreen.review.path}, default
 * {@code /review}) with {@code ?token=...&rating=N}, and the satisfaction answer ({@code <path>/satisfaction}
 * with {@code ?token=...&score=N}), below the store's base URL.
 */
public class ReviewLinks {

    private final String base;
    private final String path;

    public ReviewLinks(String storeBaseUrl, String reviewPath) {
        String b = storeBaseUrl == null ? "" : storeBaseUrl.trim();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        String p = reviewPath == null || reviewPath.trim().isEmpty() ? "/review" : reviewPath.trim();
        this.path = p.startsWith("/") ? p : "/" + p;
    }

    /** The review form's path below the store's address, e.g. {@code /review}. */
    public String path() {
        return path;
    }

    /** The review form for {@code token}, with {@code rating} (1-5) preset, or none when null. */
    public String review(String token, Integer rating) {
        return base + path + "?token=" + encode(token) + (rating == null ? "" : "&rating=" + rating);
    }

    /** The satisfaction answer {@code score} (0-10) for {@code token}. */
    public String satisfaction(String token, int score) {
        return base + path + "/satisfaction?token=" + encode(token) + "&score=" + score;
    }

    private static String encode(String s) {
        try {
            return URLEncoder.encode(s, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
