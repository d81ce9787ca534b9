package org.evergreenloyalty.insights;

/** Reads and saves the store's {@link InsightsSettings}. */
public interface InsightsSettingsService {

    /** The current settings (a detached copy; created from the defaults on first use). */
    InsightsSettings current();

    /**
     * Validates and saves {@code candidate}.
     *
     * @throws InsightsException naming the first invalid value; nothing is saved then
     */
    InsightsSettings save(InsightsSettings candidate);
}
