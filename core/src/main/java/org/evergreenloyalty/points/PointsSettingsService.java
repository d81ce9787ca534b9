package org.evergreenloyalty.points;

/** Reads and saves the store's {@link PointsSettings}. */
public interface PointsSettingsService {

    /** The current settings (a detached copy; created from the defaults on first use). */
    PointsSettings current();

    /**
     * Validates and saves {@code candidate}.
     *
     * @throws SettingsValidationException with a message per bad field; nothing is saved then
     */
    PointsSettings save(PointsSettings candidate);
}
