package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.notification.UnsubscribeTokenService;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.context.SpringWebContext;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * The storefront templates (from the storefront-templates module) rendered by Thymeleaf with Broadleaf's real
 * dialect, the module's processors and expression, and the module's messages: what a shopper gets.
 */
@BroadleafIntegrationTest
class StorefrontTemplatesTest extends StorefrontTestBase {

    private static final File WEB_TEMPLATES = MessageBundlesTest.TEMPLATES.getParentFile();
    /** A th:/blc: attribute or element Thymeleaf left in the output. */
    private static final Pattern UNPROCESSED = Pattern.compile("(\\s|<|</)(th|blc):[a-z]");

    @Autowired
    ApplicationContext context;
    @Resource(name = "evgPointsMaturationService")
    private org.evergreenloyalty.points.PointsMaturationService maturation;

    @Resource(name = "evgCampaignService")
    private org.evergreenloyalty.campaign.CampaignService campaigns;
    @Resource(name = "messageSource")
    MessageSource messageSource;
    @Resource(name = "evgUnsubscribeTokens")
    UnsubscribeTokenService tokens;
    @Resource(name = "evgEmailPreferences")
    org.evergreenloyalty.notification.EmailPreferenceService preferences;
    @Resource(name = "evgMailSettings")
    org.evergreenloyalty.notification.MailSettings mailSettings;

    private SpringTemplateEngine engine() {
        assertTrue(new File(WEB_TEMPLATES, "evergreen/account/loyalty.html").isFile(), "templates at " + WEB_TEMPLATES.getAbsolutePath());
        FileTemplateResolver files = new FileTemplateResolver();
        files.setPrefix(WEB_TEMPLATES.getAbsolutePath() + File.separator);
        files.setSuffix(".html");
        files.setTemplateMode("HTML5");
        files.setCharacterEncoding("UTF-8");
        files.setCacheable(false);
        files.setOrder(1);
        ClassLoaderTemplateResolver hosts = new ClassLoaderTemplateResolver();
        hosts.setPrefix("testTemplates/");
        hosts.setSuffix(".html");
        hosts.setTemplateMode("HTML5");
        hosts.setCharacterEncoding("UTF-8");
        hosts.setCacheable(false);
        hosts.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolvers(new LinkedHashSet<ITemplateResolver>(Arrays.<ITemplateResolver>asList(files, hosts)));
        Set<IDialect> dialects = new LinkedHashSet<IDialect>();
        dialects.add(context.getBean("thymeleafSpringStandardDialect", IDialect.class));
        dialects.add(context.getBean("blDialect", IDialect.class));
        engine.setDialects(dialects);
        engine.setMessageSource(messageSource);
        try {
            engine.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return engine;
    }

    private String render(String template, Map<String, ?> model, MockHttpServletRequest request, Locale locale) {
        SpringWebContext ctx = new SpringWebContext(request, new MockHttpServletResponse(), new MockServletContext(), locale,
                new HashMap<String, Object>(model), context);
        String html = engine().process(template, ctx);
        assertFalse(html.contains("??"), "a message is missing in " + template + " (" + locale + "):\n" + html);
        assertFalse(UNPROCESSED.matcher(html).find(), "unprocessed attribute or element in " + template + ":\n" + html);
        return html;
    }

    /** Keeps the rendered page under target/storefront-previews/ for a look in a browser. */
    private static void preview(String name, String html) {
        File dir = new File("target/storefront-previews");
        dir.mkdirs();
        String css = new File("../storefront-templates/src/main/resources/evergreen-static/evergreen.css").getAbsoluteFile().toURI().toString();
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><link rel=\"stylesheet\" href=\"" + css
                + "\"/><style>body{font-family:sans-serif;max-width:900px;margin:24px auto}</style></head><body>" + html + "</body></html>";
        try {
            java.nio.file.Files.write(new File(dir, name + ".html").toPath(), page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private Map<String, Object> accountModel(Customer c, String page, Locale locale) {
        MockHttpServletRequest r = request(c, null, locale);
        ExtendedModelMap model = new ExtendedModelMap();
        new AccountLoyaltyController(loyalty, redemption, shopper, messages).show(page, r, model);
        return model;
    }

    @Test
    void theAccountPageShowsBalancesHistoryPagesAndVouchersInEnglishAndGerman() {
        Customer c = store.customer();
        for (int i = 0; i < 24; i++) {
            accounts.grantBonus(c.getId(), 100, TestIds.unique("render"), i == 23 ? "<b>Newest</b> bonus" : "Bonus " + i, "test", null);
        }
        redemption.buyVoucher(c.getId(), 500);
        org.evergreenloyalty.points.PointsVoucher usedVoucher = redemption.buyVoucher(c.getId(), 500);
        redemption.markVoucherUsed(usedVoucher.getCode(), 4242L, new java.util.Date());

        MockHttpServletRequest request = request(c, null, Locale.US);
        String en = render(AccountLoyaltyController.VIEW, accountModel(c, "1", Locale.US), request, Locale.US);
        preview("account-en", en);
        assertTrue(en.contains("id=\"evg-loyalty\""));
        assertTrue(en.contains("Available points"));
        assertTrue(en.contains(">1,400<"), "2,400 earned minus two vouchers of 500");
        assertEquals(20, count(en, "class=\"evg-history-row\""), "one page of 20");
        assertTrue(en.contains("Page 1 of 2"));
        assertTrue(en.contains("href=\"/account/loyalty?page=2\""));
        assertTrue(en.contains(">Spent<") && en.contains(">Bonus:<"), "localized entry types");
        assertTrue(en.contains("&lt;b&gt;Newest&lt;/b&gt; bonus"), "reasons are escaped");
        assertTrue(en.contains(">-500<") && en.contains(">+100<"));
        assertTrue(en.contains("class=\"evg-voucher-code\""));
        assertTrue(en.contains("500 points for $5.00"));
        assertTrue(en.contains("action=\"/account/loyalty/voucher\""));
        assertFalse(en.contains("id=\"evg-voucher-buy\" disabled"), "1,400 points afford a voucher");
        assertTrue(en.contains("data-status=\"OPEN\">Ready to use<"), "the unused voucher");
        assertTrue(en.matches("(?s).*data-status=\"USED\">Used on [A-Z][a-z]{2} \\d{1,2}, \\d{4}<.*"), "the used voucher with its date");
        assertTrue(en.contains("name=\"csrfToken\""), "Broadleaf's CSRF token in the voucher form");
        assertFalse(en.contains("id=\"evg-negative\""));
        Matcher date = Pattern.compile("class=\"evg-history-date\">([^<]+)<").matcher(en);
        assertTrue(date.find() && date.group(1).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}"), "English date");

        String de = render(AccountLoyaltyController.VIEW, accountModel(c, "2", Locale.GERMAN), request(c, null, Locale.GERMAN), Locale.GERMAN);
        assertTrue(de.contains("Verf\u00fcgbare Punkte"));
        assertTrue(de.contains(">1.400<"));
        assertTrue(de.contains(">Einl\u00f6sbar<") && de.contains("Eingel\u00f6st am "), "voucher states in German");
        assertTrue(de.contains("Seite 2 von 2"));
        assertTrue(de.contains(">Stand<") && de.contains(">Was<"), "German column headers");
        assertEquals(6, count(de, "class=\"evg-history-row\""));
        assertTrue(de.contains("500 Punkte f\u00fcr 5,00"));
        Matcher deDate = Pattern.compile("class=\"evg-history-date\">([^<]+)<").matcher(de);
        assertTrue(deDate.find() && deDate.group(1).matches("\\d{2}\\.\\d{2}\\.\\d{4}"), "German date: " + deDate.group(1));
        // the personal-data download
        assertTrue(en.contains("href=\"/account/loyalty/export\"") && en.contains(">Download my loyalty data<"), "the download link");
        assertTrue(de.contains(">Meine Treuedaten herunterladen<"), "the download link in German");
    }

    @Test
    void theAccountPageShowsBadgesWithProgressAndRunningChallengesInEnglishAndGerman() throws Exception {
        org.evergreenloyalty.milestone.MilestoneService ms = context.getBean("evgMilestoneService",
                org.evergreenloyalty.milestone.MilestoneService.class);
        ms.setEnabled("order-5", true);
        org.evergreenloyalty.milestone.ChallengeDraft d = new org.evergreenloyalty.milestone.ChallengeDraft();
        d.setName("Render reviews " + TestIds.unique("c"));
        d.setGoal("REVIEWS");
        d.setTarget("3");
        d.setPoints("150");
        d.setStartDay(ms.today().toString());
        d.setEndDay(ms.today().toString());
        org.evergreenloyalty.milestone.Challenge ch = ms.saveChallenge(null, d, "test");
        try {
            Customer c = store.customer();
            org.broadleafcommerce.core.catalog.domain.Product cup = store.product("Badge cup " + TestIds.unique("p"), "5.00", null);
            for (int i = 0; i < 3; i++) {
                store.buy(c, cup, 1);
            }
            String en = render(AccountLoyaltyController.VIEW, accountModel(c, null, Locale.US), request(c, null, Locale.US), Locale.US);
            assertTrue(en.contains("id=\"evg-badges\"") && en.contains("Your badges"), "the badges section");
            assertTrue(en.contains("data-milestone=\"order-5\"") && en.contains(">5th order<"));
            assertTrue(en.contains(">3 of 5 orders<"), "progress of the open badge");
            assertTrue(en.contains(ch.getName()) && en.contains(">0 of 3 reviews<"), "the running challenge with progress");
            assertFalse(UNPROCESSED.matcher(en).find());
            String de = render(AccountLoyaltyController.VIEW, accountModel(c, null, Locale.GERMAN), request(c, null, Locale.GERMAN), Locale.GERMAN);
            assertTrue(de.contains("Ihre Abzeichen") && de.contains(">5. Bestellung<") && de.contains(">3 von 5 Bestellungen<"));
            assertTrue(de.contains(">0 von 3 Bewertungen<"));
        } finally {
            ms.setEnabled("order-5", false);
            ms.setChallengeEnabled(ch.getId(), false);
        }
    }

    /**
     * An order's pending points say when they become available, the same points becoming available read as a status
     * change (no second "+"), and an administrator's credit reads "Bonus: reason" (not "Correction"); English and German.
     */
    @Test
    void historyLabelsTellPendingPointsTheirStatusChangeAndABonusApart() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, product("71.00"), 1);
        accounts.adjust(c.getId(), 25, "Goodwill", "admin");
        String en = render(AccountLoyaltyController.VIEW, accountModel(c, "1", Locale.US), request(c, null, Locale.US), Locale.US);
        Matcher earned = Pattern.compile("Earned 71 \\(available from ([A-Z][a-z]{2} \\d{1,2}, \\d{4})\\)").matcher(en);
        assertTrue(earned.find(), "the pending line gives the date:\n" + en);
        assertTrue(en.contains(">Bonus:</span>") && en.contains(">Goodwill</span>"), "an admin's credit is a bonus");
        assertFalse(en.contains("Correction"));

        assertTrue(maturation.mature(order.getId()));
        en = render(AccountLoyaltyController.VIEW, accountModel(c, "1", Locale.US), request(c, null, Locale.US), Locale.US);
        preview("history-labels-en", en);
        assertTrue(en.contains(">71 points now available<"), en);
        assertTrue(en.contains("evg-status-change") && en.contains(">pending \u2192 available<"));
        assertEquals(1, count(en, ">+71<"), "only the earn line credits the 71 points: becoming available is no second credit");
        assertEquals(1, count(en, "Earned 71 (available from " + earned.group(1) + ")"), "the earn line keeps its date");

        String de = render(AccountLoyaltyController.VIEW, accountModel(c, "1", Locale.GERMAN), request(c, null, Locale.GERMAN), Locale.GERMAN);
        assertTrue(de.contains(">71 Punkte jetzt verf\u00fcgbar<"), de);
        assertTrue(de.matches("(?s).*71 gesammelt \\(verf\u00fcgbar ab \\d{2}\\.\\d{2}\\.\\d{4}\\).*"));
        assertTrue(de.contains(">Bonus:</span>") && !de.contains("Korrektur"));
    }

    @Test
    void theTierBoxShowsProgressAndTheExpiringPointsTheirDate() {
        tiers.saveTiers(Arrays.asList(new org.evergreenloyalty.points.LoyaltyTier("Silver", 100, new java.math.BigDecimal("1.5"), "Free shipping"),
                new org.evergreenloyalty.points.LoyaltyTier("Gold", 1000, new java.math.BigDecimal("2"), null)));
        Customer c = customerWith(400);
        clock.advance(350L * 24 * 60 * 60 * 1000);
        String html = render(AccountLoyaltyController.VIEW, accountModel(c, null, Locale.US), request(c, null, Locale.US), Locale.US);
        preview("account-tier-en", html);
        assertTrue(html.contains("id=\"evg-tier-current\">Silver<"));
        assertTrue(html.contains("You earn 1.5 times the points on every order."));
        assertTrue(html.contains("Free shipping"));
        assertTrue(html.contains("style=\"width:33%\""), "300 of the 900 points from Silver to Gold");
        assertTrue(html.contains("aria-valuenow=\"33\""));
        assertTrue(html.contains("600 more to reach Gold."));
        assertTrue(html.contains("So far: 400 points earned in the last 12 months."));
        assertTrue(html.contains("id=\"evg-expiring-points\">400<"));
        Matcher on = Pattern.compile("The first of them expire on ([A-Z][a-z]{2} \\d{1,2}, \\d{4})\\.").matcher(html);
        assertTrue(on.find(), "the expiry date is shown");

        String de = render(AccountLoyaltyController.VIEW, accountModel(c, null, Locale.GERMAN), request(c, null, Locale.GERMAN), Locale.GERMAN);
        preview("account-tier-de", de);
        assertTrue(de.contains("Sie erhalten bei jeder Bestellung das 1,5-fache an Punkten."));
        assertTrue(de.contains("Noch 600 bis Gold."));
        assertTrue(Pattern.compile("verfallen am \\d{2}\\.\\d{2}\\.\\d{4}\\.").matcher(de).find());
    }

    @Test
    void aNegativeBalanceIsExplainedOnThePage() {
        Customer c = store.customer();
        String key = TestIds.unique("neg");
        accounts.grantBonus(c.getId(), 500, key, "Bonus", "test", null);
        redemption.buyVoucher(c.getId(), 500);
        accounts.reverseBonus(c.getId(), key, "Taken back");
        String html = render(AccountLoyaltyController.VIEW, accountModel(c, null, Locale.US), request(c, null, Locale.US), Locale.US);
        preview("account-negative", html);
        assertTrue(html.contains("id=\"evg-negative\""));
        assertTrue(html.contains("Your points balance is negative."));
        assertTrue(html.contains("The next 500 points you earn make up the difference"));
        assertTrue(html.contains("Nothing to spend until the balance is above zero again.") && !html.contains("Ready to spend"));
        assertTrue(html.contains("evg-minus") && html.contains(">-500<"));
        assertTrue(html.contains("id=\"evg-voucher-buy\" disabled=\"disabled\""), "nothing affordable: the button is off");
    }

    @Test
    void theSignedOutAccountPageAsksToSignIn() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put(AccountLoyaltyController.SIGN_IN_REQUIRED, Boolean.TRUE);
        String html = render(AccountLoyaltyController.VIEW, model, request(null, null, Locale.US), Locale.US);
        assertTrue(html.contains("Sign in to see your points."));
        assertFalse(html.contains("evg-history"));
    }

    @Test
    void theCartWidgetOffersTheSliderAndShowsTheAppliedDiscount() {
        Customer c = customerWith(1500);
        Order cart = cartWith(c, product("40.00"), 1);
        MockHttpServletRequest request = request(c, cart, Locale.US);
        String html = render("host/cart", new HashMap<String, Object>(), request, Locale.US);
        assertTrue(html.contains("id=\"evg-redeem\""));
        assertTrue(html.contains("You have 1,500 points to spend, worth $15.00."));
        assertTrue(html.contains("type=\"range\""));
        assertTrue(html.contains("min=\"100\"") && html.contains("max=\"1500\"") && html.contains("step=\"100\""));
        assertTrue(html.contains("name=\"points\""));
        assertTrue(html.contains("action=\"/loyalty/redeem\""));
        assertTrue(html.contains("name=\"returnTo\" value=\"/cart\""));
        assertTrue(html.contains("name=\"csrfToken\""));
        assertTrue(html.contains("data-points-per-unit=\"100\"") && html.contains("data-currency=\"USD\""));
        assertTrue(html.contains("/evergreen-static/evergreen-redeem.js"));
        assertFalse(html.contains("id=\"evg-redeem-applied\""));
        assertTrue(html.contains("Use points"));

        redemption.apply(c.getId(), cart.getId(), "700");
        MockHttpServletRequest back = request(c, store.orders().findOrderById(cart.getId()), Locale.GERMAN);
        FlashMap flash = new FlashMap();
        flash.put(RedeemController.MESSAGE, "700 Punkte eingel\u00f6st");
        back.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
        String applied = render("host/cart", new HashMap<String, Object>(), back, Locale.GERMAN);
        preview("cart-widget-applied-de", applied);
        assertTrue(applied.contains("id=\"evg-redeem-applied\""));
        assertTrue(applied.contains("700 Punkte ziehen 7,00"), applied);
        assertTrue(applied.contains("action=\"/loyalty/redeem/remove\""));
        assertTrue(applied.contains("id=\"evg-redeem-message\"") && applied.contains("700 Punkte eingel\u00f6st"));
        assertTrue(applied.contains("value=\"700\""), "the field starts at the applied points");
        assertTrue(applied.contains("Punkte \u00e4ndern"));
    }

    @Test
    void theCartWidgetRendersACartWhosePointsAreAllHeldElsewhere() {
        Customer c = customerWith(1000);
        Order other = cartWith(c, product("40.00"), 1);
        redemption.apply(c.getId(), other.getId(), "1000");
        Order cart = cartWith(c, product("40.00"), 1);
        String html = render("host/cart", new HashMap<String, Object>(), request(c, cart, Locale.US), Locale.US);
        assertTrue(html.contains("id=\"evg-redeem-unavailable\""), "nothing to spend here and nothing applied: " + html);
        assertFalse(html.contains("id=\"evg-redeem-applied\""));
    }

    @Test
    void theCartWidgetExplainsTheMinimumAndIsEmptyForAnonymousShoppers() {
        Customer poor = customerWith(40);
        Order cart = cartWith(poor, product("40.00"), 1);
        String html = render("host/cart", new HashMap<String, Object>(), request(poor, cart, Locale.US), Locale.US);
        preview("cart-widget-below-minimum", html);
        assertTrue(html.contains("You can pay with points once you have 100. You have 40 now."));
        assertFalse(html.contains("to spend, worth"), "no \"points to spend\" below the minimum");
        assertFalse(html.contains("type=\"range\""));

        String anonymous = render("host/cart", new HashMap<String, Object>(), request(null, cart, Locale.US), Locale.US);
        assertFalse(anonymous.contains("evg-redeem\""));
        assertFalse(anonymous.contains("points"));

        MockHttpServletRequest signedOutMeanwhile = request(null, cart, Locale.US);
        FlashMap flash = new FlashMap();
        flash.put(RedeemController.ERROR, "Please sign in to use your points.");
        signedOutMeanwhile.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
        String told = render("host/cart", new HashMap<String, Object>(), signedOutMeanwhile, Locale.US);
        assertTrue(told.contains("id=\"evg-redeem-error\"") && told.contains("Please sign in to use your points."),
                "the error of a refused request shows even though the widget is hidden");
        assertFalse(told.contains("id=\"evg-redeem\""));
    }

    @Test
    void theBadgeShowsTheBalanceOfTheSignedInShopperOnly() {
        Customer c = customerWith(1234);
        String html = render("host/badge", new HashMap<String, Object>(), request(c, null, Locale.US), Locale.US);
        assertTrue(html.contains("id=\"evg-points-badge\""));
        assertTrue(html.contains("href=\"/account/loyalty\""));
        assertTrue(html.contains(">1,234 points<"));
        String anonymous = render("host/badge", new HashMap<String, Object>(), request(null, null, Locale.US), Locale.US);
        assertFalse(anonymous.contains("evg-points-badge"));
        String css = render("host/head", new HashMap<String, Object>(), request(null, null, Locale.US), Locale.US);
        assertTrue(css.contains("href=\"/evergreen-static/evergreen.css\""));
    }

    @Test
    void theProductPageSaysWhatItEarns() {
        Product p = product("35.00");
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("product", p);
        String anonymous = render("host/earn", model, request(null, null, Locale.US), Locale.US);
        assertTrue(anonymous.contains("Earn 35 points with this purchase"));
        assertTrue(anonymous.contains("Sign in to collect them."));
        String german = render("host/earn", model, request(customerWith(0), null, Locale.GERMAN), Locale.GERMAN);
        assertTrue(german.contains("Sammeln Sie mit diesem Kauf 35 Punkte"));
        assertFalse(german.contains("Melden Sie sich an"));

        Product free = product("0.50");
        model.put("product", free);
        assertFalse(render("host/earn", model, request(null, null, Locale.US), Locale.US).contains("evg-earn\""),
                "nothing to earn, no line");
    }

    @Test
    void duringACampaignTheProductPageTheCartAndTheAccountPageShowTheExtraPoints() {
        org.broadleafcommerce.core.catalog.domain.Category outdoor = store.category("Render outdoor " + TestIds.unique("c"));
        Product p = store.product("Render backpack " + TestIds.unique("p"), "35.00", outdoor);
        org.evergreenloyalty.campaign.CampaignDraft d = new org.evergreenloyalty.campaign.CampaignDraft();
        d.setName("Render double " + TestIds.unique("n"));
        d.setKind("MULTIPLY");
        d.setMultiplier("2");
        d.setStartDay(campaigns.today().toString());
        d.setEndDay(campaigns.today().plusDays(2).toString());
        d.setCategoryIds(String.valueOf(outdoor.getId()));
        org.evergreenloyalty.campaign.Campaign c = campaigns.save(null, d, "test");
        try {
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("product", p);
            String en = render("host/earn", model, request(null, null, Locale.US), Locale.US);
            assertTrue(en.contains("Earn 70 points \u2014 2\u00d7 points until "), en);
            assertTrue(en.contains("data-campaign=\"" + c.getName() + "\""), en);
            String de = render("host/earn", model, request(customerWith(0), null, Locale.GERMAN), Locale.GERMAN);
            assertTrue(de.contains("Sammeln Sie 70 Punkte \u2014 2-fache Punkte bis "), de);

            Customer shopper = customerWith(0);
            String account = render(AccountLoyaltyController.VIEW, accountModel(shopper, "1", Locale.US), request(shopper, null, Locale.US), Locale.US);
            assertTrue(account.contains("id=\"evg-campaigns\""), account);
            assertTrue(account.contains(c.getName() + ": 2\u00d7 points until "), account);

            Map<String, Object> cartModel = new HashMap<String, Object>();
            cartModel.put("cart", store.add(store.cart(shopper), p, 2));
            String cart = render("host/campaignCart", cartModel, request(shopper, null, Locale.US), Locale.US);
            assertTrue(cart.contains("70 bonus points from " + c.getName() + " on this cart"), cart);
        } finally {
            campaigns.end(c.getId(), "test");
        }
    }

    @Test
    void theUnsubscribePageAsksConfirmsAndRefuses() {
        long customer = TestIds.customerId();
        String token = tokens.createToken(customer, "points-available");
        UnsubscribeController controller = new UnsubscribeController(tokens, preferences, mailSettings, messages);

        ExtendedModelMap ask = new ExtendedModelMap();
        controller.confirm(token, request(null, null, Locale.US), new MockHttpServletResponse(), ask);
        String confirm = render(UnsubscribeController.VIEW, ask, request(null, null, Locale.US), Locale.US);
        assertTrue(confirm.contains("Stop sending me e-mails about points that became available?"));
        assertTrue(confirm.contains("action=\"/loyalty/unsubscribe\""));
        assertTrue(confirm.contains("name=\"token\" value=\"" + token + "\""));
        assertTrue(confirm.contains("name=\"csrfToken\""));

        ExtendedModelMap done = new ExtendedModelMap();
        controller.unsubscribe(token, request(null, null, Locale.GERMAN), new MockHttpServletResponse(), done);
        String doneHtml = render(UnsubscribeController.VIEW, done, request(null, null, Locale.GERMAN), Locale.GERMAN);
        assertTrue(doneHtml.contains("Sie sind abgemeldet."));

        ExtendedModelMap bad = new ExtendedModelMap();
        controller.confirm(token + "x", request(null, null, Locale.US), new MockHttpServletResponse(), bad);
        String badHtml = render(UnsubscribeController.VIEW, bad, request(null, null, Locale.US), Locale.US);
        assertTrue(badHtml.contains("This unsubscribe link does not work."));
        assertTrue(badHtml.contains("signature does not match") || badHtml.contains("malformed"));
        assertFalse(badHtml.contains("<form"));
    }
}
