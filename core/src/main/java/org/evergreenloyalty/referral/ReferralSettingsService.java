package org.evergreenloyalty.referral;

/** Reads and saves the store's {@link ReferralSettings} (for the engine and the admin settings page). */
public interface ReferralSettingsService {

    /** The current settings (a detached copy; created from the {@code evergreen.referral.*} defaults on first use). */
    ReferralSettings current();

    /**
     * Validates and saves {@code candidate}.
     *
     * @throws InvalidReferralSettingsException with a message per bad field; nothing is saved then
     */
    ReferralSettings save(ReferralSettings candidate);
}
