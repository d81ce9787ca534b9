package org.evergreenloyalty.notification;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The mailer's rules: nothing goes out when e-mail is off or the customer unsubscribed from the
 * category; every e-mail gets the store's name and address, and an e-mail with a category a signed
 * unsubscribe link; it goes out in its language ({@link MailTexts}: the e-mail's, else the store's default), with the
 * subject in that language. Rendering and sending is the {@link MailTransport}'s job.
 */
public class DefaultLoyaltyMailer implements LoyaltyMailer {

    /** The folder of the module's templates, below the e-mail template root. */
    public static final String TEMPLATE_FOLDER = "evergreen/";

    private static final Log LOG = LogFactory.getLog(DefaultLoyaltyMailer.class);

    private final MailSettings settings;
    private final EmailPreferenceService preferences;
    private final UnsubscribeTokenService tokens;
    private final MailTransport transport;
    private final MailTexts texts;

    public DefaultLoyaltyMailer(MailSettings settings, EmailPreferenceService preferences, UnsubscribeTokenService tokens,
                                MailTransport transport, MailTexts texts) {
        this.settings = settings;
        this.preferences = preferences;
        this.tokens = tokens;
        this.transport = transport;
        this.texts = texts;
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
        transport.send(message(email, unsubscribeUrl));
        if (LOG.isDebugEnabled()) {
            LOG.debug("Sent " + email);
        }
        return MailOutcome.SENT;
    }

    /**
     * The page's subscriptions are read with one query per category, every e-mail is rendered, then the transport
     * sends them together (one connection).
     */
    @Override
    public List<Result> sendAll(List<LoyaltyEmail> emails) {
        Result[] results = new Result[emails.size()];
        if (!settings.isEnabled()) {
            LOG.info("E-mail is off (evergreen.mail.enabled=false); not sending " + emails.size() + " e-mails");
            Arrays.fill(results, new Result(MailOutcome.MAIL_DISABLED, null));
            return Arrays.asList(results);
        }
        Map<String, Set<Long>> unsubscribed = unsubscribed(emails);
        List<MailTransport.Message> messages = new ArrayList<MailTransport.Message>();
        List<Integer> positions = new ArrayList<Integer>();
        for (int i = 0; i < emails.size(); i++) {
            LoyaltyEmail email = emails.get(i);
            if (email.getCategory() != null && unsubscribed.get(email.getCategory()).contains(email.getCustomerId())) {
                results[i] = new Result(MailOutcome.UNSUBSCRIBED, null);
                continue;
            }
            try {
                messages.add(message(email, email.getCategory() == null ? null : unsubscribeUrl(email.getCustomerId(), email.getCategory())));
                positions.add(i);
            } catch (RuntimeException e) {
                results[i] = new Result(null, e);
            }
        }
        List<RuntimeException> failures = messages.isEmpty() ? new ArrayList<RuntimeException>() : transport.sendAll(messages);
        for (int k = 0; k < positions.size(); k++) {
            RuntimeException failure = failures.get(k);
            results[positions.get(k)] = failure == null ? new Result(MailOutcome.SENT, null) : new Result(null, failure);
        }
        return Arrays.asList(results);
    }

    /** Per category among {@code emails}: the customers who unsubscribed from it. */
    private Map<String, Set<Long>> unsubscribed(List<LoyaltyEmail> emails) {
        Map<String, Set<Long>> customers = new HashMap<String, Set<Long>>();
        for (LoyaltyEmail e : emails) {
            if (e.getCategory() != null) {
                customers.computeIfAbsent(e.getCategory(), k -> new HashSet<Long>()).add(e.getCustomerId());
            }
        }
        Map<String, Set<Long>> out = new HashMap<String, Set<Long>>();
        customers.forEach((category, ids) -> out.put(category, preferences.unsubscribed(ids, category)));
        return out;
    }

    private MailTransport.Message message(LoyaltyEmail email, String unsubscribeUrl) {
        Locale locale = texts.locale(email.getLocale());
        String subject = texts.subject(email.getMailSubject(), locale);
        Map<String, Object> variables = new HashMap<String, Object>(email.getVariables());
        variables.replaceAll((name, value) -> value instanceof MailMoney ? ((MailMoney) value).format(locale) : value);
        variables.put("storeName", settings.getStoreName());
        variables.put("storeUrl", settings.getStoreBaseUrl());
        variables.put("emailSubject", subject);
        variables.put("unsubscribeUrl", unsubscribeUrl);
        return new MailTransport.Message(TEMPLATE_FOLDER + email.getTemplate(), email.getTo(), settings.getFrom(), subject, variables, locale);
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
