package org.evergreenloyalty.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.notification.LoyaltyEmail;
import org.evergreenloyalty.notification.LoyaltyMailer;
import org.evergreenloyalty.notification.MailDeliveryException;
import org.evergreenloyalty.notification.MailOutcome;
import org.springframework.context.MessageSource;

/**
 * E-mails one run's findings to the store's loyalty contact ({@code evergreen.integrity.contactEmail}): one e-mail
 * per run, only when something was found, with the counts per group and the first findings, in the language of
 * {@code evergreen.integrity.mailLocale} (texts from {@code messages/evergreen-integrity*.properties}).
 */
public class IntegrityReportMailer {

    /** The e-mail's template below {@code emailTemplates/evergreen/}. */
    public static final String TEMPLATE = "integrity-report";

    private static final Log LOG = LogFactory.getLog(IntegrityReportMailer.class);

    private final LoyaltyMailer mailer;
    private final IntegrityTexts texts;
    private final String contactEmail;
    private final Locale locale;
    private final String storeName;
    private final int listed;

    /**
     * @param contactEmail the loyalty contact's address; blank: no e-mail
     * @param locale       language tag of the e-mail, e.g. {@code en} or {@code de}
     * @param listed       findings listed in the e-mail (the rest are counted)
     */
    public IntegrityReportMailer(LoyaltyMailer mailer, MessageSource messages, String contactEmail, String locale,
                                 String storeName, int listed) {
        this.mailer = mailer;
        this.texts = new IntegrityTexts(messages);
        this.contactEmail = contactEmail == null ? "" : contactEmail.trim();
        this.locale = Locale.forLanguageTag(locale == null || locale.trim().isEmpty() ? "en" : locale.trim());
        this.storeName = storeName;
        this.listed = listed;
    }

    /** The address findings go to, or an empty string when none is configured. */
    public String getContactEmail() {
        return contactEmail;
    }

    /** Sends the e-mail of {@code report} (stored as run {@code runId}) if it found anything and a contact is set. */
    public IntegrityRun.MailStatus send(IntegrityReport report, long runId) {
        if (report.total() == 0) {
            return IntegrityRun.MailStatus.NOTHING_FOUND;
        }
        if (contactEmail.isEmpty()) {
            LOG.warn("Integrity findings of run " + runId + " are not e-mailed: evergreen.integrity.contactEmail is not set");
            return IntegrityRun.MailStatus.NO_CONTACT;
        }
        List<String> summary = new ArrayList<String>();
        summary.add(texts.text(locale, "evergreen.integrity.mail.orders", report.count(FindingGroup.ORDER_DISCOUNT)));
        summary.add(texts.text(locale, "evergreen.integrity.mail.redeems", report.count(FindingGroup.ORPHAN_REDEEM)));
        summary.add(texts.text(locale, "evergreen.integrity.mail.balances", report.count(FindingGroup.ACCOUNT_BALANCE)));
        List<String> lines = new ArrayList<String>();
        for (IntegrityFinding f : report.getFindings()) {
            if (lines.size() >= listed) {
                break;
            }
            lines.add(texts.finding(locale, f));
        }
        long more = report.total() - lines.size();
        try {
            MailOutcome outcome = mailer.send(LoyaltyEmail.template(TEMPLATE)
                    .to(contactEmail)
                    .subject(texts.text(locale, "evergreen.integrity.mail.subject", storeName, report.total()))
                    .variable("heading", texts.text(locale, "evergreen.integrity.mail.heading"))
                    .variable("intro", texts.text(locale, "evergreen.integrity.mail.intro", report.total(), runId))
                    .variable("summary", summary)
                    .variable("findings", lines)
                    .variable("more", more > 0 ? texts.text(locale, "evergreen.integrity.mail.more", more) : null)
                    .variable("outro", texts.text(locale, "evergreen.integrity.mail.outro"))
                    .build());
            return outcome == MailOutcome.SENT ? IntegrityRun.MailStatus.SENT : IntegrityRun.MailStatus.MAIL_DISABLED;
        } catch (MailDeliveryException | IllegalArgumentException e) {
            LOG.error("Could not e-mail the integrity findings of run " + runId + " to " + contactEmail + ": " + e.getMessage(), e);
            return IntegrityRun.MailStatus.FAILED;
        }
    }
}
