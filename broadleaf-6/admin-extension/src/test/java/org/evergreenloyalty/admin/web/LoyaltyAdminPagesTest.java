package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.email.MailPreviews;
import org.evergreenloyalty.campaign.CampaignService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.points.PointsAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Loyalty pages of the Broadleaf 6 admin (every page of the 3.1 admin's Loyalty menu, see {@link #pages}) through
 * Broadleaf 6's own admin DispatcherServlet, rendered by its Thymeleaf 3 admin templates inside its container:
 * shown to holders of the loyalty permission (through ROLE_ADMIN's friendly permission, or granted directly),
 * refused with 403 and the explanation to a signed-in merchandiser, who changes nothing. (Nobody signed in never
 * reaches a page: Broadleaf's admin security sends them to the login page before any controller.)
 */
class LoyaltyAdminPagesTest {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private static ConfigurableApplicationContext ctx;
    private static MockMvc mvc;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.root();
        mvc = AdminTestContext.mvc();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMasterAdminSeesTheThreePagesRenderedInTheAdminFrame() throws Exception {
        Customer c = customerWith(120);
        signIn("evg-master");

        String search = page(200, get("/loyalty/customers").param("q", c.getEmailAddress()));
        assertTrue(search.contains("id=\"sectionKey\""), "inside Broadleaf's admin container\n" + search);
        assertTrue(search.contains("id=\"evg-search-results\""), search);
        assertTrue(search.contains(c.getEmailAddress()), search);
        assertTrue(search.contains("/loyalty/customers/" + c.getId()), "the result links the customer's page");

        String customer = page(200, get("/loyalty/customers/" + c.getId()));
        assertTrue(customer.matches("(?s).*id=\"evg-balance-available\"[^>]*>\\s*120\\s*<.*"), "the balance\n" + customer);
        assertTrue(customer.contains("id=\"evg-adjust-form\""), customer);

        String settings = page(200, get("/loyalty/settings"));
        assertTrue(settings.contains("id=\"evg-points-form\""), settings);
        assertTrue(settings.contains("name=\"pointsPerCurrencyUnit\""), settings);
        assertTrue(settings.contains("id=\"evg-tiers-form\""), settings);
        assertFalse(settings.matches("(?s).*\\sth:[a-z]+=.*"), "no unprocessed Thymeleaf attributes");
    }

    /**
     * Every Loyalty page of the 3.1 admin that needs no stored record (list, settings, new-record forms) and the
     * customer pages, each with an element id only its own view has.
     */
    private static Map<String, String> pages(long customerId) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/loyalty/customers", "evg-customer-search");
        pages.put("/loyalty/customers/" + customerId, "evg-customer-name");
        pages.put("/loyalty/settings", "evg-points-form");
        pages.put("/loyalty/dashboard", "evg-dash-picker");
        pages.put("/loyalty/birthdays", "evg-birthday-settings-link");
        pages.put("/loyalty/birthdays/settings", "evg-birthday-settings-form");
        pages.put("/loyalty/birthdays/customers", "evg-birthday-customer-search");
        pages.put("/loyalty/birthdays/customers/" + customerId, "evg-points-page");
        pages.put("/loyalty/referrals", "evg-referral-filter");
        pages.put("/loyalty/referrals/settings", "evg-referral-settings-form");
        pages.put("/loyalty/reviews", "evg-queue-help");
        pages.put("/loyalty/reviews/all", "evg-review-filter");
        pages.put("/loyalty/reviews/settings", "evg-review-settings-form");
        pages.put("/loyalty/reviews/stats", "evg-period-form");
        pages.put("/loyalty/campaigns", "evg-campaign-new");
        pages.put("/loyalty/campaigns/new", "evg-campaigns-back");
        pages.put("/loyalty/milestones", "evg-milestones");
        pages.put("/loyalty/milestones/challenges/new", "evg-milestones-back");
        pages.put("/loyalty/rewards", "evg-reward-new");
        pages.put("/loyalty/rewards/new", "evg-rewards-back");
        pages.put("/loyalty/earning-events", "evg-earning-events-help");
        pages.put("/loyalty/import", "evg-import-help");
        pages.put("/loyalty/integrity", "evg-integrity-run-form");
        pages.put("/loyalty/emails", "evg-emails");
        pages.put("/loyalty/webhooks", "evg-webhooks-help");
        pages.put("/loyalty/api-keys", "evg-api-keys-help");
        return pages;
    }

    @Test
    void everyLoyaltyPageRendersInTheAdminFrameForTheMasterAndIsRefusedToTheMerchandiser() throws Exception {
        Customer c = customerWith(10);
        Map<String, String> pages = pages(c.getId());
        List<String> problems = new ArrayList<>();
        signIn("evg-master");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            MvcResult r = mvc.perform(get(p.getKey())).andReturn();
            String html = r.getResponse().getContentAsString();
            if (r.getResponse().getStatus() != 200 || !html.contains("id=\"" + p.getValue() + "\"")
                    || !html.contains("id=\"sectionKey\"") || html.matches("(?s).*\\sth:[a-z]+=.*")) {
                problems.add(p.getKey() + ": " + r.getResponse().getStatus() + " " + abbreviate(html));
            }
        }
        signIn("evg-merch");
        for (String url : pages.keySet()) {
            MvcResult r = mvc.perform(get(url)).andReturn();
            String html = r.getResponse().getContentAsString();
            if (r.getResponse().getStatus() != 403 || !html.contains("evergreen-loyalty-no-access")
                    || html.contains("id=\"" + pages.get(url) + "\"")) {
                problems.add("refusal of " + url + ": " + r.getResponse().getStatus() + " " + abbreviate(html));
            }
        }
        assertEquals(new ArrayList<String>(), problems);
        assertEquals(26, pages.size(), "the pages checked");
    }

    @Test
    void everyCustomerEmailPreviewRendersWithThymeleaf3InEnglishAndGermanWithEveryText() throws Exception {
        List<String> problems = new ArrayList<>();
        signIn("evg-master");
        for (String template : MailPreviews.TEMPLATES) {
            for (String lang : new String[] {"en", "de"}) {
                MvcResult r = mvc.perform(get("/loyalty/emails/preview").param("template", template).param("lang", lang)).andReturn();
                String html = r.getResponse().getContentAsString();
                if (r.getResponse().getStatus() != 200 || !html.contains("<html") || html.contains("??")
                        || html.matches("(?s).*\\sth:[a-z]+=.*")) {
                    problems.add(template + "/" + lang + ": " + r.getResponse().getStatus() + " " + abbreviate(html));
                }
            }
        }
        assertEquals(new ArrayList<String>(), problems);
        assertEquals(404, mvc.perform(get("/loyalty/emails/preview").param("template", "no-such-mail")).andReturn()
                .getResponse().getStatus());
        signIn("evg-merch");
        assertEquals(403, mvc.perform(get("/loyalty/emails/preview").param("template", "welcome")).andReturn()
                .getResponse().getStatus());
    }

    @Test
    void aRecordPageForAnUnknownIdIsA404InTheAdminFrame() throws Exception {
        signIn("evg-master");
        List<String> problems = new ArrayList<>();
        for (String url : new String[] {"/loyalty/campaigns/99999999", "/loyalty/referrals/99999999", "/loyalty/reviews/99999999",
                "/loyalty/rewards/99999999", "/loyalty/webhooks/99999999", "/loyalty/milestones/challenges/99999999",
                "/loyalty/campaigns/not-a-number"}) {
            MvcResult r = mvc.perform(get(url)).andReturn();
            String html = r.getResponse().getContentAsString();
            if (r.getResponse().getStatus() != 404 || !html.contains("id=\"evg-not-found\"") || !html.contains("id=\"sectionKey\"")) {
                problems.add(url + ": " + r.getResponse().getStatus() + " " + abbreviate(html));
            }
        }
        assertEquals(new ArrayList<String>(), problems);
    }

    @Test
    void aRewardAndACampaignCreatedThroughTheirFormsShowOnTheirRecordPages() throws Exception {
        signIn("evg-master");
        String rewardName = "Admin 6.2 reward " + SEQ.incrementAndGet();
        MvcResult created = mvc.perform(post("/loyalty/rewards/new").param("name", rewardName).param("kind", "PERCENT_OFF")
                .param("value", "10").param("productId", "").param("pointsCost", "800").param("minimumSubtotal", "")
                .param("perCustomerLimit", "0").param("validDays", "30").param("displayOrder", "5")).andReturn();
        assertEquals("/loyalty/rewards", created.getResponse().getRedirectedUrl(), created.getResponse().getContentAsString());
        String list = page(200, get("/loyalty/rewards"));
        Matcher row = Pattern.compile("data-reward-id=\"(\\d+)\"[^>]*>(?:(?!data-reward-id).)*?" + Pattern.quote(rewardName),
                Pattern.DOTALL).matcher(list);
        assertTrue(row.find(), "the new reward is listed\n" + list);
        String reward = page(200, get("/loyalty/rewards/" + row.group(1)));
        assertTrue(reward.contains("id=\"evg-reward-claimed\"") && reward.contains(rewardName), reward);

        LocalDate today = ctx.getBean("evgCampaignService", CampaignService.class).today();
        MvcResult campaign = mvc.perform(post("/loyalty/campaigns/new").param("name", "Admin 6.2 campaign " + SEQ.incrementAndGet())
                .param("kind", "MULTIPLY").param("multiplier", "2").param("bonusPoints", "").param("startDay", today.toString())
                .param("endDay", today.plusDays(1).toString()).param("productIds", "").param("categoryIds", "")
                .param("tierIds", "").param("minOrderAmount", "")).andReturn();
        String location = campaign.getResponse().getRedirectedUrl();
        assertTrue(location != null && location.matches("/loyalty/campaigns/\\d+"), String.valueOf(location));
        assertTrue(page(200, get(location)).contains("id=\"evg-campaign-figures\""));
        signIn("evg-merch");
        assertTrue(page(403, get(location)).contains("evergreen-loyalty-no-access"));
    }

    private static String abbreviate(String html) {
        return html.length() <= 600 ? html : html.substring(0, 600) + "...";
    }

    @Test
    void aUserGrantedThePermissionDirectlySeesThePages() throws Exception {
        signIn("evg-clerk");
        assertTrue(page(200, get("/loyalty/settings")).contains("id=\"evg-points-form\""));
        assertTrue(page(200, get("/loyalty/customers")).contains("id=\"evg-customer-search\""));
    }

    @Test
    void aMerchandiserIsRefusedEveryPageAndChangesNothing() throws Exception {
        Customer c = customerWith(50);
        signIn("evg-merch");
        for (String url : new String[] {"/loyalty/customers", "/loyalty/customers/" + c.getId(), "/loyalty/settings"}) {
            String html = page(403, get(url));
            assertTrue(html.contains("evergreen-loyalty-no-access"), url + "\n" + html);
            assertTrue(html.contains("PERMISSION_EVERGREEN_LOYALTY"), "the explanation from the admin bundle");
            assertFalse(html.contains("evg-points-form") || html.contains("evg-balance-available"), url);
        }
        page(403, post("/loyalty/customers/" + c.getId() + "/adjust")
                .param("points", "500").param("reason", "not allowed").param("requestKey", "merch-" + SEQ.incrementAndGet()));
        assertEquals(50, accounts().summary(c.getId()).getBalance().getAvailable(), "the refused adjustment changed nothing");
    }

    private String page(int status, RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String html = result.getResponse().getContentAsString();
        assertEquals(status, result.getResponse().getStatus(), html);
        return html;
    }

    private void signIn(String login) {
        UserDetails user = new TransactionTemplate(ctx.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(s -> ctx.getBean("blAdminUserDetailsService", UserDetailsService.class).loadUserByUsername(login));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private PointsAccountService accounts() {
        return ctx.getBean("evgPointsAccountService", PointsAccountService.class);
    }

    private Customer customerWith(long points) {
        long n = SEQ.incrementAndGet();
        CustomerService customers = ctx.getBean("blCustomerService", CustomerService.class);
        Customer c = customers.createCustomer();
        c.setUsername("admin-shopper-" + n + "@example.com");
        c.setEmailAddress("admin-shopper-" + n + "@example.com");
        c.setFirstName("Admin");
        c.setLastName("Shopper" + n);
        c.setRegistered(true);
        c = customers.saveCustomer(c);
        accounts().grantBonus(c.getId(), points, "admin-test-seed-" + n, "test balance", "test", null);
        return c;
    }
}
