package org.evergreenloyalty.notification;

/**
 * Customers' e-mail choices per category (bean {@code evgEmailPreferences}). Every customer is subscribed
 * to every category until they unsubscribe, from one category or from {@link #ALL}.
 */
public interface EmailPreferenceService {

    /** The category that stands for every category. */
    String ALL = "all";

    /** Whether {@code customerId} still accepts e-mail of {@code category} (not unsubscribed from it nor from all). */
    boolean isSubscribed(long customerId, String category);

    /**
     * Those of {@code customerIds} who do not accept e-mail of {@code category} (a page of the outbox: one query in
     * the default service; this default asks {@link #isSubscribed} for each).
     */
    default java.util.Set<Long> unsubscribed(java.util.Collection<Long> customerIds, String category) {
        java.util.Set<Long> out = new java.util.HashSet<Long>();
        for (Long id : customerIds) {
            if (!isSubscribed(id, category)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Records that {@code customerId} wants no more e-mail of {@code category}. */
    void unsubscribe(long customerId, String category);

    /** Records that {@code customerId} accepts e-mail of {@code category} again. */
    void resubscribe(long customerId, String category);

    /**
     * Carries out the request of an unsubscribe link's token.
     *
     * @return the request carried out
     * @throws InvalidUnsubscribeTokenException if the token is not valid; then nothing changes
     */
    UnsubscribeRequest unsubscribe(String token);
}
