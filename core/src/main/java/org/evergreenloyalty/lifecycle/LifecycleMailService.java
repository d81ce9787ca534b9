package org.evergreenloyalty.lifecycle;

import java.util.List;

/**
 * The lifecycle e-mails (bean {@code evgLifecycleMailService}): the welcome after sign-up and the win-back after a
 * lapse, each decided once per customer (and lapse) and queued in the mail outbox in the customer's language.
 */
public interface LifecycleMailService {

    /** Queues the welcome e-mail of a new member in the caller's transaction; false when off or already decided. */
    boolean welcome(long customerId);

    /** Queues a win-back e-mail (with its bonus) for every lapsed customer not yet won back for this lapse; how many. */
    int sendWinBacks();

    /**
     * Grants the anniversary bonus and queues its e-mail for every member whose account opened on today's month and
     * day (or a day of the catch-up window) in an earlier year, once per customer and year; how many.
     */
    int sendAnniversaries();

    /** The lifecycle e-mails decided for {@code customerId}, oldest first. */
    List<LifecycleMail> ofCustomer(long customerId);
}
