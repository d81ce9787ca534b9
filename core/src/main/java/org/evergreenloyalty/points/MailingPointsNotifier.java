package org.evergreenloyalty.points;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evergreenloyalty.notification.MailKind;
import org.evergreenloyalty.notification.MailOutbox;
import org.evergreenloyalty.notification.MailSubject;

/**
 * Queues the points e-mails (points available, expiring soon, tier reached) in the {@link MailOutbox}, each in
 * its own unsubscribe category, in the transaction of the points change: nothing is looked up here (the
 * customer's address and language are read when the e-mail is sent, and its subject is a message key resolved in that
 * language), and a mail failure never undoes the points change.
 */
public class MailingPointsNotifier implements PointsNotifier {

    /** Unsubscribe categories. */
    public static final String CATEGORY_AVAILABLE = "points-available";
    public static final String CATEGORY_EXPIRING = "points-expiring";
    public static final String CATEGORY_TIER = "tier-reached";

    private final MailOutbox outbox;
    private final String accountUrl;

    public MailingPointsNotifier(MailOutbox outbox, String storeBaseUrl) {
        this.outbox = outbox;
        this.accountUrl = (storeBaseUrl.endsWith("/") ? storeBaseUrl.substring(0, storeBaseUrl.length() - 1) : storeBaseUrl)
                + "/account/loyalty";
    }

    @Override
    public void pointsAvailable(long customerId, long points, long newBalance) {
        queue(customerId, "points-available", MailSubject.key("evergreen.mail.points-available.subject", points), CATEGORY_AVAILABLE,
                MailOutbox.PRIORITY_NORMAL, vars("points", points, "balance", newBalance));
    }

    @Override
    public void pointsExpiring(long customerId, long points, Date expiresAt) {
        queue(customerId, "points-expiring", MailSubject.key("evergreen.mail.points-expiring.subject", points), CATEGORY_EXPIRING,
                MailOutbox.PRIORITY_HIGH, vars("points", points, "expiresAt", expiresAt));
    }

    @Override
    public void tierReached(long customerId, LoyaltyTier tier) {
        Map<String, Object> v = vars("tierName", tier.getName(), "benefit", tier.getBenefit());
        v.put("multiplier", tier.getMultiplier());
        queue(customerId, "tier-reached", MailSubject.key("evergreen.mail.tier-reached.subject", tier.getName()), CATEGORY_TIER, MailOutbox.PRIORITY_NORMAL, v);
    }

    private Map<String, Object> vars(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> v = new LinkedHashMap<String, Object>();
        v.put("accountUrl", accountUrl);
        v.put(k1, v1);
        v.put(k2, v2);
        return v;
    }

    private void queue(long customerId, String template, MailSubject subject, String category, int priority, Map<String, Object> v) {
        outbox.enqueueToCustomer(customerId, template, subject, category, v, MailKind.MARKETING, priority);
    }
}
