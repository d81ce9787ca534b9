package org.evergreenloyalty.notification;

/** What a valid unsubscribe token asks for: customer {@code customerId} wants no more e-mail of {@code category}. */
public final class UnsubscribeRequest {

    private final long customerId;
    private final String category;

    public UnsubscribeRequest(long customerId, String category) {
        this.customerId = customerId;
        this.category = category;
    }

    public long getCustomerId() { return customerId; }
    public String getCategory() { return category; }

    @Override
    public String toString() {
        return "unsubscribe customer " + customerId + " from " + category;
    }
}
