package org.evergreenloyalty.review;

/**
 * Review requests (bean {@code evgReviewRequestService}): every submitted order is recorded; the job
 * {@code review-requests} sends each due request once (a database key per order and e-mail kind decides who
 * sends, so reruns and several nodes never send twice), one reminder later if nothing was reviewed, and skips
 * cancelled orders, returned items, unsubscribed customers and products asked about recently, within the
 * per-customer e-mail cap.
 */
public interface ReviewRequestService {

    /** Does all work due now: fulfilment checks, requests, reminders, retries of failed e-mails. */
    ReviewRunReport runDue();

    /** Tries to send {@code orderId}'s request now if it is due (what the job does per order). */
    RequestOutcome sendRequestIfDue(long orderId);

    /** Tries to send {@code orderId}'s reminder now if it is due. */
    RequestOutcome sendReminderIfDue(long orderId);

    /** The order's request, or null when the order was never recorded (placed before the module was installed). */
    ReviewRequestView request(long orderId);
}
