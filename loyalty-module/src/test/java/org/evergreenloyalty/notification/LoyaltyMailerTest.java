package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.Resource;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;

/**
 * E-mail through Broadleaf's e-mail service to a real SMTP server (GreenMail): rendering, the unsubscribe
 * link and what an unsubscribed customer gets.
 */
@BroadleafIntegrationTest
class LoyaltyMailerTest {

    private static final AtomicLong CUSTOMER = new AtomicLong(710000);
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("href=\"([^\"]*/loyalty/unsubscribe\\?token=([^\"]+))\"");
    private static final long WAIT_MS = 10000;

    @Resource(name = "evgLoyaltyMailer")
    LoyaltyMailer mailer;

    @Resource(name = "evgEmailPreferences")
    EmailPreferenceService preferences;

    @Resource(name = "evgMailSettings")
    MailSettings settings;

    @Test
    void sendsTheTemplateWithItsVariablesAndAWorkingUnsubscribeLink() throws Exception {
        long customer = CUSTOMER.incrementAndGet();
        String to = "ann." + customer + "@example.org";

        MailOutcome outcome = mailer.send(LoyaltyEmail.template("test-message").to(to).subject("Your test message")
                .variable("name", "Ann Example").variable("message", "Points balance: 1234")
                .unsubscribable(customer, "test").build());

        assertEquals(MailOutcome.SENT, outcome);
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(to, 1, WAIT_MS);
        assertEquals(1, received.size(), "one message for " + to);
        MimeMessage message = received.get(0);
        assertEquals(to, ((InternetAddress) message.getAllRecipients()[0]).getAddress());
        assertEquals("Your test message", message.getSubject());
        assertEquals(settings.getFromAddress(), ((InternetAddress) message.getFrom()[0]).getAddress());
        String body = body(message);
        assertTrue(body.contains("Hello Ann Example,"), body);
        assertTrue(body.contains("Points balance: 1234"), body);
        assertTrue(body.contains(settings.getStoreName()), "store name in the layout");

        Matcher link = UNSUBSCRIBE_LINK.matcher(body);
        assertTrue(link.find(), "unsubscribe link in " + body);
        assertTrue(link.group(1).startsWith(settings.getUnsubscribeUrl() + "?token="), link.group(1));
        String token = URLDecoder.decode(link.group(2), "UTF-8");

        assertTrue(preferences.isSubscribed(customer, "test"));
        UnsubscribeRequest done = preferences.unsubscribe(token);
        assertEquals(customer, done.getCustomerId());
        assertEquals("test", done.getCategory());
        assertFalse(preferences.isSubscribed(customer, "test"), "the link unsubscribed the customer");
        assertTrue(preferences.isSubscribed(customer, "other"), "other categories untouched");
    }

    @Test
    void unsubscribedCustomerGetsNothing() {
        long customer = CUSTOMER.incrementAndGet();
        String to = "bob." + customer + "@example.org";
        preferences.unsubscribe(customer, "test");

        MailOutcome outcome = mailer.send(message(to).unsubscribable(customer, "test").build());
        assertEquals(MailOutcome.UNSUBSCRIBED, outcome);

        // a later e-mail to someone else arrives, so the first one would have arrived before it
        String control = "control." + customer + "@example.org";
        assertEquals(MailOutcome.SENT, mailer.send(message(control).build()));
        assertEquals(1, TestMailServer.awaitMessagesTo(control, 1, WAIT_MS).size());
        assertEquals(0, TestMailServer.messagesTo(to).size(), "nothing sent to the unsubscribed customer");
    }

    @Test
    void unsubscribingFromAllStopsEveryCategoryAndResubscribingRestores() {
        long customer = CUSTOMER.incrementAndGet();
        String to = "cat." + customer + "@example.org";
        preferences.unsubscribe(customer, EmailPreferenceService.ALL);
        assertEquals(MailOutcome.UNSUBSCRIBED, mailer.send(message(to).unsubscribable(customer, "points").build()));
        assertEquals(MailOutcome.UNSUBSCRIBED, mailer.send(message(to).unsubscribable(customer, "birthday").build()));

        preferences.resubscribe(customer, EmailPreferenceService.ALL);
        assertEquals(MailOutcome.SENT, mailer.send(message(to).unsubscribable(customer, "points").build()));
        assertEquals(1, TestMailServer.awaitMessagesTo(to, 1, WAIT_MS).size());
    }

    @Test
    void tamperedTokenIsRejectedAndChangesNothing() {
        long customer = CUSTOMER.incrementAndGet();
        long other = CUSTOMER.incrementAndGet();
        String token = tokenFromMail(customer);
        String[] parts = token.split("\\.");
        assertEquals(4, parts.length, "customer.category.issued.signature: " + token);

        String otherCustomer = other + "." + parts[1] + "." + parts[2] + "." + parts[3];
        String otherCategory = parts[0] + ".all." + parts[2] + "." + parts[3];
        String otherIssueTime = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + parts[3];
        char last = parts[3].charAt(parts[3].length() - 1);
        String otherSignature = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3].substring(0, parts[3].length() - 1)
                + (last == 'A' ? 'B' : 'A');

        for (String forged : new String[] {otherCustomer, otherCategory, otherIssueTime, otherSignature}) {
            InvalidUnsubscribeTokenException e = assertThrows(InvalidUnsubscribeTokenException.class,
                    () -> preferences.unsubscribe(forged));
            assertTrue(e.getMessage().contains("signature does not match"), e.getMessage());
        }
        InvalidUnsubscribeTokenException cut = assertThrows(InvalidUnsubscribeTokenException.class,
                () -> preferences.unsubscribe(token.substring(0, token.length() - 5)));
        assertTrue(cut.getMessage().contains("malformed"), cut.getMessage());
        InvalidUnsubscribeTokenException empty = assertThrows(InvalidUnsubscribeTokenException.class,
                () -> preferences.unsubscribe(" "));
        assertTrue(empty.getMessage().contains("no token"), empty.getMessage());

        assertTrue(preferences.isSubscribed(customer, "test"), "customer still subscribed");
        assertTrue(preferences.isSubscribed(customer, EmailPreferenceService.ALL));
        assertTrue(preferences.isSubscribed(other, "test"), "the other customer still subscribed");
    }

    @Test
    void emailWithoutCategoryHasNoUnsubscribeLink() throws Exception {
        String to = "plain." + CUSTOMER.incrementAndGet() + "@example.org";
        assertEquals(MailOutcome.SENT, mailer.send(message(to).build()));
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(to, 1, WAIT_MS);
        assertEquals(1, received.size());
        String body = body(received.get(0));
        assertTrue(body.contains("Hello Dee,"), body);
        assertFalse(body.contains("Unsubscribe"), body);
    }

    @Test
    void badInputIsRejectedBeforeAnythingIsSent() {
        String to = "bad." + CUSTOMER.incrementAndGet() + "@example.org";
        assertMessage("not an e-mail address", () -> LoyaltyEmail.template("test-message").to("nobody").subject("s").build());
        assertMessage("no subject", () -> LoyaltyEmail.template("test-message").to(to).subject(" ").build());
        assertMessage("one line", () -> LoyaltyEmail.template("test-message").to(to).subject("a\r\nBcc: x@y.z").build());
        assertMessage("template name", () -> LoyaltyEmail.template("../secret").to(to).subject("s").build());
        assertMessage("set by the mailer", () -> LoyaltyEmail.template("test-message").variable("unsubscribeUrl", "x"));
        assertMessage("category", () -> LoyaltyEmail.template("test-message").to(to).subject("s")
                .unsubscribable(5, "Not Valid").build());
        assertEquals(0, TestMailServer.messagesTo(to).size());
    }

    @Test
    void missingTemplateIsADeliveryFailureNamingIt() {
        String to = "missing." + CUSTOMER.incrementAndGet() + "@example.org";
        MailDeliveryException e = assertThrows(MailDeliveryException.class,
                () -> mailer.send(LoyaltyEmail.template("no-such-template").to(to).subject("s").build()));
        assertTrue(e.getMessage().contains("evergreen/no-such-template"), e.getMessage());
        assertEquals(0, TestMailServer.messagesTo(to).size());
    }

    @Test
    void mailSettingsShowTheServerButNoPassword() {
        assertEquals("127.0.0.1", settings.getHost());
        assertEquals(TestMailServer.get().getSmtp().getPort(), settings.getPort());
        assertTrue(settings.isEnabled());
        assertNotNull(settings.getFrom());
        for (java.lang.reflect.Method m : MailSettings.class.getMethods()) {
            assertFalse(m.getName().toLowerCase().contains("password"), "MailSettings exposes " + m.getName());
        }
    }

    private String tokenFromMail(long customer) {
        String to = "tok." + customer + "@example.org";
        mailer.send(message(to).unsubscribable(customer, "test").build());
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(to, 1, WAIT_MS);
        assertEquals(1, received.size());
        try {
            Matcher link = UNSUBSCRIBE_LINK.matcher(body(received.get(0)));
            assertTrue(link.find());
            return URLDecoder.decode(link.group(2), "UTF-8");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static LoyaltyEmail.Builder message(String to) {
        return LoyaltyEmail.template("test-message").to(to).subject("Hello").variable("name", "Dee").variable("message", "Hi");
    }

    private static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        assertTrue(content instanceof String, "single-part HTML body, was " + content);
        return (String) content;
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should mention '" + expected + "'");
    }
}
