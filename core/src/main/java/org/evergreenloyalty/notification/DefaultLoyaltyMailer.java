package org.evergreenloyalty.notification;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The mailer's rules: nothing goes out when e-mail is off or the customer unsubscribed from the
 * category; every e-mail gets the store's name and address, and an e-mail with a category a signed
 * unsubscribe link. Rendering and sending is the {@link MailTransport}'s job.
 */
public class DefaultLoyaltyMailer implements LoyaltyMailer {

    /** The folder of the module's templates, below the e-mail template root. */
    public static final String TEMPLATE_FOLDER = "evergreen/";

    private static final Log LOG = LogFactory.getLog(DefaultLoyaltyMailer.class);

    private final MailSettings settings;
    private final EmailPreferenceService preferences;
    private final UnsubscribeTokenService tokens;
    private final MailTransport transport;

    public DefaultLoyaltyMailer(MailSettings settings, EmailPreferenceService preferences, UnsubscribeTokenService tokens,
                                MailTransport transport) {
        this.settings = settings;
        this.preferences = preferences;
        this.tokens = tokens;
        this.transport = transport;
    }

    @Override
    public MailOutcome send(LoyaltyEmail email) {
        if (!settings.isEnabled()) {
            LOG.info("E-mail is off (evergreen.mail.enabled=false); not sending " + email);
            return MailOutcome.MAIL_DISABLED;
        }
        String unsubscribeUrl = null;
        if (email.getCategory() != null) {
            long customerId = email.getCustomerId();
            if (!preferences.isSubscribed(customerId, email.getCategory())) {
                LOG.info("Customer " + customerId + " unsubscribed from '" + email.getCategory() + "'; not sending " + email);
                return MailOutcome.UNSUBSCRIBED;
            }
            unsubscribeUrl = unsubscribeUrl(customerId, email.getCategory());
        }
        Map<String, Object> variables = new HashMap<String, Object>(email.getVariables());
        variables.put("storeName", settings.getStoreName());
        variables.put("storeUrl", settings.getStoreBaseUrl());
        variables.put("emailSubject", email.getSubject());
        variables.put("unsubscribeUrl", unsubscribeUrl);
        transport.send(TEMPLATE_FOLDER + email.getTemplate(), email.getTo(), settings.getFrom(), email.getSubject(), variables);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Sent " + email);
        }
        return MailOutcome.SENT;
    }

    /** The link that unsubscribes {@code customerId} from {@code category}. */
    public String unsubscribeUrl(long customerId, String category) {
        try {
            return settings.getUnsubscribeUrl() + "?token=" + URLEncoder.encode(tokens.createToken(customerId, category), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
