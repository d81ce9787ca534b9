package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javax.annotation.Resource;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.referral.AccountReferralsController;
import org.evergreenloyalty.web.referral.InviteOptOutController;
import org.evergreenloyalty.web.referral.ReferralAccountPage;
import org.evergreenloyalty.web.referral.ReferralBanner;
import org.evergreenloyalty.web.referral.ReferralCodeController;
import org.evergreenloyalty.web.referral.ReferralLinkController;
import org.evergreenloyalty.web.referral.ReferralRequests;
import org.evergreenloyalty.web.referral.ReferralTexts;
import org.evergreenloyalty.web.referral.ReferralWebSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * The storefront controllers on the real engine: the link sets the cookie and leaves a banner naming the
 * friend's reward; the cart code field; the advocate's page (German texts, share links, stats); the invite
 * form; the invitation opt-out. The signed-in shopper and cart come from a stand-in {@link CurrentShopper}.
 */
@BroadleafIntegrationTest
class ReferralStorefrontTest extends ReferralTestBase {

    @Resource(name = "evgReferralTexts")
    ReferralTexts texts;
    @Resource(name = "evgReferralWebSettings")
    ReferralWebSettings web;

    private final FixedShopper shopper = new FixedShopper();
    private ReferralLinkController link;
    private ReferralCodeController codeField;
    private AccountReferralsController account;
    private InviteOptOutController optOut;

    @BeforeEach
    void controllers() {
        link = new ReferralLinkController(referrals, settingsService, shopper, texts, web);
        codeField = new ReferralCodeController(referrals, settingsService, shopper, texts, web);
        account = new AccountReferralsController(accounts, invitations, referrals, settingsService, shopper, texts, web);
        optOut = new InviteOptOutController(invitations);
    }

    @Test
    void aValidLinkSetsTheCookieAndLeavesABannerNamingTheReward() {
        Customer advocate = advocate();
        MockHttpServletRequest request = request(visitor());
        MockHttpServletResponse response = new MockHttpServletResponse();
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();

        assertEquals("redirect:/", link.follow(codeOf(advocate).toLowerCase(), request, response, flash));
        String cookie = response.getHeader("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.startsWith(ReferralRequests.DEFAULT_COOKIE + "=" + codeOf(advocate) + ";"), cookie);
        assertTrue(cookie.contains("Max-Age=" + 30 * 24 * 3600), "30 days: " + cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        ReferralBanner banner = (ReferralBanner) flash.getFlashAttributes().get(ReferralBanner.ATTRIBUTE);
        assertTrue(banner.isOk());
        assertTrue(banner.getText().contains(advocate.getFirstName()), banner.getText());
        assertTrue(banner.getText().contains("10%"), banner.getText());
        assertEquals(1, visits(advocate), "the followed link counts for the referral funnel");
    }

    private long visits(Customer advocate) {
        return tx().execute(status -> org.evergreenloyalty.support.Rows.first(em(),
                "select count(*) from EVG_REFERRAL_VISIT where ADVOCATE_ID = ?", p -> p.id(advocate.getId()), rs -> rs.getLong(1)));
    }

    @Test
    void aWrongLinkSetsNoCookieAndSaysWhy() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        link.follow("ZZZZZZZZZZ", request(visitor()), response, flash);
        assertNull(response.getHeader("Set-Cookie"));
        ReferralBanner banner = (ReferralBanner) flash.getFlashAttributes().get(ReferralBanner.ATTRIBUTE);
        assertFalse(banner.isOk());
        assertTrue(banner.getText().contains("ZZZZZ-ZZZZZ"), banner.getText());
    }

    @Test
    void aSignedInCustomerFollowingALinkIsNotReferredByTheGetButConfirmsWithAPost() {
        Customer advocate = advocate();
        Customer c = register(visitor(), null, null);
        shopper.customerId = c.getId();
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertEquals("redirect:/", link.follow(codeOf(advocate), request(visitor()), response, flash));
        assertNull(referralOf(c), "a GET (a planted link, image or redirect) changes nothing");
        assertTrue(response.getHeader("Set-Cookie").contains(codeOf(advocate)), "only the cookie is set");
        ReferralBanner banner = (ReferralBanner) flash.getFlashAttributes().get(ReferralBanner.ATTRIBUTE);
        assertTrue(banner.isOk());
        assertEquals(codeOf(advocate), banner.getConfirmCode(), "the banner asks the shopper to confirm");

        RedirectAttributesModelMap confirmed = new RedirectAttributesModelMap();
        MockHttpServletRequest post = request(visitor());
        post.setMethod("POST");
        assertEquals("redirect:/", link.confirm(codeOf(advocate), post, new MockHttpServletResponse(), confirmed));
        assertEquals(advocate.getId(), referralOf(c).getAdvocateId());
        ReferralBanner done = (ReferralBanner) confirmed.getFlashAttributes().get(ReferralBanner.ATTRIBUTE);
        assertTrue(done.isOk());
        assertNull(done.getConfirmCode());
    }

    @Test
    void anAnonymousConfirmationOnlyRemembersTheCode() {
        Customer advocate = advocate();
        shopper.customerId = null;
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        link.confirm(codeOf(advocate), request(visitor()), response, flash);
        assertTrue(response.getHeader("Set-Cookie").contains(codeOf(advocate)));
        assertNull(((ReferralBanner) flash.getFlashAttributes().get(ReferralBanner.ATTRIBUTE)).getConfirmCode());
        assertEquals(0, visits(advocate), "a confirmation is no second visit");
    }

    @Test
    void anAnonymousShopperTypingACodeInTheCartGetsTheCookieAndItIsUsedAtRegistration() {
        Customer advocate = advocate();
        MockHttpServletResponse response = new MockHttpServletResponse();
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/cart", codeField.enter(codeOf(advocate), "//evil.example/x", request(visitor()), response, flash));
        assertTrue(response.getHeader("Set-Cookie").contains(codeOf(advocate)));
        assertTrue(((String) flash.getFlashAttributes().get(ReferralCodeController.MESSAGE)).contains("Register"));

        RedirectAttributesModelMap bad = new RedirectAttributesModelMap();
        MockHttpServletResponse none = new MockHttpServletResponse();
        codeField.enter("own?", "/cart", request(visitor()), none, bad);
        assertNull(none.getHeader("Set-Cookie"));
        assertTrue(((String) bad.getFlashAttributes().get(ReferralCodeController.ERROR)).contains("is not a referral code"));
    }

    @Test
    void aSignedInShopperTypingACodeInTheCartGetsTheDiscountOnTheCart() throws Exception {
        Customer advocate = advocate();
        Customer c = register(visitor(), null, null);
        Order cart = store.add(store.cart(c), product("80.00"), 1);
        shopper.customerId = c.getId();
        shopper.cartId = cart.getId();
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/checkout", codeField.enter(codeOf(advocate), "/checkout", request(visitor()), new MockHttpServletResponse(), flash));
        assertTrue(((String) flash.getFlashAttributes().get(ReferralCodeController.MESSAGE)).contains("10%"),
                String.valueOf(flash.getFlashAttributes()));
        Order priced = store.orders().findOrderById(cart.getId());
        assertEquals(0, new java.math.BigDecimal("8.00").compareTo(priced.getOrderAdjustmentsValue().getAmount()));

        RedirectAttributesModelMap own = new RedirectAttributesModelMap();
        codeField.enter(codeOf(c), "/cart", request(visitor()), new MockHttpServletResponse(), own);
        assertTrue(((String) own.getFlashAttributes().get(ReferralCodeController.ERROR)).contains("your own referral code"));
    }

    @Test
    void theAdvocatesPageInGermanWithShareLinksAndStats() {
        Customer advocate = advocate();
        register(visitor(), codeOf(advocate), null);
        ReferralAccountPage page = account.page(advocate.getId(), Locale.GERMANY, "EUR");
        assertEquals(codeOf(advocate), page.getSummary().getCode());
        assertTrue(page.getSummary().getLink().endsWith("/r/" + codeOf(advocate)));
        assertTrue(page.getFriendDiscount().contains("10"), page.getFriendDiscount());
        assertEquals("500 Punkte", page.getAdvocateReward());
        assertTrue(page.getShare().getWhatsApp().startsWith("https://wa.me/?text="));
        assertTrue(page.getShare().getWhatsApp().contains("%2Fr%2F" + codeOf(advocate)), page.getShare().getWhatsApp());
        assertTrue(page.getShare().getX().startsWith("https://x.com/intent/tweet?"));
        assertTrue(page.getShare().getFacebook().startsWith("https://www.facebook.com/sharer/sharer.php?u="));
        assertTrue(page.getShare().getEmail().startsWith("mailto:?subject="));
        assertEquals(1, page.getSummary().getStats().getSignedUp());
        assertEquals(1, page.getSummary().getReferrals().size());
        assertEquals(ReferralStatus.PENDING, page.getSummary().getReferrals().get(0).getStatus());

        shopper.customerId = advocate.getId();
        ExtendedModelMap model = new ExtendedModelMap();
        assertEquals(AccountReferralsController.VIEW, account.show(request(visitor()), model));
        assertNotNull(model.get(AccountReferralsController.PAGE));
        shopper.customerId = null;
        ExtendedModelMap anonymous = new ExtendedModelMap();
        account.show(request(visitor()), anonymous);
        assertEquals(Boolean.TRUE, anonymous.get(AccountReferralsController.SIGN_IN));
        assertNull(anonymous.get(AccountReferralsController.PAGE));
    }

    @Test
    void theInviteFormAnswersAlikeForCustomersAndStrangers() {
        Customer advocate = advocate();
        Customer customer = advocate();
        shopper.customerId = advocate.getId();
        String stranger = TestIds.unique("web-stranger").replace(':', '-') + "@friends.example.org";
        RedirectAttributesModelMap a = new RedirectAttributesModelMap();
        RedirectAttributesModelMap b = new RedirectAttributesModelMap();
        account.invite(customer.getEmailAddress(), request(visitor()), a);
        account.invite(stranger, request(visitor()), b);
        String toCustomer = (String) a.getFlashAttributes().get(AccountReferralsController.MESSAGE);
        String toStranger = (String) b.getFlashAttributes().get(AccountReferralsController.MESSAGE);
        assertNotNull(toCustomer, String.valueOf(a.getFlashAttributes()));
        assertEquals(toStranger.replace(stranger, "X"), toCustomer.replace(customer.getEmailAddress().toLowerCase(), "X"));
    }

    @Test
    void theInviteFormSendsOrExplainsWhatIsWrong() {
        Customer advocate = advocate();
        shopper.customerId = advocate.getId();
        String friend = TestIds.unique("web-friend").replace(':', '-') + "@friends.example.org";
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/account/referrals", account.invite(friend, request(visitor()), flash));
        assertTrue(((String) flash.getFlashAttributes().get(AccountReferralsController.MESSAGE)).contains(friend));
        assertEquals(1, TestMailServer.awaitMessagesTo(friend, 1, 10_000).size());

        RedirectAttributesModelMap bad = new RedirectAttributesModelMap();
        account.invite("friend@, x", request(visitor()), bad);
        assertTrue(((String) bad.getFlashAttributes().get(AccountReferralsController.ERROR)).contains("is not an e-mail address"));
        assertEquals("friend@, x", bad.getFlashAttributes().get(AccountReferralsController.INPUT), "the input comes back to be fixed");
    }

    @Test
    void theOptOutPageAsksFirstAndNeedsTheRightToken() {
        String email = TestIds.unique("optout-web").replace(':', '-') + "@friends.example.org";
        ExtendedModelMap confirm = new ExtendedModelMap();
        optOut.confirm(email, invitations.optOutToken(email), confirm);
        assertEquals("CONFIRM", confirm.get(InviteOptOutController.STATE));
        assertFalse(invitations.isOptedOut(email), "GET changes nothing");
        ExtendedModelMap forged = new ExtendedModelMap();
        optOut.confirm(email, "forged", forged);
        assertEquals("INVALID", forged.get(InviteOptOutController.STATE));
        ExtendedModelMap done = new ExtendedModelMap();
        optOut.optOut(email, invitations.optOutToken(email), done);
        assertEquals("DONE", done.get(InviteOptOutController.STATE));
        assertTrue(invitations.isOptedOut(email));
    }

    @Test
    void theUrlsAreMappedAsDocumented() throws Exception {
        Customer advocate = advocate();
        org.springframework.test.web.servlet.MockMvc mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders
                .standaloneSetup(link, codeField, account, optOut).build();
        String code = codeOf(advocate);
        String dashed = code.substring(0, 5).toLowerCase() + "-" + code.substring(5).toLowerCase();
        org.springframework.test.web.servlet.MvcResult followed = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/r/" + dashed)
                        .header("User-Agent", "MockMvc").with(remote("10.250.0.1")))
                .andReturn();
        assertEquals(302, followed.getResponse().getStatus());
        assertEquals("/", followed.getResponse().getRedirectedUrl());
        assertTrue(followed.getResponse().getHeader("Set-Cookie").contains(ReferralRequests.DEFAULT_COOKIE + "=" + code));
        assertTrue(((ReferralBanner) followed.getFlashMap().get(ReferralBanner.ATTRIBUTE)).isOk());

        String email = TestIds.unique("mvc-optout").replace(':', '-') + "@friends.example.org";
        org.springframework.test.web.servlet.MvcResult optOutPage = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/r/optout")
                        .param("email", email).param("token", invitations.optOutToken(email))).andReturn();
        assertEquals(InviteOptOutController.VIEW, optOutPage.getModelAndView().getViewName(), "/r/optout is not taken for a code");
        assertEquals("CONFIRM", optOutPage.getModelAndView().getModel().get(InviteOptOutController.STATE));

        org.springframework.test.web.servlet.MvcResult typed = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/referral/code")
                        .param(ReferralRequests.CODE_PARAMETER, code).param("returnTo", "/cart").with(remote("10.250.0.2")))
                .andReturn();
        assertEquals("/cart", typed.getResponse().getRedirectedUrl());
        assertEquals(AccountReferralsController.VIEW, mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/account/referrals"))
                .andReturn().getModelAndView().getViewName());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(final String ip) {
        return new org.springframework.test.web.servlet.request.RequestPostProcessor() {
            @Override
            public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
                request.setRemoteAddr(ip);
                return request;
            }
        };
    }

    private static MockHttpServletRequest request(Visitor v) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr(v.getIp());
        r.addHeader("User-Agent", v.getUserAgent());
        r.getSession(true);
        return r;
    }

    /** The signed-in customer and cart of the test. */
    static final class FixedShopper implements CurrentShopper {
        Long customerId;
        Long cartId;

        @Override
        public Long customerId() { return customerId; }

        @Override
        public Long cartId() { return cartId; }

        @Override
        public String currencyCode() { return "USD"; }
    }
}
