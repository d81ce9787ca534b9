package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javax.annotation.Resource;

import org.evergreenloyalty.notification.EmailPreferenceService;
import org.evergreenloyalty.notification.MailSettings;
import org.evergreenloyalty.notification.UnsubscribeTokenService;
import org.evergreenloyalty.points.MailingPointsNotifier;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/** The unsubscribe page on the real store: a link's GET only asks, its POST unsubscribes; bad tokens change nothing. */
@BroadleafIntegrationTest
class UnsubscribeControllerTest {

    @Resource(name = "evgUnsubscribeTokens")
    UnsubscribeTokenService tokens;
    @Resource(name = "evgEmailPreferences")
    EmailPreferenceService preferences;
    @Resource(name = "evgMailSettings")
    MailSettings mailSettings;
    @Resource(name = "evgStorefrontMessages")
    StorefrontMessages messages;

    private UnsubscribeController controller() {
        return new UnsubscribeController(tokens, preferences, mailSettings, messages);
    }

    private static MockHttpServletRequest request(Locale locale) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.addPreferredLocale(locale);
        return r;
    }

    @Test
    void theLinkAsksFirstAndThePostUnsubscribes() {
        long customer = TestIds.customerId();
        String token = tokens.createToken(customer, MailingPointsNotifier.CATEGORY_EXPIRING);

        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertEquals(UnsubscribeController.VIEW, controller().confirm(token, request(Locale.ENGLISH), response, model));
        UnsubscribePage page = (UnsubscribePage) model.get(UnsubscribeController.PAGE);
        assertTrue(page.isConfirm());
        assertEquals(200, response.getStatus());
        assertEquals(token, page.getToken());
        assertEquals("points that expire soon", page.getTopic());
        assertEquals("/loyalty/unsubscribe", page.getAction());
        assertTrue(preferences.isSubscribed(customer, MailingPointsNotifier.CATEGORY_EXPIRING), "opening the link changes nothing");

        ExtendedModelMap done = new ExtendedModelMap();
        controller().unsubscribe(token, request(Locale.GERMAN), new MockHttpServletResponse(), done);
        UnsubscribePage result = (UnsubscribePage) done.get(UnsubscribeController.PAGE);
        assertTrue(result.isDone());
        assertEquals("Punkte, die bald verfallen", result.getTopic());
        assertFalse(preferences.isSubscribed(customer, MailingPointsNotifier.CATEGORY_EXPIRING));
        assertTrue(preferences.isSubscribed(customer, MailingPointsNotifier.CATEGORY_TIER), "only that category");

        ExtendedModelMap again = new ExtendedModelMap();
        controller().unsubscribe(token, request(Locale.ENGLISH), new MockHttpServletResponse(), again);
        assertTrue(((UnsubscribePage) again.get(UnsubscribeController.PAGE)).isDone(), "a second click is fine");
    }

    @Test
    void aTamperedTokenIsRefusedAndChangesNothing() {
        long customer = TestIds.customerId();
        String token = tokens.createToken(customer, EmailPreferenceService.ALL);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        long otherCustomer = TestIds.customerId();
        String forged = otherCustomer + token.substring(String.valueOf(customer).length());
        String otherCategory = token.replace("." + EmailPreferenceService.ALL + ".", "." + MailingPointsNotifier.CATEGORY_TIER + ".");

        for (String bad : new String[] {tampered, forged, otherCategory, "", null, "not-a-token", token.substring(0, token.length() / 2)}) {
            ExtendedModelMap model = new ExtendedModelMap();
            MockHttpServletResponse response = new MockHttpServletResponse();
            controller().confirm(bad, request(Locale.ENGLISH), response, model);
            UnsubscribePage page = (UnsubscribePage) model.get(UnsubscribeController.PAGE);
            assertTrue(page.isInvalid(), "GET " + bad);
            assertEquals(400, response.getStatus());
            assertNotNull(page.getDetail(), "the token check says why");

            ExtendedModelMap posted = new ExtendedModelMap();
            MockHttpServletResponse postResponse = new MockHttpServletResponse();
            controller().unsubscribe(bad, request(Locale.ENGLISH), postResponse, posted);
            assertTrue(((UnsubscribePage) posted.get(UnsubscribeController.PAGE)).isInvalid(), "POST " + bad);
            assertEquals(400, postResponse.getStatus());
        }
        assertTrue(preferences.isSubscribed(customer, EmailPreferenceService.ALL));
        assertTrue(preferences.isSubscribed(otherCustomer, EmailPreferenceService.ALL));
        assertTrue(preferences.isSubscribed(customer, MailingPointsNotifier.CATEGORY_AVAILABLE));
    }

    @Test
    void whyALinkDoesNotWorkIsSaidInTheShoppersLanguage() {
        String token = tokens.createToken(TestIds.customerId(), EmailPreferenceService.ALL);
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? 'B' : 'A');

        ExtendedModelMap english = new ExtendedModelMap();
        controller().confirm(tampered, request(Locale.ENGLISH), new MockHttpServletResponse(), english);
        assertEquals("The unsubscribe link is not valid: its signature does not match (the link was altered, or it was not"
                + " issued by this store).", ((UnsubscribePage) english.get(UnsubscribeController.PAGE)).getDetail());

        ExtendedModelMap german = new ExtendedModelMap();
        controller().confirm(tampered, request(Locale.GERMAN), new MockHttpServletResponse(), german);
        assertEquals("Der Abmeldelink ist ung\u00fcltig: Seine Signatur stimmt nicht (der Link wurde ver\u00e4ndert oder nicht von"
                + " diesem Shop ausgestellt).", ((UnsubscribePage) german.get(UnsubscribeController.PAGE)).getDetail());

        ExtendedModelMap missing = new ExtendedModelMap();
        controller().unsubscribe(null, request(Locale.GERMAN), new MockHttpServletResponse(), missing);
        assertEquals("Der Abmeldelink ist unvollst\u00e4ndig: Er enth\u00e4lt keinen Schl\u00fcssel.",
                ((UnsubscribePage) missing.get(UnsubscribeController.PAGE)).getDetail());
    }

    @Test
    void thePathComesFromTheModulesSettings() {
        String[] paths = UnsubscribeController.class.getAnnotation(org.springframework.web.bind.annotation.RequestMapping.class).value();
        assertEquals("$evergreen{evergreen.mail.unsubscribePath}", paths[0],
                "resolved from evergreenProperties by the servlet XML's placeholder configurer");
        assertEquals("/loyalty/unsubscribe", mailSettings.getUnsubscribePath(), "the path e-mails link to");
    }
}
