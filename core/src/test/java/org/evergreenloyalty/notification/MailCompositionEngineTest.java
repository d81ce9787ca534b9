package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;

import javax.annotation.Resource;

import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.RecordingMailTransport;
import org.junit.jupiter.api.Test;

/**
 * Mail composition on the engine's own context: the mailer adds the store's variables and a signed unsubscribe
 * link to what a feature composes, hands it to the platform's transport, and honours the unsubscribe.
 */
@CoreTest
class MailCompositionEngineTest {

    @Resource(name = "evgLoyaltyMailer")
    LoyaltyMailer mailer;
    @Resource(name = "evgEmailPreferences")
    EmailPreferenceService preferences;
    @Resource(name = "evgMailTransport")
    RecordingMailTransport transport;

    private LoyaltyEmail email(long c) {
        return LoyaltyEmail.template("tier-reached").to("c" + c + "@example.com").subject("Gold!")
                .variable("tierName", "Gold").unsubscribable(c, "points").build();
    }

    @Test
    void theMailerAddsTheStoreAndASignedUnsubscribeLink() {
        long c = CoreFixtures.customer();
        assertEquals(MailOutcome.SENT, mailer.send(email(c)));
        RecordingMailTransport.Sent sent = transport.sentTo("c" + c + "@example.com").get(0);
        assertEquals("evergreen/tier-reached", sent.template);
        assertEquals("Gold!", sent.subject);
        assertEquals("Gold", sent.variables.get("tierName"));
        assertTrue(sent.variables.containsKey("storeName"));
        assertTrue(String.valueOf(sent.variables.get("unsubscribeUrl")).contains("token="), String.valueOf(sent.variables));
    }

    @Test
    void theUnsubscribeLinkStopsThatCategoryOnly() throws Exception {
        long c = CoreFixtures.customer();
        mailer.send(email(c));
        String url = String.valueOf(transport.sentTo("c" + c + "@example.com").get(0).variables.get("unsubscribeUrl"));
        String token = URLDecoder.decode(url.substring(url.indexOf("token=") + 6), "UTF-8");
        preferences.unsubscribe(token);
        assertEquals(MailOutcome.UNSUBSCRIBED, mailer.send(email(c)));
        assertEquals(1, transport.sentTo("c" + c + "@example.com").size(), "nothing more was handed to the transport");
        assertTrue(preferences.isSubscribed(c, "reviews"));
    }

    @Test
    void aTemplateNameOutsideTheModulesFolderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LoyaltyEmail.template("../etc/passwd").to("a@example.com").build());
    }
}
