package org.evergreenloyalty.admin.status;

/**
 * The loyalty e-mail settings as the admin shows them: server, port, sender. It deliberately has no
 * password (nor user name): what the admin page displays must be safe to show to any loyalty manager.
 * Immutable.
 */
public final class MailOverview {

    private final boolean configured;
    private final boolean enabled;
    private final String host;
    private final String port;
    private final String from;
    private final String fromName;

    private MailOverview(boolean configured, boolean enabled, String host, String port, String from, String fromName) {
        this.configured = configured;
        this.enabled = enabled;
        this.host = host;
        this.port = port;
        this.from = from;
        this.fromName = fromName;
    }

    /**
     * Configured settings.
     *
     * @param enabled whether the module sends e-mail at all
     * @param host the SMTP server (required)
     * @param port the SMTP port as configured (required)
     * @param from the sender address (required)
     * @param fromName the sender's display name, or null
     */
    public static MailOverview of(boolean enabled, String host, String port, String from, String fromName) {
        require(host, "host");
        require(port, "port");
        require(from, "sender address");
        return new MailOverview(true, enabled, host, port, from, fromName);
    }

    /** No mail settings are configured here. */
    public static MailOverview notConfigured() {
        return new MailOverview(false, false, null, null, null, null);
    }

    private static void require(String value, String what) {
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalArgumentException("The mail " + what + " is required");
        }
    }

    public boolean isConfigured() {
        return configured;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getHost() {
        return host;
    }

    public String getPort() {
        return port;
    }

    public String getFrom() {
        return from;
    }

    public String getFromName() {
        return fromName;
    }

    @Override
    public String toString() {
        return configured ? "Mail " + (enabled ? "enabled" : "disabled") + " via " + host + ":" + port + " from " + from
                : "Mail not configured";
    }
}
