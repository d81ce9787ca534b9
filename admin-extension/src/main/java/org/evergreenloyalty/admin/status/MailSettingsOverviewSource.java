package org.evergreenloyalty.admin.status;

import org.evergreenloyalty.notification.MailSettings;

/**
 * Reads the module's e-mail settings through its {@link MailSettings} bean ({@code evgMailSettings}), which
 * holds no password. Knows nothing (returns null) when the application has no such bean.
 */
public class MailSettingsOverviewSource implements MailOverviewSource {

    private final NamedBeanLookup<MailSettings> settings;

    public MailSettingsOverviewSource(NamedBeanLookup<MailSettings> settings) {
        if (settings == null) {
            throw new IllegalArgumentException("The mail settings lookup is required");
        }
        this.settings = settings;
    }

    @Override
    public MailOverview read() {
        MailSettings mail = settings.find();
        return mail == null ? null : describe(mail);
    }

    /** The overview of {@code mail}. */
    public static MailOverview describe(MailSettings mail) {
        return MailOverview.of(mail.isEnabled(), mail.getHost(), mail.getPort(), mail.isStarttls(),
                mail.getFromAddress(), mail.getFromName());
    }
}
