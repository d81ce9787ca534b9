package org.evergreenloyalty.points;

import java.util.Date;

/** Tells a customer about their points (e-mail in the module; a no-op where mail is off). */
public interface PointsNotifier {

    /** Pending points of an order became available. */
    void pointsAvailable(long customerId, long points, long newBalance);

    /** Points will expire soon. */
    void pointsExpiring(long customerId, long points, Date expiresAt);

    /** The customer reached a higher tier. */
    void tierReached(long customerId, LoyaltyTier tier);
}
