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

    private static final List<String> TEMPLATES = Arrays.asList("points-available", "points-expiring", "tier-reached",
            "birthday", "referral-invite", "referral-friend-ordered", "referral-reward-granted", "review-request",
            "review-reminder", "test-message", "welcome", "win-back");

    @Resource(name = "evgPointsNotifier")
    PointsNotifier notifier;
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
    void everyTemplateRendersInEnglishAndGermanWithNoTextMissing() throws Exception {
        ThymeleafMessageCreator creator = new ThymeleafMessageCreator(engine, null);
        for (String template : TEMPLATES) {
            String en = render(creator, template, Locale.ENGLISH);
            String de = render(creator, template, Locale.GERMAN).replaceAll("(?s)<!--.*?-->", ""); // comments are for store developers
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
        return BroadleafMailTransport.inLocale(locale, () -> creator.buildMessageBody(info, variables()));
    }

    /** Every variable any template reads, with plausible values. */
    private static Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<String, Object>();
        v.put("storeName", "Green Shop");
        v.put("storeUrl", "https://shop.example/");
        v.put("emailSubject", "Subject");
        v.put("unsubscribeUrl", "https://shop.example/loyalty/unsubscribe?token=x");
        v.put("name", "Ann");
        v.put("points", 300L);
        v.put("balance", 1620L);
        v.put("accountUrl", "https://shop.example/account/loyalty");
        v.put("expiresAt", new Date(1803859200000L));
        v.put("tierName", "Gold");
        v.put("benefit", null);
        v.put("multiplier", new BigDecimal("1.5"));
        v.put("code", "BDAY-ABCDEFGHJK");
        v.put("discount", "10%");
        v.put("minimum", "$50.00");
        v.put("lastValidDay", "14. M\u00e4rz 2027");
        v.put("lastValidDayIso", "2027-03-14");
        v.put("bonusPoints", 100L);
        Map<String, Object> product = new LinkedHashMap<String, Object>();
        product.put("name", "Tea");
        product.put("url", "https://shop.example/tea");
        product.put("price", "$12.00");
        v.put("suggestions", Arrays.asList(product));
        v.put("advocateName", "Anna B.");
        v.put("link", "https://shop.example/r/abc");
        v.put("optOutUrl", "https://shop.example/r/optout");
        v.put("friendName", "Ben");
        v.put("reward", "500");
        v.put("rewardDueAt", new Date(1803859200000L));
        v.put("approvalDays", 30);
        v.put("rewardCode", "THANKS-ABC");
        Map<String, Object> star = new LinkedHashMap<String, Object>();
        star.put("value", 4);
        star.put("url", "https://shop.example/review?r=4");
        Map<String, Object> reviewed = new LinkedHashMap<String, Object>(product);
        reviewed.put("imageUrl", null);
        reviewed.put("reviewUrl", "https://shop.example/review");
        reviewed.put("stars", Arrays.asList(star));
        v.put("products", Arrays.asList(reviewed));
        Map<String, Object> score = new LinkedHashMap<String, Object>();
        score.put("score", 9);
        score.put("url", "https://shop.example/nps?s=9");
        v.put("satisfaction", Arrays.asList(score));
        v.put("rewardPoints", 50L);
        v.put("validUntil", "1. Juni 2027");
        v.put("orderNumber", "O-1");
        v.put("message", "-");
        v.put("pointsPerUnit", BigDecimal.ONE);
        v.put("redeemPointsPerUnit", 100);
        v.put("lastOrderAt", new Date(1790000000000L));
        return v;
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
        for (MimeMessage m : TestMailServer.awaitMessagesTo(to, 2, 30000)) {
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
