package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import javax.annotation.Resource;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardAdminService;
import org.evergreenloyalty.reward.RewardCatalogueService;
import org.evergreenloyalty.reward.RewardInput;
import org.evergreenloyalty.reward.RewardKind;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.web.AccountLoyaltyController;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.StorefrontLoyalty;
import org.evergreenloyalty.web.StorefrontMessages;
import org.evergreenloyalty.web.reward.AccountRewardsController;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;

/**
 * The shopper's account pages on Broadleaf 6: the module's controllers fill the model for a signed-in shopper (found
 * through Broadleaf's {@code CustomerState}), and Broadleaf 6's storefront engine ({@code blWebTemplateEngine},
 * Thymeleaf 3.0) renders the 6.x templates, English and German, with every text resolved: the points page (badges,
 * campaigns, history, the links to the rewards catalogue and the data export) and the rewards catalogue with an entry.
 */
@BroadleafIntegrationTest
class AccountPagesRenderTest extends PointsTestBase {

    @Resource(name = "blWebTemplateEngine")
    ITemplateEngine engine;
    @Resource(name = "evgStorefrontLoyalty")
    StorefrontLoyalty loyalty;
    @Resource(name = "evgCurrentShopper")
    CurrentShopper shopper;
    @Resource(name = "evgStorefrontMessages")
    StorefrontMessages messages;
    @Resource(name = "evgRewardCatalogueService")
    RewardCatalogueService rewards;
    @Resource(name = "evgRewardAdminService")
    RewardAdminService rewardAdmin;

    @Test
    void theLoyaltyPageRendersInEnglishAndGerman() {
        Customer c = customerWith(1500);
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY}) {
            MockHttpServletRequest request = request(c, locale);
            ExtendedModelMap model = new ExtendedModelMap();
            AccountLoyaltyController controller = new AccountLoyaltyController(loyalty, redemption, shopper, messages);
            assertEquals(AccountLoyaltyController.VIEW, controller.show(null, request, model));
            String html = render(AccountLoyaltyController.VIEW, model, request, locale);
            assertTrue(html.contains("id=\"evg-history\"") && html.contains("id=\"evg-vouchers\""), html);
            assertTrue(html.contains("id=\"evg-rewards-link\"") && html.contains("id=\"evg-data-export-link\""), html);
            assertTrue(html.contains("1,500") || html.contains("1.500"), "the balance\n" + html);
            assertProcessed(html);
        }
    }

    @Test
    void theRewardsCatalogueRendersAnEntryInEnglishAndGermanAndAsksAnonymousShoppersToSignIn() {
        Customer c = customerWith(900);
        Reward r = rewardAdmin.create(RewardInput.of("Page reward " + TestIds.unique("r"), RewardKind.AMOUNT_OFF,
                new BigDecimal("5.00"), 500));
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY}) {
            MockHttpServletRequest request = request(c, locale);
            ExtendedModelMap model = new ExtendedModelMap();
            assertEquals(AccountRewardsController.VIEW, controller().show(request, model));
            String html = render(AccountRewardsController.VIEW, model, request, locale);
            assertTrue(html.contains("id=\"evg-reward-" + r.getId() + "\""), "the entry\n" + html);
            assertTrue(html.contains("id=\"evg-reward-claim-" + r.getId() + "\""), "its claim button\n" + html);
            assertProcessed(html);
        }
        MockHttpServletRequest anonymous = request(null, Locale.US);
        ExtendedModelMap model = new ExtendedModelMap();
        controller().show(anonymous, model);
        String html = render(AccountRewardsController.VIEW, model, anonymous, Locale.US);
        assertTrue(html.contains("id=\"evg-sign-in-required\"") && !html.contains("evg-rewards-catalogue"), html);
    }

    private AccountRewardsController controller() {
        return new AccountRewardsController(rewards, shopper, messages, clock);
    }

    private static void assertProcessed(String html) {
        assertFalse(html.contains("??"), "every text resolved\n" + html);
        assertFalse(html.matches("(?s).*\\sth:[a-z]+=.*"), "every Thymeleaf attribute processed\n" + html);
    }

    private MockHttpServletRequest request(Customer customer, Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account/loyalty");
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request), true);
        BroadleafRequestContext brc = new BroadleafRequestContext();
        brc.setRequest(request);
        brc.setResponse(response);
        brc.setWebRequest(new ServletWebRequest(request, response));
        BroadleafRequestContext.setBroadleafRequestContext(brc);
        CustomerState.setCustomer(customer);
        return request;
    }

    private String render(String view, ExtendedModelMap model, MockHttpServletRequest request, Locale locale) {
        WebContext ctx = new WebContext(request, new MockHttpServletResponse(), new MockServletContext(), locale);
        model.forEach(ctx::setVariable);
        return engine.process(view, ctx);
    }
}
