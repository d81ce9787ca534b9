package org.evergreenloyalty.birthday;

/** Reads and saves the store's {@link BirthdaySettings} (bean {@code evgBirthdaySettingsService}). */
public interface BirthdaySettingsService {

    /** The current settings (a detached copy; created from the defaults on first use). */
    BirthdaySettings current();

    /**
     * Validates and saves {@code candidate}.
     *
     * @throws BirthdaySettingsException with a message per bad field; nothing is saved then
     */
    BirthdaySettings save(BirthdaySettings candidate);
}
