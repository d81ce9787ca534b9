package org.evergreenloyalty.notification;

import java.util.Properties;

/**
 * How the module sends e-mail and how it brands it (bean {@code evgMailSettings}), read from the
 * {@code evergreen.mail.*} and {@code evergreen.store.*} properties. Shown on the admin settings page, so it
 * never holds the mail server's password.
 */
public final class MailSettings {

    private final boolean enabled;
    private final String host;
    private final int port;
    private final boolean starttls;
    private final String fromAddress;
    private final String fromName;
    private final String storeName;
    private final String storeBaseUrl;
    private final String unsubscribePath;

    public MailSettings(boolean enabled, String host, int port, boolean starttls, String fromAddress, String fromName,
                        String storeName, String storeBaseUrl, String unsubscribePath) {
        if (fromAddress == null || !fromAddress.contains("@")) {
            throw new IllegalArgumentException("evergreen.mail.from must be an e-mail address, was '" + fromAddress + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("evergreen.mail.port must be between 1 and 65535, was " + port);
        }
        this.enabled = enabled;
        this.host = host;
        this.port = port;
        this.starttls = starttls;
        this.fromAddress = fromAddress.trim();
        this.fromName = fromName == null || fromName.trim().isEmpty() ? null : fromName.trim();
        this.storeName = storeName;
        this.storeBaseUrl = stripSlash(storeBaseUrl);
        this.unsubscribePath = unsubscribePath.startsWith("/") ? unsubscribePath : "/" + unsubscribePath;
    }

    /** Reads the settings from {@code p}. */
    public static MailSettings fromProperties(Properties p) {
        String port = value(p, "evergreen.mail.port", "25");
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("evergreen.mail.port must be a number, was '" + port + "'", e);
        }
        return new MailSettings(
                Boolean.parseBoolean(value(p, "evergreen.mail.enabled", "true")),
                value(p, "evergreen.mail.host", "localhost"),
                portNumber,
                Boolean.parseBoolean(value(p, "evergreen.mail.starttls", "false")),
                value(p, "evergreen.mail.from", null),
                value(p, "evergreen.mail.fromName", null),
                value(p, "evergreen.store.name", "Our store"),
                value(p, "evergreen.store.baseUrl", "http://localhost:8080"),
                value(p, "evergreen.mail.unsubscribePath", "/loyalty/unsubscribe"));
    }

    private static String value(Properties p, String key, String fallback) {
        String v = p.getProperty(key);
        return v == null || v.trim().isEmpty() ? fallback : v.trim();
    }

    private static String stripSlash(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** Whether the module sends e-mail at all. */
    public boolean isEnabled() { return enabled; }
    /** The SMTP server's host. */
    public String getHost() { return host; }
    /** The SMTP server's port. */
    public int getPort() { return port; }
    /** Whether the connection is upgraded with STARTTLS. */
    public boolean isStarttls() { return starttls; }
    /** The sender's address. */
    public String getFromAddress() { return fromAddress; }
    /** The sender's display name, or null. */
    public String getFromName() { return fromName; }
    /** The sender as put in the From header: {@code "Name" <address>} or the bare address. */
    public String getFrom() {
        return fromName == null ? fromAddress : "\"" + fromName.replace("\"", "").replace("\\", "") + "\" <" + fromAddress + ">";
    }
    /** The store's name, shown in every e-mail. */
    public String getStoreName() { return storeName; }
    /** The storefront's address without trailing slash; links in e-mails start with it. */
    public String getStoreBaseUrl() { return storeBaseUrl; }
    /** The storefront page that takes an unsubscribe token ({@code ?token=...}), e.g. /loyalty/unsubscribe. */
    public String getUnsubscribePath() { return unsubscribePath; }
    /** The full unsubscribe page address, without the token. */
    public String getUnsubscribeUrl() { return storeBaseUrl + unsubscribePath; }

    @Override
    public String toString() {
        return "MailSettings[enabled=" + enabled + ", " + host + ":" + port + (starttls ? " starttls" : "") + ", from " + getFrom() + "]";
    }
}
