package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** An order's review request as the engine keeps it: status, dates, products asked about, satisfaction answer. */
public final class ReviewRequestView {

    private final long orderId;
    private final long customerId;
    private final String orderNumber;
    private final RequestStatus status;
    private final SkipReason skipReason;
    private final Date submittedAt;
    private final Date fulfilledAt;
    private final Date requestSentAt;
    private final Date reminderSentAt;
    private final SkipReason reminderSkipReason;
    private final List<Long> requestedProductIds;
    private final Integer satisfactionScore;

    public ReviewRequestView(long orderId, long customerId, String orderNumber, RequestStatus status, SkipReason skipReason,
                             Date submittedAt, Date fulfilledAt, Date requestSentAt, Date reminderSentAt,
                             SkipReason reminderSkipReason, List<Long> requestedProductIds, Integer satisfactionScore) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.orderNumber = orderNumber;
        this.status = status;
        this.skipReason = skipReason;
        this.submittedAt = copy(submittedAt);
        this.fulfilledAt = copy(fulfilledAt);
        this.requestSentAt = copy(requestSentAt);
        this.reminderSentAt = copy(reminderSentAt);
        this.reminderSkipReason = reminderSkipReason;
        this.requestedProductIds = Collections.unmodifiableList(new ArrayList<Long>(requestedProductIds));
        this.satisfactionScore = satisfactionScore;
    }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }

    public long getOrderId() { return orderId; }
    public long getCustomerId() { return customerId; }
    public String getOrderNumber() { return orderNumber; }
    public RequestStatus getStatus() { return status; }
    /** Why it was skipped, or null. */
    public SkipReason getSkipReason() { return skipReason; }
    public Date getSubmittedAt() { return copy(submittedAt); }
    /** When the job first saw the order fulfilled (fulfilment trigger), or null. */
    public Date getFulfilledAt() { return copy(fulfilledAt); }
    public Date getRequestSentAt() { return copy(requestSentAt); }
    public Date getReminderSentAt() { return copy(reminderSentAt); }
    /** Why no reminder was sent, or null. */
    public SkipReason getReminderSkipReason() { return reminderSkipReason; }
    /** The products listed in the request e-mail. */
    public List<Long> getRequestedProductIds() { return requestedProductIds; }
    /** The satisfaction answer (0-10), or null. */
    public Integer getSatisfactionScore() { return satisfactionScore; }
}
