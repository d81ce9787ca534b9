package org.evergreenloyalty.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.broadleafcommerce.common.util.BroadleafMergeResourceBundleMessageSource;
import org.evergreenloyalty.notification.LoyaltyEmail;
import org.evergreenloyalty.notification.LoyaltyMailer;
import org.evergreenloyalty.notification.MailDeliveryException;
import org.evergreenloyalty.notification.MailOutcome;
import org.junit.jupiter.api.Test;

/**
 * The integrity e-mail: nothing when nothing was found or no contact is set; otherwise one e-mail to the contact
 * with the counts per group and the first findings (the rest counted), in the configured language; a failing mail
 * server is recorded, not thrown.
 */
class IntegrityReportMailerTest {

    private final List<LoyaltyEmail> sent = new ArrayList<LoyaltyEmail>();
    private MailOutcome outcome = MailOutcome.SENT;
    private final LoyaltyMailer mailer = email -> {
        if (outcome == null) {
            throw new MailDeliveryException("SMTP down", null);
        }
        sent.add(email);
        return outcome;
    };

    private static BroadleafMergeResourceBundleMessageSource messages() {
        BroadleafMergeResourceBundleMessageSource source = new BroadleafMergeResourceBundleMessageSource();
        source.setBasenames("classpath:messages/evergreen-integrity");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static IntegrityReport report(int balanceFindings) {
        IntegrityReport r = new IntegrityReport(new Date(), 1000);
        r.add(IntegrityFinding.of(FindingKind.ORDER_MISSING).order(42, null, 7L).entry(-5L).points(null, 300L));
        for (int i = 0; i < balanceFindings; i++) {
            r.add(IntegrityFinding.of(FindingKind.AVAILABLE_DIFFERS).customer(100L + i).points(10L, 11L));
        }
        r.finished(new Date());
        return r;
    }

    @Test
    void nothingFoundOrNoContactSendsNothing() {
        IntegrityReport clean = new IntegrityReport(new Date(), 10);
        assertEquals(IntegrityRun.MailStatus.NOTHING_FOUND,
                new IntegrityReportMailer(mailer, messages(), "ops@example.com", "en", "Shop", 50).send(clean, 1));
        assertEquals(IntegrityRun.MailStatus.NO_CONTACT,
                new IntegrityReportMailer(mailer, messages(), " ", "en", "Shop", 50).send(report(1), 1));
        assertTrue(sent.isEmpty());
    }

    @Test
    void oneEMailListsTheCountsAndTheFirstFindings() {
        IntegrityRun.MailStatus status = new IntegrityReportMailer(mailer, messages(), "ops@example.com", "en", "Shop", 2)
                .send(report(3), 17);
        assertEquals(IntegrityRun.MailStatus.SENT, status);
        assertEquals(1, sent.size());
        LoyaltyEmail e = sent.get(0);
        assertEquals("ops@example.com", e.getTo());
        assertEquals(IntegrityReportMailer.TEMPLATE, e.getTemplate());
        assertNull(e.getCategory(), "the contact is no customer: no unsubscribe link");
        assertEquals("Shop: 4 loyalty integrity finding(s)", e.getSubject());
        assertEquals(java.util.Arrays.asList("Orders whose points discount has no matching REDEEM entry: 0",
                "REDEEM entries without an order or without a points discount: 1",
                "Accounts whose balance differs from their entries: 3"), e.getVariables().get("summary"));
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) e.getVariables().get("findings");
        assertEquals(2, lines.size());
        assertEquals("REDEEM entry -5 (customer 7, 300 points) names order 42, which does not exist.", lines.get(0));
        assertEquals("... and 2 more.", e.getVariables().get("more"));
        assertTrue(String.valueOf(e.getVariables().get("intro")).contains("run 17"));
    }

    @Test
    void theEMailCanBeGermanAndAFailingServerIsRecorded() {
        new IntegrityReportMailer(mailer, messages(), "ops@example.com", "de", "Shop", 50).send(report(0), 3);
        assertTrue(sent.get(0).getSubject().startsWith("Shop: 1 Auff\u00e4lligkeit"), sent.get(0).getSubject());
        outcome = MailOutcome.MAIL_DISABLED;
        assertEquals(IntegrityRun.MailStatus.MAIL_DISABLED,
                new IntegrityReportMailer(mailer, messages(), "ops@example.com", "en", "Shop", 50).send(report(0), 4));
        outcome = null;
        assertEquals(IntegrityRun.MailStatus.FAILED,
                new IntegrityReportMailer(mailer, messages(), "ops@example.com", "en", "Shop", 50).send(report(0), 5));
    }
}
