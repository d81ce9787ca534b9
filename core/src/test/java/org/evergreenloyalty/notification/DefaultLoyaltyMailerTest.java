package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The mailer's rules without a mail server: switched off, the standard variables, the unsubscribe link. */
class DefaultLoyaltyMailerTest {

    private final List<Map<String, Object>> sent = new ArrayList<Map<String, Object>>();
    private final List<String> templates = new ArrayList<String>();
    private final HmacUnsubscribeTokenService tokens = new HmacUnsubscribeTokenService(new SigningSecret() {
        @Override
        public byte[] get() {
            return "secret-for-mailer-tests".getBytes(StandardCharsets.UTF_8);
        }
    });

    @Test
    void switchedOffMailSendsNothing() {
        DefaultLoyaltyMailer mailer = mailer(false);
        assertEquals(MailOutcome.MAIL_DISABLED, mailer.send(email().unsubscribable(7, "points").build()));
        assertTrue(sent.isEmpty());
    }

    @Test
    void everyEmailGetsTheStoreAndCategoryEmailsASignedUnsubscribeLink() {
        DefaultLoyaltyMailer mailer = mailer(true);
        assertEquals(MailOutcome.SENT, mailer.send(email().unsubscribable(7, "points").build()));
        assertEquals(MailOutcome.SENT, mailer.send(email().build()));

        assertEquals("evergreen/test-message", templates.get(0));
        Map<String, Object> withCategory = sent.get(0);
        assertEquals("Green Shop", withCategory.get("storeName"));
        assertEquals("https://shop.example", withCategory.get("storeUrl"));
        assertEquals("Hi", withCategory.get("emailSubject"));
        assertEquals("Ann", withCategory.get("name"));
        String url = (String) withCategory.get("unsubscribeUrl");
        assertTrue(url.startsWith("https://shop.example/loyalty/unsubscribe?token="), url);
        UnsubscribeRequest request = tokens.verify(url.substring(url.indexOf("token=") + 6));
        assertEquals(7, request.getCustomerId());
        assertEquals("points", request.getCategory());

        assertNull(sent.get(1).get("unsubscribeUrl"), "no link without a category");
    }

    @Test
    void subjectKeyIsResolvedInTheLanguageOfTheEmailElseTheStoreDefault() {
        MailSubject subject = MailSubject.key("evergreen.mail.points-available.subject", 120);
        mailer(true).send(email().subject(subject).locale("de-DE").build());
        mailer(true).send(email().subject(subject).build());
        assertEquals("Ihre 120 Punkte sind einl\u00f6sbar", sent.get(0).get("emailSubject"));
        assertEquals("Your 120 points are ready to use", sent.get(1).get("emailSubject"));
    }

    @Test
    void badLanguageTagIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> email().locale("not a tag!").build());
        assertTrue(e.getMessage().contains("is not a language tag"), e.getMessage());
    }

    @Test
    void customerWithoutCategoryIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> email().unsubscribable(7, null).build());
        assertTrue(e.getMessage().contains("needs a category"), e.getMessage());
    }

    private LoyaltyEmail.Builder email() {
        return LoyaltyEmail.template("test-message").to("ann@example.org").subject("Hi").variable("name", "Ann");
    }

    private DefaultLoyaltyMailer mailer(boolean enabled) {
        MailSettings settings = new MailSettings(enabled, "localhost", 25, false, "rewards@shop.example", "Green Shop Rewards",
                "Green Shop", "https://shop.example/", "/loyalty/unsubscribe");
        EmailPreferenceService everyoneSubscribed = new EmailPreferenceService() {
            @Override public boolean isSubscribed(long customerId, String category) { return true; }
            @Override public void unsubscribe(long customerId, String category) { throw new UnsupportedOperationException(); }
            @Override public void resubscribe(long customerId, String category) { throw new UnsupportedOperationException(); }
            @Override public UnsubscribeRequest unsubscribe(String token) { throw new UnsupportedOperationException(); }
        };
        MailTransport recording = new MailTransport() {
            @Override
            public void send(String templatePath, String to, String from, String subject, Map<String, Object> variables) {
                assertEquals("\"Green Shop Rewards\" <rewards@shop.example>", from);
                templates.add(templatePath);
                sent.add(new HashMap<String, Object>(variables));
            }
        };
        org.springframework.context.support.ResourceBundleMessageSource messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasenames("messages/evergreen-mail");
        return new DefaultLoyaltyMailer(settings, everyoneSubscribed, tokens, recording, new MailTexts(messages, "en"));
    }
}
