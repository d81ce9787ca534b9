package org.evergreenloyalty.admin.status;

/**
 * The loyalty e-mail settings as the admin shows them: server, port, encryption, sender. It deliberately
 * has no password (nor user name): what the admin page displays must be safe to show to any loyalty
 * manager. Immutable.
 */
public final class MailOverview {

    private final boolean configured;
    private final boolean enabled;
    private final String host;
    private final int port;
    private final boolean starttls;
    private final String from;
    private final String fromName;

    private MailOverview(boolean configured, boolean enabled, String host, int port, boolean starttls, String from,
            String fromName) {
        this.configured = configured;
        this.enabled = enabled;
        this.host = host;
        this.port = port;
        this.starttls = starttls;
        this.from = from;
        this.fromName = fromName;
    }

    /**
     * Configured settings.
     *
     * @param enabled whether the module sends e-mail at all
     * @param host the SMTP server (required)
     * @param port the SMTP port (1-65535)
     * @param starttls whether the connection is upgraded with STARTTLS
     * @param from the sender address (required)
     * @param fromName the sender's display name, or null
     */
    public static MailOverview of(boolean enabled, String host, int port, boolean starttls, String from, String fromName) {
        if (host == null || host.trim().isEmpty()) {
            throw new IllegalArgumentException("The mail host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The mail port must be between 1 and 65535, was " + port);
        }
        if (from == null || from.trim().isEmpty()) {
            throw new IllegalArgumentException("The mail sender address is required");
        }
        return new MailOverview(true, enabled, host, port, starttls, from, fromName);
    }

    /** No mail settings are configured here. */
    public static MailOverview notConfigured() {
        return new MailOverview(false, false, null, 0, false, null, null);
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

    public int getPort() {
        return port;
    }

    public boolean isStarttls() {
        return starttls;
    }

    public String getFrom() {
        return from;
    }

    public String getFromName() {
        return fromName;
    }

    @Override
    public String toString() {
        return configured ? "Mail " + (enabled ? "enabled" : "disabled") + " via " + host + ":" + port
                + (starttls ? " starttls" : "") + " from " + from : "Mail not configured";
    }
}
