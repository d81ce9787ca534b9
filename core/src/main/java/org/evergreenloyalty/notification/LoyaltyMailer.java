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

    /**
     * Sends several e-mails now, in the calling thread, over one connection to the mail server where the transport
     * can; returns per e-mail, in order, its outcome or its failure. Never throws for one e-mail's failure. This default
     * sends them one by one.
     */
    default java.util.List<Result> sendAll(java.util.List<LoyaltyEmail> emails) {
        java.util.List<Result> results = new java.util.ArrayList<Result>();
        for (LoyaltyEmail e : emails) {
            try {
                results.add(new Result(send(e), null));
            } catch (RuntimeException failure) {
                results.add(new Result(null, failure));
            }
        }
        return results;
    }

    /** How one e-mail of {@link #sendAll} ended: an outcome, or the failure (then the outcome is null). */
    final class Result {
        private final MailOutcome outcome;
        private final RuntimeException failure;

        public Result(MailOutcome outcome, RuntimeException failure) {
            this.outcome = outcome;
            this.failure = failure;
        }

        public MailOutcome getOutcome() { return outcome; }
        public RuntimeException getFailure() { return failure; }
    }
}
