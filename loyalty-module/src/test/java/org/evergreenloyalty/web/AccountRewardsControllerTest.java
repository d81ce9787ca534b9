package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.reward.DefaultRewardCatalogueService;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardAdminService;
import org.evergreenloyalty.reward.RewardClaim;
import org.evergreenloyalty.reward.RewardInput;
import org.evergreenloyalty.reward.RewardKind;
import org.evergreenloyalty.reward.RewardSettings;
import org.evergreenloyalty.reward.RewardSettingsService;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.HeldBackWorker;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.web.reward.AccountRewardsController;
import org.evergreenloyalty.web.reward.RewardsPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.context.SpringWebContext;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * /account/loyalty/rewards on the real store: the page lists the catalogue and the shopper's claims; Claim and Refund
 * answer every input (missing, malformed, unknown ids, someone else's claim, too few points) with a message and a
 * redirect, change nothing then, and never fail; the template renders in English and German.
 */
@BroadleafIntegrationTest
class AccountRewardsControllerTest extends StorefrontTestBase {

    private static final File WEB_TEMPLATES = MessageBundlesTest.TEMPLATES.getParentFile();

    @Resource(name = "evgRewardSettingsService")
    RewardSettingsService rewardSettings;
    @Resource(name = "evgRewardCatalogueService")
    DefaultRewardCatalogueService rewards;
    @Resource(name = "evgRewardAdminService")
    RewardAdminService admin;
    @Resource(name = "messageSource")
    MessageSource messageSource;
    @Autowired
    ApplicationContext context;

    private RewardSettings originalRewardSettings;

    @BeforeEach
    void keepRewardSettings() {
        originalRewardSettings = rewardSettings.current();
    }

    @AfterEach
    void restoreRewardSettings() {
        rewardSettings.save(originalRewardSettings);
    }

    private AccountRewardsController controller() {
        return new AccountRewardsController(rewards, shopper, messages, clock);
    }

    private Reward reward(long cost) {
        return admin.create(RewardInput.of("Page reward " + TestIds.unique("r"), RewardKind.AMOUNT_OFF, new BigDecimal("5.00"), cost)
                .minimumSubtotal(new BigDecimal("20.00")).perCustomerLimit(2));
    }

    private ExtendedModelMap show(Customer c, Locale locale) {
        MockHttpServletRequest r = request(c, null, locale);
        ExtendedModelMap model = new ExtendedModelMap();
        assertEquals(AccountRewardsController.VIEW, controller().show(r, model));
        return model;
    }

    private RedirectAttributesModelMap claim(Customer c, String rewardId) {
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/account/loyalty/rewards", controller().claim(rewardId, request(c, null, Locale.ENGLISH), flash));
        return flash;
    }

    private RedirectAttributesModelMap refund(Customer c, String claimId) {
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/account/loyalty/rewards", controller().refund(claimId, request(c, null, Locale.ENGLISH), flash));
        return flash;
    }

    private static String error(RedirectAttributesModelMap flash) {
        return (String) flash.getFlashAttributes().get(AccountRewardsController.ERROR);
    }

    @Test
    void anOrderThatUsedAClaimShowsItUsedRightAfterCheckoutBeforeTheWorkerCame() throws Exception {
        Customer c = customerWith(1200);
        RewardClaim claim = rewards.claim(c.getId(), reward(500).getId());
        HeldBackWorker.whileHeld(context, wakeUps -> {
            Order cart = store.add(store.cart(c), store.product("Rewards page product " + TestIds.unique("p"), "40.00", null), 1);
            OfferCode code = context.getBean("blOfferService", OfferService.class).lookupOfferCodeByCode(claim.getCode());
            store.checkout(store.orders().addOfferCode(store.orders().findOrderById(cart.getId()), code, true));
            assertFalse(wakeUps.isEmpty(), "the order waits for the worker");

            // the controller as the storefront's context builds it (the page books the shopper's waiting orders first)
            AccountRewardsController wired = context.getAutowireCapableBeanFactory().createBean(AccountRewardsController.class);
            ExtendedModelMap model = new ExtendedModelMap();
            assertEquals(AccountRewardsController.VIEW, wired.show(request(c, null, Locale.ENGLISH), model));
            RewardsPage page = (RewardsPage) model.get(AccountRewardsController.PAGE);
            assertEquals("USED", page.getClaims().stream().filter(x -> x.getId() == claim.getId()).findFirst().get().getStatus());
        });
    }

    @Test
    void claimingFromThePageGivesTheCodeAndBadInputOnlyAMessage() {
        Customer c = customerWith(1200);
        Reward r = reward(500);

        RedirectAttributesModelMap ok = claim(c, " " + r.getId() + " ");
        assertNull(error(ok));
        String message = (String) ok.getFlashAttributes().get(AccountRewardsController.MESSAGE);
        RewardClaim claim = rewards.claims(c.getId()).get(0);
        assertTrue(message.contains(claim.getCode()), message);
        assertEquals(700, ledger.balance(c.getId()).getAvailable());

        for (String bad : Arrays.asList(null, "", "abc", "-1", "1.5", "99999999999999999999", "<script>")) {
            assertEquals("Choose a reward from the list.", error(claim(c, bad)), String.valueOf(bad));
        }
        assertEquals("This reward does not exist.", error(claim(c, "987654321")));
        assertEquals("This reward costs 800 points; you can spend 700.", error(claim(c, String.valueOf(reward(800).getId()))));
        claim(c, String.valueOf(r.getId()));
        assertEquals("You have claimed this reward as often as allowed (2).", error(claim(c, String.valueOf(r.getId()))));
        assertEquals(200, ledger.balance(c.getId()).getAvailable(), "only the two good claims took points");
        assertEquals("Sign in to claim rewards.", error(claim(null, String.valueOf(r.getId()))));
    }

    @Test
    void refundingSomeoneElsesOrAnUnknownClaimIsRefusedAndTheOwnOneWorksOnce() {
        rewardSettings.save(originalRewardSettings.withRefund(true));
        Customer owner = customerWith(500);
        Customer thief = customerWith(0);
        RewardClaim claim = rewards.claim(owner.getId(), reward(500).getId());

        assertEquals("There is no such claimed reward in your account.", error(refund(thief, String.valueOf(claim.getId()))));
        assertEquals(0, ledger.balance(thief.getId()).getAvailable());
        assertEquals("There is no such claimed reward in your account.", error(refund(owner, "987654321")));
        assertEquals("Choose a reward from the list.", error(refund(owner, "x")));
        assertEquals(0, ledger.balance(owner.getId()).getAvailable());

        assertNull(error(refund(owner, String.valueOf(claim.getId()))));
        assertEquals(500, ledger.balance(owner.getId()).getAvailable());
        assertEquals("This reward was refunded already.", error(refund(owner, String.valueOf(claim.getId()))));
        assertEquals(500, ledger.balance(owner.getId()).getAvailable());

        rewardSettings.save(originalRewardSettings.withRefund(false));
        assertEquals("Claimed rewards cannot be refunded in this store.", error(refund(owner, String.valueOf(claim.getId()))));
    }

    @Test
    void thePageListsTheCatalogueAndTheClaimsAndRendersInEnglishAndGerman() {
        rewardSettings.save(originalRewardSettings.withRefund(true));
        Customer c = customerWith(900);
        Reward r = reward(500);
        RewardClaim claim = rewards.claim(c.getId(), r.getId());

        ExtendedModelMap model = show(c, Locale.US);
        RewardsPage page = (RewardsPage) model.get(AccountRewardsController.PAGE);
        assertNotNull(page);
        assertEquals(400, page.getSpendable());
        RewardsPage.Entry entry = page.getEntries().stream().filter(e -> e.getId() == r.getId()).findFirst().orElseThrow(AssertionError::new);
        assertFalse(entry.isAffordable(), "400 points left for a 500-point reward");
        assertEquals(100, entry.getMissingPoints());
        assertEquals("$20.00", entry.getMinimumText());
        assertEquals(1, page.getClaims().size());
        assertEquals("READY", page.getClaims().get(0).getStatus());
        assertTrue(page.getClaims().get(0).isRefundable());

        String en = render(model, request(c, null, Locale.US), Locale.US);
        assertTrue(en.contains(claim.getCode()), "the code is shown");
        assertTrue(en.contains("$5.00 off your order"), en);
        assertTrue(en.contains("On orders of $20.00 or more"), en);
        assertTrue(en.contains("100 more points needed"), en);
        assertTrue(en.contains("evg-claim-refund-" + claim.getId()), "a Refund button where allowed");
        assertTrue(en.contains("name=\"csrfToken\""), "the forms carry Broadleaf's CSRF token");

        String de = render(show(c, Locale.GERMAN), request(c, null, Locale.GERMAN), Locale.GERMAN);
        assertTrue(de.contains("Meine eingel\u00f6sten Pr\u00e4mien"), de);
        assertTrue(de.contains("Einl\u00f6sbar"), de);

        ExtendedModelMap signedOut = show(null, Locale.US);
        assertEquals(Boolean.TRUE, signedOut.get(AccountRewardsController.SIGN_IN_REQUIRED));
        assertFalse(render(signedOut, request(null, null, Locale.US), Locale.US).contains("evg-rewards-catalogue"));
    }

    private String render(Map<String, ?> model, MockHttpServletRequest request, Locale locale) {
        FileTemplateResolver files = new FileTemplateResolver();
        files.setPrefix(WEB_TEMPLATES.getAbsolutePath() + File.separator);
        files.setSuffix(".html");
        files.setTemplateMode("HTML5");
        files.setCharacterEncoding("UTF-8");
        files.setCacheable(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolvers(new LinkedHashSet<ITemplateResolver>(Arrays.<ITemplateResolver>asList(files)));
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
        SpringWebContext ctx = new SpringWebContext(request, new MockHttpServletResponse(), new MockServletContext(), locale,
                new HashMap<String, Object>(model), context);
        String html = engine.process(AccountRewardsController.VIEW, ctx);
        assertFalse(html.contains("??"), "a message is missing (" + locale + "):\n" + html);
        return html;
    }
}
