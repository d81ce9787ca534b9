package org.evergreenloyalty.order;

import java.util.Date;
import java.util.List;

/**
 * Finds placed orders whose loyalty processing was lost (the store died between submitting the order and
 * the module's bookings) and processes them through the same listeners, exactly once (bean
 * {@code evgOrderRecoveryService}; job {@code order-recovery}, also run at start-up).
 */
public interface OrderRecoveryService {

    /** Processes every submitted order since the installation that has no processed record; returns how many. */
    int sweep();

    /** Since when the module sees the store's orders: recorded at the first start (or the first processed order). */
    Date installedAt();

    /** The orders the sweep booked, newest first, at most {@code max}, with the points booked for each. */
    List<RecoveredOrder> recoveredOrders(int max);
}
