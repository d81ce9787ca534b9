package org.evergreenloyalty.broadleaf.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.ThymeleafMessageCreator;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.notification.OutboxSender;
import org.evergreenloyalty.points.PointsNotifier;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;

/**
 * The module's e-mails go out in the customer's language (Broadleaf's customer locale; the store's default
 * {@code evergreen.mail.defaultLocale} otherwise): subject and body, through the outbox and a real SMTP server
 * (GreenMail); and every e-mail template renders in English and in German with no text missing from either bundle.
 */
@BroadleafIntegrationTest
class MailLanguageTest {

    private static final List<String> TEMPLATES = MailPreviews.TEMPLATES;

    @Resource(name = "evgPointsNotifier")
    PointsNotifier notifier;
    @Resource(name = "evgPointsSettingsService")
    org.evergreenloyalty.points.PointsSettingsService pointsSettings;
    @Resource(name = "evgOutboxSender")
    OutboxSender sender;
    @Resource(name = "blLocaleService")
    LocaleService locales;
    @Resource(name = "blCustomerService")
    CustomerService customerService;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @Resource(name = "blEmailTemplateEngine")
    TemplateEngine engine;
    @Resource(name = "evgMailPreviews")
    MailPreviews previews;

    @Test
    void aGermanCustomerGetsTheEmailInGermanAndACustomerWithoutLanguageInTheStoreDefault() throws Exception {
        Customer german = customerIn("de_DE");
        Customer plain = StoreFixtures.create().customer();
        notifier.pointsAvailable(german.getId(), 1200, 1620);
        notifier.pointsAvailable(plain.getId(), 1200, 1620);
        sender.sendDue();

        MimeMessage de = pointsMail(german.getEmailAddress(), "Ihre ");
        String deBody = body(de);
        assertEquals("Ihre 1.200 Punkte sind einl\u00f6sbar", de.getSubject());
        assertTrue(deBody.contains("Gute Nachricht"), deBody);
        assertTrue(deBody.contains("1.620"), deBody);
        assertTrue(deBody.contains("Abmelden"), deBody);
        assertFalse(deBody.contains("Good news"), deBody);

        MimeMessage en = pointsMail(plain.getEmailAddress(), "Your ");
        String enBody = body(en);
        assertEquals("Your 1,200 points are ready to use", en.getSubject());
        assertTrue(enBody.contains("Good news"), enBody);
        assertTrue(enBody.contains("Unsubscribe"), enBody);
    }

    @Test
    void theExpiryWarningNamesWhatThePointsWouldBuyTheWayTheLanguageWritesMoney() throws Exception {
        int perUnit = pointsSettings.current().getRedeemPointsPerCurrencyUnit();
        Customer german = customerIn("de_DE");
        Customer plain = StoreFixtures.create().customer();
        long points = 3L * perUnit + perUnit / 2; // 3.50
        notifier.pointsExpiring(german.getId(), points, new Date(1803859200000L));
        notifier.pointsExpiring(plain.getId(), points, new Date(1803859200000L));
        sender.sendDue();

        String de = body(pointsMail(german.getEmailAddress(), points + " Ihrer Punkte"));
        String en = body(pointsMail(plain.getEmailAddress(), points + " of your points"));
        assertTrue(de.contains("<strong class=\"evg-worth\">3,50\u00a0$</strong>") || de.contains("<strong class=\"evg-worth\">3,50 $</strong>"), de);
        assertTrue(de.contains("Rabatt auf Ihre n\u00e4chste Bestellung"), de);
        assertTrue(en.contains("<strong class=\"evg-worth\">$3.50</strong> off your next order"), en);
    }

    @Test
    void everyTemplateRendersInEnglishAndGermanWithNoTextMissing() throws Exception {
        ThymeleafMessageCreator creator = new ThymeleafMessageCreator(engine, null);
        for (String template : TEMPLATES) {
            String en = render(creator, template, Locale.ENGLISH);
            String de = render(creator, template, Locale.GERMAN).replaceAll("(?s)<!--.*?-->", ""); // comments are for store developers
            assertEquals(de, previews.render(template, Locale.GERMAN).replaceAll("(?s)<!--.*?-->", ""),
                    template + ": the admin's preview is what the customer gets");
            for (String body : Arrays.asList(en, de)) {
                assertFalse(body.contains("??"), template + " has a text missing from its bundle:\n" + body);
            }
            assertFalse(de.equals(en), template + " is the same in both languages");
            for (String english : Arrays.asList("Hello ", " your ", "Unsubscribe", " points ")) {
                assertFalse(de.contains(english), template + " in German still says '" + english + "':\n" + de);
            }
        }
    }

    @Test
    void everyTemplateFileIsCoveredHere() {
        File folder = new File("src/main/resources/emailTemplates/evergreen");
        List<String> found = new ArrayList<String>();
        for (String f : folder.list()) {
            found.add(f.replace(".html", ""));
        }
        found.removeAll(Arrays.asList("layout", "review-parts", "integrity-report")); // parts; the report has its own test
        found.removeAll(TEMPLATES);
        assertTrue(found.isEmpty(), "templates not rendered by this test: " + found);
    }

    private String render(ThymeleafMessageCreator creator, String template, Locale locale) throws Exception {
        EmailInfo info = new EmailInfo();
        info.setEmailTemplate("evergreen/" + template);
        return BroadleafMailTransport.inLocale(locale, () -> creator.buildMessageBody(info, previews.variables()));
    }

    private Customer customerIn(String localeCode) {
        return new TransactionTemplate(txm).execute(s -> {
            org.broadleafcommerce.common.locale.domain.Locale locale = locales.findLocaleByCode(localeCode);
            if (locale == null) {
                LocaleImpl l = new LocaleImpl();
                l.setLocaleCode(localeCode);
                l.setFriendlyName(localeCode);
                l.setDefaultFlag(false);
                locale = locales.save(l);
            }
            Customer c = StoreFixtures.create().customer();
            c.setCustomerLocale(locale);
            return customerService.saveCustomer(c);
        });
    }

    /** The points e-mail among those to {@code to} (registering queued a welcome e-mail too). */
    private static MimeMessage pointsMail(String to, String subjectStart) throws Exception {
        for (MimeMessage m : TestMailServer.awaitMessagesTo(to, 1, 30000)) {
            if (m.getSubject().startsWith(subjectStart)) {
                return m;
            }
        }
        throw new AssertionError("no e-mail to " + to + " whose subject starts with '" + subjectStart + "'");
    }

    private static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof javax.mail.Multipart) {
            javax.mail.Multipart mp = (javax.mail.Multipart) content;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                b.append(mp.getBodyPart(i).getContent());
            }
            return b.toString();
        }
        return String.valueOf(content);
    }
}
