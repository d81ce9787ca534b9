package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evergreenloyalty.notification.MailKind;
import org.evergreenloyalty.notification.MailMoney;
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
    private PointsSettingsService settings;
    private String currencyCode = "USD";

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
        Map<String, Object> v = vars("points", points, "expiresAt", expiresAt);
        v.put("worth", worth(points));
        queue(customerId, "points-expiring", MailSubject.key("evergreen.mail.points-expiring.subject", points), CATEGORY_EXPIRING,
                MailOutbox.PRIORITY_HIGH, v);
    }

    /** What {@code points} take off an order at checkout, in the store's currency; null when unknown. */
    private MailMoney worth(long points) {
        int perUnit = settings == null ? 0 : settings.current().getRedeemPointsPerCurrencyUnit();
        return perUnit <= 0 ? null : new MailMoney(BigDecimal.valueOf(points).divide(BigDecimal.valueOf(perUnit), 2, RoundingMode.DOWN),
                currencyCode);
    }

    /** The points settings (redemption rate), so the expiry warning names what the points would buy. */
    public void setSettings(PointsSettingsService settings) {
        this.settings = settings;
    }

    /** The store's currency (ISO code) amounts in the points e-mails are shown in. */
    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = new MailMoney(BigDecimal.ZERO, currencyCode).getCurrencyCode();
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
