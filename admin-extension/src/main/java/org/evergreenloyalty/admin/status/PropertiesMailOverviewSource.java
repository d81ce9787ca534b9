package org.evergreenloyalty.admin.status;

import org.evergreenloyalty.config.EvergreenProperties;

/**
 * Reads the e-mail settings the module is configured with ({@code evergreen.mail.*} in
 * {@link EvergreenProperties}: defaults, the store's {@code evergreen.properties}, system properties).
 * Knows nothing (returns null) when no mail host is configured. Never reads the password.
 */
public class PropertiesMailOverviewSource implements MailOverviewSource {

    private final EvergreenProperties properties;

    public PropertiesMailOverviewSource(EvergreenProperties properties) {
        if (properties == null) {
            throw new IllegalArgumentException("The Evergreen properties are required");
        }
        this.properties = properties;
    }

    @Override
    public MailOverview read() {
        String host = properties.get("evergreen.mail.host", null);
        if (host == null) {
            return null;
        }
        return MailOverview.of(
                properties.getBoolean("evergreen.mail.enabled", true),
                host,
                properties.get("evergreen.mail.port", "25"),
                properties.get("evergreen.mail.from", "(not set)"),
                properties.get("evergreen.mail.fromName", null));
    }
}
