package org.evergreenloyalty.points;

import java.util.Date;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.notification.LoyaltyEmail;
import org.evergreenloyalty.notification.LoyaltyMailer;

/**
 * Sends the points e-mails (points available, expiring soon, tier reached), each in its own unsubscribe
 * category. A mail failure is logged and never undoes the points change that caused it.
 */
public class MailingPointsNotifier implements PointsNotifier {

    /** Unsubscribe categories. */
    public static final String CATEGORY_AVAILABLE = "points-available";
    public static final String CATEGORY_EXPIRING = "points-expiring";
    public static final String CATEGORY_TIER = "tier-reached";

    private static final Log LOG = LogFactory.getLog(MailingPointsNotifier.class);

    private final LoyaltyMailer mailer;
    private final CustomerDirectory customers;
    private final String accountUrl;

    public MailingPointsNotifier(LoyaltyMailer mailer, CustomerDirectory customers, String storeBaseUrl) {
        this.mailer = mailer;
        this.customers = customers;
        this.accountUrl = (storeBaseUrl.endsWith("/") ? storeBaseUrl.substring(0, storeBaseUrl.length() - 1) : storeBaseUrl)
                + "/account/loyalty";
    }

    @Override
    public void pointsAvailable(long customerId, long points, long newBalance) {
        send(customerId, "points-available", "Your " + points + " points are ready to use", CATEGORY_AVAILABLE,
                "points", points, "balance", newBalance, null, null);
    }

    @Override
    public void pointsExpiring(long customerId, long points, Date expiresAt) {
        send(customerId, "points-expiring", points + " of your points expire soon", CATEGORY_EXPIRING,
                "points", points, "expiresAt", expiresAt, null, null);
    }

    @Override
    public void tierReached(long customerId, LoyaltyTier tier) {
        send(customerId, "tier-reached", "Welcome to " + tier.getName() + "!", CATEGORY_TIER,
                "tierName", tier.getName(), "benefit", tier.getBenefit(), "multiplier", tier.getMultiplier());
    }

    private void send(long customerId, String template, String subject, String category,
                      String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        CustomerContact c = customers.contact(customerId);
        if (c == null || c.getEmail() == null) {
            return;
        }
        LoyaltyEmail.Builder b = LoyaltyEmail.template(template).to(c.getEmail()).subject(subject)
                .variable("name", c.getGreetingName()).variable("accountUrl", accountUrl)
                .variable(k1, v1).variable(k2, v2).unsubscribable(customerId, category);
        if (k3 != null) {
            b.variable(k3, v3);
        }
        try {
            mailer.send(b.build());
        } catch (RuntimeException e) {
            LOG.warn("Could not send '" + template + "' to customer " + customerId + ": " + e.getMessage());
        }
    }
}
