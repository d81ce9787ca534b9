package org.evergreenloyalty.notification;

/**
 * Sends the module's e-mails (bean {@code evgLoyaltyMailer}). An e-mail is a Thymeleaf template under
 * {@code emailTemplates/evergreen/} rendered with the caller's variables plus {@code storeName},
 * {@code storeUrl}, {@code emailSubject} and {@code unsubscribeUrl} (null for e-mails without a category).
 * <p>
 * An e-mail of a category (points, birthday, ...) is addressed to a customer, carries an unsubscribe
 * link, and is not sent to a customer who unsubscribed from that category or from all.
 */
public interface LoyaltyMailer {

    /**
     * Sends {@code email} now, in the calling thread.
     *
     * @return whether it was sent, or why not
     * @throws MailDeliveryException if the mail server or the template failed
     */
    MailOutcome send(LoyaltyEmail email);
}
