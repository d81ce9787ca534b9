package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.Cookie;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.referral.ReferralVariableExpression;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.web.referral.AccountReferralsController;
import org.evergreenloyalty.web.referral.ReferralBanner;
import org.evergreenloyalty.web.referral.ReferralRequests;
import org.evergreenloyalty.web.referral.ReferralTexts;
import org.evergreenloyalty.web.referral.ReferralWebSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.IProcessingContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionEnhancingDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The storefront templates of storefront-templates/webTemplates/evergreen/referral rendered with Thymeleaf 2.1
 * (HTML5 mode, as Broadleaf renders them) on the module's message bundle, in English and German: they parse,
 * every message key resolves, and the model shows.
 */
@BroadleafIntegrationTest
class ReferralTemplatesTest extends ReferralTestBase {

    private static final File TEMPLATES = new File("../storefront-templates/src/main/resources/webTemplates/");

    @Resource(name = "messageSource")
    MessageSource messageSource;
    @Resource(name = "evgReferralTexts")
    ReferralTexts texts;
    @Resource(name = "evgReferralWebSettings")
    ReferralWebSettings web;

    private final ReferralStorefrontTest.FixedShopper shopper = new ReferralStorefrontTest.FixedShopper();
    private SpringTemplateEngine engine;

    @BeforeEach
    void engine() {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(TEMPLATES.getAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        org.thymeleaf.spring3.messageresolver.SpringMessageResolver messages = new org.thymeleaf.spring3.messageresolver.SpringMessageResolver();
        messages.setMessageSource(messageSource);
        engine.setMessageResolver(messages);
        final ReferralVariableExpression expression = new ReferralVariableExpression(referrals, shopper, texts, web);
        engine.addDialect(new ExpressionDialect(expression));
    }

    @Test
    void theAdvocatesPageRendersInEnglishAndGerman() {
        Customer advocate = advocate();
        register(visitor(), codeOf(advocate), null);
        AccountReferralsController controller = new AccountReferralsController(accounts, invitations, referrals, settingsService,
                shopper, texts, web);

        String en = render("evergreen/referral/account", Locale.US,
                map(AccountReferralsController.PAGE, controller.page(advocate.getId(), Locale.US, "USD"),
                        AccountReferralsController.ERROR, "Something to fix", AccountReferralsController.INPUT, "a@b"));
        assertTrue(en.contains("/r/" + codeOf(advocate)), "the link");
        assertTrue(en.contains(ReferralCodeFormat.display(codeOf(advocate))), "the code for reading");
        assertTrue(en.contains("https://wa.me/?text="), "WhatsApp share link");
        assertTrue(en.contains("https://x.com/intent/tweet?text="), "X share link");
        assertTrue(en.contains("https://www.facebook.com/sharer/sharer.php?u="), "Facebook share link");
        assertTrue(en.contains("mailto:?subject="), "e-mail share link");
        assertTrue(en.contains("Give your friends 10% off their first order"), "lead text");
        assertTrue(en.contains("500 points"));
        assertTrue(en.contains("id=\"evg-stat-signed-up\">1<"), "one friend signed up");
        assertTrue(en.contains("Signed up, no order yet"), "the friend's status");
        assertTrue(en.contains("Something to fix") && en.contains(">a@b</textarea>"), "error and input come back");
        assertFalse(en.contains("<script src="), "no third-party scripts");
        assertNoMissingMessages(en);

        String de = render("evergreen/referral/account", Locale.GERMANY,
                map(AccountReferralsController.PAGE, controller.page(advocate.getId(), Locale.GERMANY, "EUR")));
        assertTrue(de.contains("Freunde werben"), "German title");
        assertTrue(de.contains("500 Punkte"));
        assertNoMissingMessages(de);
    }

    @Test
    void theSignInNoticeRendersForAnonymousShoppers() {
        String html = render("evergreen/referral/account", Locale.US, map(AccountReferralsController.SIGN_IN, Boolean.TRUE));
        assertTrue(html.contains("id=\"evg-referral-sign-in\""));
        assertFalse(html.contains("evg-referral-link"));
    }

    @Test
    void theBannerShowsOnlyWithTheFlashAttribute() {
        String shown = render("evergreen/referral/banner", Locale.US,
                map(ReferralBanner.ATTRIBUTE, new ReferralBanner(true, "A gift from a friend", "Anna gave you 10% off your first order.")));
        assertTrue(shown.contains("id=\"evg-referral-banner\""));
        assertTrue(shown.contains("Anna gave you 10% off"));
        assertTrue(shown.contains("role=\"status\""));
        assertTrue(shown.contains("Register now"));
        assertTrue(shown.contains("class=\"evg evg-referral-banner"), "styled by the module's CSS (outside its pages)");
        String none = render("evergreen/referral/banner", Locale.US, map());
        assertFalse(none.contains("evg-referral-banner\""), "no banner without a followed link");
    }

    @Test
    void aSignedInShopperConfirmsTheLinkWithAPostForm() {
        String html = render("evergreen/referral/banner", Locale.GERMANY,
                map(ReferralBanner.ATTRIBUTE, ReferralBanner.toConfirm("Ein Geschenk", "Anna schenkt Ihnen 10 %.", "ABCDEFGHJK")));
        assertTrue(html.contains("id=\"evg-referral-confirm\""), html);
        assertTrue(html.contains("method=\"post\""), html);
        assertTrue(html.contains("/r/ABCDEFGHJK"), html);
        assertFalse(html.contains("evg-referral-banner-register"), "a signed-in shopper is not asked to register");
        assertNoMissingMessages(html);
    }

    @Test
    void theRegistrationFieldNamesTheInvitationOfTheFollowedLink() {
        Customer advocate = advocate();
        MockHttpServletRequest request = request(visitor());
        request.setCookies(new Cookie(ReferralRequests.DEFAULT_COOKIE, codeOf(advocate)));
        String html = render("evergreen/referral/codeField", Locale.US, map(), request);
        assertTrue(html.contains("name=\"referralCode\""), "the field the registration hook reads");
        assertTrue(html.contains(advocate.getFirstName() + " gave you 10% off your first order."), html);
        assertNoMissingMessages(html);
    }

    @Test
    void theCartFieldOffersTheWelcomeDiscountOfAReferredShopper() {
        Customer advocate = advocate();
        Customer friend = register(visitor(), codeOf(advocate), null);
        shopper.customerId = friend.getId();
        String html = render("evergreen/referral/codeField", Locale.GERMANY, map(), request(visitor()));
        assertTrue(html.contains("id=\"evg-referral-apply-form\""), "the apply button");
        assertTrue(html.contains(referralOf(friend).getFriendCode()), "names the code");
        assertTrue(html.contains("Für diese Bestellung verwenden"), "German button");
        assertFalse(html.contains("id=\"evg-referral-code-form\""), "no code field once referred");
        assertNoMissingMessages(html);
    }

    @Test
    void theCartSaysAHeldDiscountIsBeingCheckedAndOffersNoCodeFieldToAReferredShopper() throws Exception {
        Visitor device = visitor();
        Customer advocate = register(device, null, null);
        Customer held = register(device, codeOf(advocate), null);
        assertEquals(ReferralStatus.FLAGGED, referralOf(held).getStatus(), "same device: held for review");
        shopper.customerId = held.getId();
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY}) {
            String html = render("evergreen/referral/codeField", locale, map(), request(visitor()));
            assertTrue(html.contains("id=\"evg-referral-checking\""), "says the discount is being checked: " + html);
            assertFalse(html.contains("id=\"evg-referral-code-form\""), "no code field: the shopper was referred");
            assertFalse(html.contains("id=\"evg-referral-apply-form\""));
            assertNoMissingMessages(html);
        }

        Customer friend = register(visitor(), codeOf(advocate), null);
        order(friend, visitor(), "40.00", true);
        shopper.customerId = friend.getId();
        String ordered = render("evergreen/referral/codeField", Locale.US, map(), request(visitor()));
        assertFalse(ordered.contains("id=\"evg-referral-code-form\""), "referred and ordered: no code field");
        assertFalse(ordered.contains("evg-referral-checking"));

        shopper.customerId = register(visitor(), null, null).getId();
        assertTrue(render("evergreen/referral/codeField", Locale.US, map(), request(visitor())).contains("id=\"evg-referral-code-form\""),
                "a shopper nobody referred may enter a code");
    }

    @Test
    void theOptOutPageRendersEachState() {
        for (String state : new String[] {"CONFIRM", "DONE", "INVALID"}) {
            String html = render("evergreen/referral/optout", Locale.US, map("evgOptOutState", state, "email", "ann@example.com",
                    "token", "t"));
            assertNoMissingMessages(html);
            assertTrue(html.contains("No more invitations"));
        }
    }

    private String render(String template, Locale locale, Map<String, Object> vars) {
        return render(template, locale, vars, request(visitor()));
    }

    private String render(String template, Locale locale, Map<String, Object> vars, MockHttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request), true);
        try {
            WebContext ctx = new WebContext(request, new MockHttpServletResponse(), new MockServletContext(), locale, vars);
            return engine.process(template, ctx);
        } finally {
            bindPlainRequest();
        }
    }

    private static MockHttpServletRequest request(Visitor v) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/cart");
        r.setRemoteAddr(v.getIp());
        r.addHeader("User-Agent", v.getUserAgent());
        r.getSession(true);
        return r;
    }

    private static void assertNoMissingMessages(String html) {
        assertFalse(html.contains("??"), "a message key is missing: " + snippet(html));
        assertFalse(html.contains("evergreen.referral."), "a message key was shown instead of its text: " + snippet(html));
    }

    private static String snippet(String html) {
        int i = Math.max(html.indexOf("??"), html.indexOf("evergreen.referral."));
        return i < 0 ? "" : html.substring(Math.max(0, i - 80), Math.min(html.length(), i + 80));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<String, Object>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Provides #evergreenReferral, as Broadleaf's dialect does from blVariableExpressions. */
    private static final class ExpressionDialect extends AbstractDialect implements IExpressionEnhancingDialect {
        private final Object expression;

        ExpressionDialect(Object expression) {
            this.expression = expression;
        }

        @Override
        public String getPrefix() {
            return "evgtest";
        }

        @Override
        public Map<String, Object> getAdditionalExpressionObjects(IProcessingContext processingContext) {
            return Collections.<String, Object>singletonMap("evergreenReferral", expression);
        }
    }
}
