package org.evergreenloyalty.notification;

import java.util.Date;

/**
 * Where revoked unsubscribe links are recorded (bean {@code evgUnsubscribeRevocations}): per customer, the moment
 * before which every unsubscribe link issued to that customer is void.
 */
public interface UnsubscribeRevocations {

    /** Since when the customer's older links are void, or null when none was revoked. */
    Date revokedAt(long customerId);

    /** Voids every unsubscribe link issued to the customer up to {@code at}. */
    void revoke(long customerId, Date at);

    /** No revocations (tests, stores that do not use them). */
    UnsubscribeRevocations NONE = new UnsubscribeRevocations() {
        @Override
        public Date revokedAt(long customerId) {
            return null;
        }

        @Override
        public void revoke(long customerId, Date at) {
            throw new UnsupportedOperationException("no revocation store configured");
        }
    };
}
