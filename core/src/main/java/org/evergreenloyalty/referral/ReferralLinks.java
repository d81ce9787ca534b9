package org.evergreenloyalty.referral;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/** The absolute storefront links of the referral programme, below {@code evergreen.store.baseUrl}. */
public class ReferralLinks {

    /** The path prefix of referral links: {@code /r/{code}}. */
    public static final String LINK_PATH = "/r/";
    /** The invitation opt-out page. */
    public static final String OPT_OUT_PATH = "/r/optout";
    /** The advocate's referral page. */
    public static final String ACCOUNT_PATH = "/account/referrals";

    private final String baseUrl;

    public ReferralLinks(String storeBaseUrl) {
        String b = storeBaseUrl == null ? "" : storeBaseUrl.trim();
        this.baseUrl = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** The store's base URL without a trailing slash. */
    public String getBaseUrl() { return baseUrl; }

    /** The shareable link of a code, e.g. {@code https://shop.example/r/K7M3QX9PAB}. */
    public String link(String code) {
        return baseUrl + LINK_PATH + code;
    }

    /** The advocate's referral page. */
    public String accountPage() {
        return baseUrl + ACCOUNT_PATH;
    }

    /** The opt-out link of an invitation sent to {@code email}, signed with {@code token}. */
    public String optOut(String email, String token) {
        return baseUrl + OPT_OUT_PATH + "?email=" + encode(email) + "&token=" + encode(token);
    }

    /** URL-encodes a query value (UTF-8). */
    public static String encode(String s) {
        try {
            return URLEncoder.encode(s == null ? "" : s, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
