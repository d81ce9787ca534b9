package org.evergreenloyalty.reward;

/** Reads and saves the store's {@link RewardSettings} (Loyalty &gt; Rewards). */
public interface RewardSettingsService {

    /** The current settings (a detached copy; created from the properties on first use). */
    RewardSettings current();

    /**
     * Validates and saves {@code candidate}.
     *
     * @throws RewardException naming the first invalid value; nothing is saved then
     */
    RewardSettings save(RewardSettings candidate);
}
