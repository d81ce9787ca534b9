package org.evergreenloyalty.review;

/** Reads and saves the store's {@link ReviewSettings} (bean {@code evgReviewSettingsService}). */
public interface ReviewSettingsService {

    /** The current settings (a detached copy; created from the {@code evergreen.review.*} properties on first use). */
    ReviewSettings current();

    /**
     * Validates and saves {@code candidate}.
     *
     * @throws ReviewSettingsException with a message per bad field; nothing is saved then
     */
    ReviewSettings save(ReviewSettings candidate);
}
