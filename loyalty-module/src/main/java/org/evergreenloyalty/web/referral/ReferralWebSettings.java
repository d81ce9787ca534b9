package org.evergreenloyalty.web.referral;

/**
 * The storefront side's fixed settings (bean {@code evgReferralWebSettings}, from properties): the link
 * cookie's name, the proxies whose X-Forwarded-For is trusted, the store's name for share texts.
 */
public class ReferralWebSettings {

    private final String cookieName;
    private final TrustedProxies proxies;
    private final String storeName;

    public ReferralWebSettings(String cookieName, TrustedProxies proxies, String storeName) {
        if (cookieName == null || !cookieName.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("evergreen.referral.cookieName must be 1-40 letters, digits, '_' or '-', was '"
                    + cookieName + "'");
        }
        this.cookieName = cookieName;
        this.proxies = proxies == null ? TrustedProxies.parse("", false) : proxies;
        this.storeName = storeName == null || storeName.trim().isEmpty() ? null : storeName.trim();
    }

    public String getCookieName() { return cookieName; }
    /** The proxies whose X-Forwarded-For header names the visitor. */
    public TrustedProxies getProxies() { return proxies; }
    /** The store's name for share texts, or null when none is configured (the texts then say "our store"). */
    public String getStoreName() { return storeName; }
}
