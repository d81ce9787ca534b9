package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.birthdays.BirthdaySettingsForm;
import org.evergreenloyalty.admin.birthdays.BirthdaysPageQuery;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.test.TestMailServer;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.BirthdayFixtures;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.birthday.Birthday;
import org.evergreenloyalty.birthday.BirthdayAdminService;
import org.evergreenloyalty.birthday.BirthdayCalendar;
import org.evergreenloyalty.birthday.BirthdayChange;
import org.evergreenloyalty.birthday.BirthdayProfile;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.birthday.BirthdaySettingsService;
import org.evergreenloyalty.birthday.ChangeSource;
import org.evergreenloyalty.birthday.DiscountKind;
import org.evergreenloyalty.birthday.LeapDayRule;
import org.evergreenloyalty.birthday.RewardPage;
import org.evergreenloyalty.birthday.RewardStats;
import org.evergreenloyalty.birthday.RewardStatus;
import org.evergreenloyalty.birthday.RewardView;
import org.evergreenloyalty.birthday.UpcomingBirthday;
import org.evergreenloyalty.customer.CustomerContact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Loyalty &gt; Birthdays on the real admin context: upcoming birthdays, issued rewards by year and status with
 * paging, the year's numbers with the share of codes used, "resend e-mail" (received by the test mail server),
 * an admin changing a customer's birthday (a reason is required; bad input changes nothing) and the birthday
 * settings (saved when valid; every problem shown and nothing saved otherwise).
 */
@Tag("broadleaf")
class LoyaltyBirthdaysPagesIntegrationTest {

    private static final long MAIL_WAIT_MS = 15_000;

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static BirthdayFixtures birthdayFixtures;

    private MockMvc mvc;
    private BirthdaySettingsService settings;
    private BirthdayService birthdays;
    private BirthdayAdminService admin;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        birthdayFixtures = new BirthdayFixtures(ctx, fixtures);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        settings = ctx.getBean("evgBirthdaySettingsService", BirthdaySettingsService.class);
        birthdays = ctx.getBean("evgBirthdayService", BirthdayService.class);
        admin = ctx.getBean("evgBirthdayAdminService", BirthdayAdminService.class);
        birthdayFixtures.useKnownSettings();
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void restore() {
        fixtures.signOut();
        birthdayFixtures.restore();
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    private LocalDate today() {
        return birthdayFixtures.today();
    }

    // ---- upcoming birthdays

    @SuppressWarnings("unchecked")
    private static List<UpcomingBirthday> upcoming(MvcResult r) {
        return (List<UpcomingBirthday>) model(r).get("upcoming");
    }

    /** The ids of {@code mine} in the order the list shows them. */
    private static List<Long> inListOrder(List<UpcomingBirthday> list, Customer... mine) {
        Set<Long> ids = new HashSet<Long>();
        for (Customer c : mine) {
            ids.add(c.getId());
        }
        List<Long> out = new ArrayList<Long>();
        for (UpcomingBirthday u : list) {
            if (ids.contains(u.getCustomerId())) {
                out.add(u.getCustomerId());
            }
        }
        return out;
    }

    private static UpcomingBirthday entry(List<UpcomingBirthday> list, Customer c) {
        for (UpcomingBirthday u : list) {
            if (u.getCustomerId() == c.getId()) {
                return u;
            }
        }
        return null;
    }

    @Test
    void upcomingBirthdaysOfTheNextDaysSoonestFirstWithWhetherTheyEarn() throws Exception {
        Customer inFive = birthdayFixtures.customerWithBirthday(5, 60);
        Customer inTwo = birthdayFixtures.customerWithBirthday(2, 60);
        Customer lateEntry = birthdayFixtures.customerWithBirthday(3, 5);
        Customer farAway = birthdayFixtures.customerWithBirthday(40, 60);

        MvcResult r = mvc.perform(get("/loyalty/birthdays").param("days", "10")).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/birthdays", model(r).get("viewType"));
        List<UpcomingBirthday> list = upcoming(r);
        assertEquals(java.util.Arrays.asList(inTwo.getId(), lateEntry.getId(), inFive.getId()),
                inListOrder(list, inFive, inTwo, lateEntry, farAway), "soonest first; 40 days is beyond the 10 asked for");
        UpcomingBirthday two = entry(list, inTwo);
        assertEquals(today().plusDays(2), two.getOccursOn());
        assertEquals(inTwo.getEmailAddress(), two.getEmail());
        assertTrue(two.isEarns());
        assertNull(two.getRewardStatus(), "not issued yet");
        assertFalse(entry(list, lateEntry).isEarns(), "entered 5 days before: inside the 30-day notice period");
        assertEquals(10, ((BirthdaysPageQuery) model(r).get("query")).getDays());

        MvcResult wider = mvc.perform(get("/loyalty/birthdays").param("days", "45")).andReturn();
        assertNotNull(entry(upcoming(wider), farAway));

        MvcResult byDefault = mvc.perform(get("/loyalty/birthdays")).andReturn();
        assertEquals(BirthdaysPageQuery.DEFAULT_DAYS, ((BirthdaysPageQuery) model(byDefault).get("query")).getDays());
        assertNull(entry(upcoming(byDefault), farAway));
    }

    @Test
    void unreadableParametersFallBackWithANote() throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/birthdays").param("days", "abc").param("year", "twenty")
                .param("status", "LOST").param("page", "-1")).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        FormErrors problems = (FormErrors) model(r).get("queryProblems");
        assertEquals("Enter a number of days from 1 to 366; showing the next 30 days.", problems.get("days"));
        assertEquals("That is not a year: showing " + today().getYear() + ".", problems.get("year"));
        assertEquals("Unknown status: showing rewards of every status.", problems.get("status"));
        assertEquals("Pages are numbered from 1: showing the first page.", problems.get("page"));
        BirthdaysPageQuery q = (BirthdaysPageQuery) model(r).get("query");
        assertEquals(30, q.getDays());
        assertEquals(Integer.valueOf(today().getYear()), q.getYear());
        assertNull(q.getStatus());
        assertEquals(1, q.getPage());

        MvcResult tooMany = mvc.perform(get("/loyalty/birthdays").param("days", "400")).andReturn();
        assertTrue(((FormErrors) model(tooMany).get("queryProblems")).has("days"));
    }

    // ---- rewards, filter, numbers

    private static boolean lists(MvcResult r, RewardView reward) {
        for (RewardView v : ((RewardPage) model(r).get("rewards")).getRewards()) {
            if (v.getId() == reward.getId()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void rewardsAreListedByYearAndStatusWithTheNumbersAndTheShareUsed() throws Exception {
        int year = today().getYear();
        RewardStats before = admin.stats(year);
        RewardView open = birthdayFixtures.rewardToday();
        RewardView used = birthdayFixtures.rewardToday();
        birthdayFixtures.markUsed(used);
        RewardView expired = birthdayFixtures.rewardIssuedDaysAgo(40);

        MvcResult all = mvc.perform(get("/loyalty/birthdays").param("year", String.valueOf(year))).andReturn();
        assertTrue(lists(all, open));
        assertTrue(lists(all, used));
        RewardStats stats = (RewardStats) model(all).get("stats");
        assertEquals(year, stats.getYear());
        assertEquals(before.getIssued() + 2 + (expired.getYear() == year ? 1 : 0), stats.getIssued());
        assertEquals(before.getUsed() + 1, stats.getUsed());
        assertEquals(before.getOpen() + 1, stats.getOpen());
        assertEquals(admin.stats(year).getUsedSharePercent(), stats.getUsedSharePercent());
        assertTrue(stats.getUsedSharePercent().compareTo(BigDecimal.ZERO) > 0, "one code of this year was used");

        MvcResult usedOnly = mvc.perform(get("/loyalty/birthdays").param("year", String.valueOf(year)).param("status", "USED")).andReturn();
        assertTrue(lists(usedOnly, used));
        assertFalse(lists(usedOnly, open));
        for (RewardView v : ((RewardPage) model(usedOnly).get("rewards")).getRewards()) {
            assertEquals(RewardStatus.USED, v.getStatus());
        }
        MvcResult issuedOnly = mvc.perform(get("/loyalty/birthdays").param("year", String.valueOf(year)).param("status", "ISSUED")).andReturn();
        assertTrue(lists(issuedOnly, open));
        assertFalse(lists(issuedOnly, used));

        assertEquals(RewardStatus.EXPIRED, expired.getStatus());
        MvcResult expiredOnly = mvc.perform(get("/loyalty/birthdays").param("year", String.valueOf(expired.getYear()))
                .param("status", "EXPIRED")).andReturn();
        assertTrue(lists(expiredOnly, expired));
        assertFalse(lists(expiredOnly, open));
        assertEquals(expired.getYear(), ((RewardStats) model(expiredOnly).get("stats")).getYear(), "numbers of the chosen year");

        MvcResult otherYear = mvc.perform(get("/loyalty/birthdays").param("year", String.valueOf(year - 3))).andReturn();
        assertFalse(lists(otherYear, open));

        MvcResult anyYear = mvc.perform(get("/loyalty/birthdays").param("year", "all").param("status", "EXPIRED")).andReturn();
        assertTrue(lists(anyYear, expired));
        assertNull(((BirthdaysPageQuery) model(anyYear).get("query")).getYear());
        assertEquals(year, ((RewardStats) model(anyYear).get("stats")).getYear(), "all years: the numbers are this year's");
    }

    @Test
    void lastYearsUsedAndExpiredRewardsStayVisibleToTheAdminAfterNewYear() throws Exception {
        // the last 20 December before today, so no reward of a later day than today's is left for other tests
        LocalDate birthday = new BirthdayCalendar(LeapDayRule.FEB_28).nextOccurrence(MonthDay.of(12, 20), today().minusYears(1));
        birthdayFixtures.moveTo(birthday);
        RewardView used = birthdayFixtures.rewardToday();
        birthdayFixtures.markUsed(used);
        RewardView expired = birthdayFixtures.rewardToday();

        birthdayFixtures.moveTo(birthday.plusDays(40)); // 29 January: over New Year, and the 30-day code has ended
        MvcResult page = mvc.perform(get("/loyalty/birthdays/customers/" + used.getCustomerId())).andReturn();
        @SuppressWarnings("unchecked")
        List<RewardView> shown = (List<RewardView>) model(page).get("customerRewards");
        assertEquals(used.getId(), shown.get(0).getId(), "the customer's page lists last year's reward");
        assertEquals(RewardStatus.USED, shown.get(0).getStatus());
        MvcResult expiredPage = mvc.perform(get("/loyalty/birthdays/customers/" + expired.getCustomerId())).andReturn();
        @SuppressWarnings("unchecked")
        List<RewardView> expiredShown = (List<RewardView>) model(expiredPage).get("customerRewards");
        assertEquals(RewardStatus.EXPIRED, expiredShown.get(0).getStatus());

        String lastYear = String.valueOf(birthday.getYear());
        MvcResult usedList = mvc.perform(get("/loyalty/birthdays").param("year", lastYear).param("status", "USED")).andReturn();
        assertTrue(lists(usedList, used), "last year's rewards are listed under last year");
        assertTrue(((List<?>) model(usedList).get("years")).contains(birthday.getYear()), "last year is offered in the year choice");
        MvcResult expiredList = mvc.perform(get("/loyalty/birthdays").param("year", lastYear).param("status", "EXPIRED")).andReturn();
        assertTrue(lists(expiredList, expired));
        assertFalse(lists(expiredList, used));
    }

    @Test
    void rewardsArePagedNewestFirst() throws Exception {
        int pageSize = LoyaltyBirthdaysController.REWARDS_PAGE_SIZE;
        long total = admin.rewards(null, null, 1, pageSize).getTotal();
        for (long i = total; i < pageSize + 1; i++) {
            birthdayFixtures.rewardToday();
        }
        RewardView newest = birthdayFixtures.rewardToday();

        MvcResult first = mvc.perform(get("/loyalty/birthdays").param("year", "all")).andReturn();
        RewardPage p1 = (RewardPage) model(first).get("rewards");
        assertEquals(1, p1.getPage());
        assertEquals(pageSize, p1.getRewards().size());
        assertTrue(p1.getPages() >= 2);
        assertEquals(newest.getId(), p1.getRewards().get(0).getId(), "newest first");

        MvcResult second = mvc.perform(get("/loyalty/birthdays").param("year", "all").param("page", "2")).andReturn();
        RewardPage p2 = (RewardPage) model(second).get("rewards");
        assertEquals(2, p2.getPage());
        assertFalse(p2.getRewards().isEmpty());
        Set<Long> onFirst = new HashSet<Long>();
        for (RewardView v : p1.getRewards()) {
            onFirst.add(v.getId());
        }
        for (RewardView v : p2.getRewards()) {
            assertFalse(onFirst.contains(v.getId()), "pages do not overlap");
        }

        MvcResult beyond = mvc.perform(get("/loyalty/birthdays").param("year", "all").param("page", "99999")).andReturn();
        assertEquals(p1.getPages(), ((RewardPage) model(beyond).get("rewards")).getPage(), "a page past the end shows the last");
    }

    // ---- resend e-mail

    @Test
    void resendSendsTheBirthdayEmailAgainAndSaysSo() throws Exception {
        RewardView reward = birthdayFixtures.rewardToday();
        String email = reward.getCustomerEmail();
        assertEquals(1, TestMailServer.awaitMessagesTo(email, 1, MAIL_WAIT_MS).size(), "the issue sent the first one");

        MvcResult r = mvc.perform(post("/loyalty/birthdays/rewards/" + reward.getId() + "/resend")
                .param("days", "14").param("year", "all").param("status", "ISSUED").param("page", "1")).andReturn();

        assertEquals("/loyalty/birthdays?days=14&year=all&status=ISSUED", r.getResponse().getRedirectedUrl(), "back to the list as it was");
        assertEquals("The birthday e-mail with reward " + reward.getCode() + " was sent again to " + email + ".",
                r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(email, 2, MAIL_WAIT_MS);
        assertEquals(2, mails.size());
        assertTrue(String.valueOf(mails.get(1).getContent()).contains(reward.getCode()), "the code is in the e-mail");

        MvcResult fromCustomer = mvc.perform(post("/loyalty/birthdays/rewards/" + reward.getId() + "/resend").param("from", "customer")).andReturn();
        assertEquals("/loyalty/birthdays/customers/" + reward.getCustomerId(), fromCustomer.getResponse().getRedirectedUrl());
        assertEquals(3, TestMailServer.awaitMessagesTo(email, 3, MAIL_WAIT_MS).size());
    }

    @Test
    void resendWithBirthdayMailSwitchedOffSendsNothingAndWarns() throws Exception {
        RewardView reward = birthdayFixtures.rewardToday();
        String email = reward.getCustomerEmail();
        int before = TestMailServer.awaitMessagesTo(email, 1, MAIL_WAIT_MS).size();
        BirthdaySettings s = settings.current();
        s.setMailEnabled(false);
        settings.save(s);

        MvcResult r = mvc.perform(post("/loyalty/birthdays/rewards/" + reward.getId() + "/resend")).andReturn();

        assertNull(r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        assertEquals("The birthday e-mail with reward " + reward.getCode()
                        + " was not sent: birthday e-mails (or all e-mails of the module) are switched off.",
                r.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        assertEquals(before, TestMailServer.messagesTo(email).size());
    }

    @Test
    void resendOfAnUnknownRewardIsNotFound() throws Exception {
        for (String id : new String[] {"-424242", "abc"}) {
            MvcResult r = mvc.perform(post("/loyalty/birthdays/rewards/" + id + "/resend")).andReturn();
            assertEquals(404, r.getResponse().getStatus());
            assertEquals("loyalty/notFound", model(r).get("viewType"));
            assertEquals("There is no birthday reward " + id + ".", model(r).get("notFoundMessage"));
        }
    }

    // ---- a customer's birthday

    private static MockHttpServletRequestBuilder change(Customer c, String month, String day, String year, String reason) {
        MockHttpServletRequestBuilder b = post("/loyalty/birthdays/customers/" + c.getId()).param("month", month).param("day", day)
                .param("year", year);
        return reason == null ? b : b.param("reason", reason);
    }

    @Test
    void theAdminFindsACustomerAndSetsTheBirthdayWithAReason() throws Exception {
        long n = LoyaltyAdminFixtures.unique();
        Customer c = fixtures.customer("Bea", "Birthday" + n, "bea-" + n + "@example.com");

        MvcResult found = mvc.perform(get("/loyalty/birthdays/customers").param("q", "BEA-" + n + "@example.com")).andReturn();
        assertEquals("loyalty/birthdayCustomers", model(found).get("viewType"));
        @SuppressWarnings("unchecked")
        List<CustomerContact> results = (List<CustomerContact>) model(found).get("results");
        assertEquals(1, results.size());
        assertEquals(c.getId().longValue(), results.get(0).getCustomerId());

        MvcResult page = mvc.perform(get("/loyalty/birthdays/customers/" + c.getId())).andReturn();
        assertEquals("loyalty/customerBirthday", model(page).get("viewType"));
        assertFalse(((BirthdayProfile) model(page).get("profile")).isKnown());

        MvcResult r = mvc.perform(change(c, "3", "14", "1990", "  Typo at registration  ")).andReturn();

        assertEquals("/loyalty/birthdays/customers/" + c.getId(), r.getResponse().getRedirectedUrl(), String.valueOf(model(r)));
        assertTrue(String.valueOf(r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE)).startsWith("Birthday set to 14 March 1990."));
        assertEquals(Birthday.of(3, 14, 1990), birthdays.find(c.getId()).getBirthday());
        BirthdayChange change = birthdays.history(c.getId()).get(0);
        assertEquals(ChangeSource.ADMIN, change.getSource());
        assertEquals("evg-master", change.getActor());
        assertEquals("Typo at registration", change.getReason());

        MvcResult shown = mvc.perform(get("/loyalty/birthdays/customers/" + c.getId())).andReturn();
        assertEquals(Birthday.of(3, 14, 1990), ((BirthdayProfile) model(shown).get("profile")).getBirthday());
        assertEquals(1, ((List<?>) model(shown).get("history")).size());

        MvcResult pointsPage = mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn();
        assertEquals(Birthday.of(3, 14, 1990), ((BirthdayProfile) model(pointsPage).get("birthday")).getBirthday(),
                "the customer's points page shows the birthday too");
    }

    @Test
    void anAdminMayChangeABirthdayTheShopperMayNotChangeYet() throws Exception {
        Customer c = birthdayFixtures.customerWithBirthday(100, 10);
        birthdays.saveByShopper(c.getId(), "7", "8", "");
        assertFalse(birthdays.profile(c.getId()).isChangeAllowed(), "the shopper changed it today");

        MvcResult r = mvc.perform(change(c, "12", "24", "", "Customer called: wrong month")).andReturn();

        assertNotNull(r.getResponse().getRedirectedUrl());
        assertEquals(Birthday.of(12, 24, null), birthdays.find(c.getId()).getBirthday());
        assertEquals(3, birthdays.history(c.getId()).size());
    }

    @Test
    void withoutAReasonOrWithAnImpossibleDateNothingChanges() throws Exception {
        Customer c = birthdayFixtures.customerWithBirthday(100, 400);
        Birthday before = birthdays.find(c.getId()).getBirthday();

        MvcResult noReason = mvc.perform(change(c, "5", "6", "", "   ")).andReturn();
        assertEquals(200, noReason.getResponse().getStatus());
        assertEquals("loyalty/customerBirthday", model(noReason).get("viewType"));
        FormErrors e1 = (FormErrors) model(noReason).get("birthdayChangeErrors");
        assertEquals("Enter the reason for this change.", e1.get("reason"));
        assertEquals(1, e1.getAll().size());

        MvcResult missing = mvc.perform(change(c, "5", "6", "", null)).andReturn();
        assertEquals("Enter the reason for this change.", ((FormErrors) model(missing).get("birthdayChangeErrors")).get("reason"));

        MvcResult impossible = mvc.perform(change(c, "2", "31", "", "")).andReturn();
        FormErrors e2 = (FormErrors) model(impossible).get("birthdayChangeErrors");
        assertEquals("There is no 31 February: that month has at most 29 days.", e2.get("day"));
        assertEquals("Enter the reason for this change.", e2.get("reason"), "every problem at once");

        MvcResult text = mvc.perform(change(c, "5", "6", "19x0", "Fix")).andReturn();
        assertEquals("The year must be a four-digit number, e.g. 1990, or left empty.",
                ((FormErrors) model(text).get("birthdayChangeErrors")).get("year"));
        MvcResult future = mvc.perform(change(c, "5", "6", String.valueOf(today().getYear() + 1), "Fix")).andReturn();
        assertEquals("The year " + (today().getYear() + 1) + " is in the future.",
                ((FormErrors) model(future).get("birthdayChangeErrors")).get("year"));
        MvcResult noMonth = mvc.perform(change(c, "", "6", "", "Fix")).andReturn();
        assertEquals("Choose the month of the birthday.", ((FormErrors) model(noMonth).get("birthdayChangeErrors")).get("month"));
        assertEquals("19x0", ((org.evergreenloyalty.admin.birthdays.BirthdayChangeForm) model(text).get("birthdayChange")).getYear(),
                "the input is shown again");

        assertEquals(before, birthdays.find(c.getId()).getBirthday());
        assertEquals(1, birthdays.history(c.getId()).size(), "no change recorded");
    }

    @Test
    void anUnknownCustomerIsNotFound() throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/birthdays/customers/987654321")).andReturn();
        assertEquals(404, r.getResponse().getStatus());
        assertEquals("There is no customer with id 987654321.", model(r).get("notFoundMessage"));
        MvcResult post = mvc.perform(post("/loyalty/birthdays/customers/987654321").param("month", "1").param("day", "1")
                .param("reason", "x")).andReturn();
        assertEquals(404, post.getResponse().getStatus());
        assertNull(birthdays.find(987654321L));
    }

    // ---- settings

    /** The fields the settings form posts for {@code s}, as a browser sends them (check boxes with markers). */
    private static Map<String, String> formOf(BirthdaySettings s) {
        BirthdaySettingsForm f = BirthdaySettingsForm.of(s);
        Map<String, String> p = new LinkedHashMap<String, String>();
        p.put("daysBefore", f.getDaysBefore());
        p.put("lateDays", f.getLateDays());
        p.put("discountKind", f.getDiscountKind());
        p.put("discountValue", f.getDiscountValue());
        p.put("minimumSubtotal", f.getMinimumSubtotal());
        p.put("validDays", f.getValidDays());
        p.put("bonusPoints", f.getBonusPoints());
        p.put("noticeDays", f.getNoticeDays());
        p.put("changeIntervalMonths", f.getChangeIntervalMonths());
        p.put("leapDayRule", f.getLeapDayRule());
        p.put("timeZone", f.getTimeZone());
        p.put("currencyCode", f.getCurrencyCode());
        for (String box : new String[] {"enabled", "codeEnabled", "mailEnabled"}) {
            p.put("_" + box, "on");
        }
        if (f.isEnabled()) p.put("enabled", "true");
        if (f.isCodeEnabled()) p.put("codeEnabled", "true");
        if (f.isMailEnabled()) p.put("mailEnabled", "true");
        return p;
    }

    private static MockHttpServletRequestBuilder postForm(String url, Map<String, String> params) {
        MockHttpServletRequestBuilder b = post(url);
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() != null) {
                b.param(e.getKey(), e.getValue());
            }
        }
        return b;
    }

    @Test
    void theSettingsPageShowsTheCurrentSettings() throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/birthdays/settings")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/birthdaySettings", model(r).get("viewType"));
        BirthdaySettingsForm form = (BirthdaySettingsForm) model(r).get("birthdaySettingsForm");
        assertEquals("0", form.getDaysBefore());
        assertEquals("PERCENT", form.getDiscountKind());
        assertEquals("10", form.getDiscountValue());
        assertEquals("UTC", form.getTimeZone());
        assertEquals("UTC", model(r).get("storeZone"));
        assertTrue(form.isEnabled());
    }

    @Test
    void validSettingsAreSaved() throws Exception {
        BirthdaySettings wanted = settings.current();
        wanted.setEnabled(false);
        wanted.setDaysBefore(7);
        wanted.setLateDays(5);
        wanted.setDiscountKind(DiscountKind.AMOUNT);
        wanted.setDiscountValue(new BigDecimal("7.5"));
        wanted.setMinimumSubtotal(new BigDecimal("20"));
        wanted.setValidDays(14);
        wanted.setBonusPoints(50);
        wanted.setNoticeDays(10);
        wanted.setChangeIntervalMonths(6);
        wanted.setLeapDayRule(LeapDayRule.MAR_1);
        wanted.setTimeZone("Europe/Berlin");
        wanted.setCurrencyCode("eur");
        wanted.setMailEnabled(false);

        MvcResult r = mvc.perform(postForm("/loyalty/birthdays/settings", formOf(wanted))).andReturn();

        assertEquals("/loyalty/birthdays/settings", r.getResponse().getRedirectedUrl(), String.valueOf(model(r).get("birthdaySettingsErrors")));
        assertEquals("Birthday settings saved.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        BirthdaySettings now = settings.current();
        assertFalse(now.isEnabled());
        assertEquals(7, now.getDaysBefore());
        assertEquals(5, now.getLateDays());
        assertEquals(DiscountKind.AMOUNT, now.getDiscountKind());
        assertEquals(0, new BigDecimal("7.5").compareTo(now.getDiscountValue()));
        assertEquals(0, new BigDecimal("20").compareTo(now.getMinimumSubtotal()));
        assertEquals(14, now.getValidDays());
        assertEquals(50, now.getBonusPoints());
        assertEquals(10, now.getNoticeDays());
        assertEquals(6, now.getChangeIntervalMonths());
        assertEquals(LeapDayRule.MAR_1, now.getLeapDayRule());
        assertEquals("Europe/Berlin", now.getTimeZone());
        assertEquals("EUR", now.getCurrencyCode());
        assertFalse(now.isMailEnabled());
    }

    @Test
    void invalidSettingsShowEveryProblemAndSaveNothing() throws Exception {
        BirthdaySettings before = settings.current();
        Map<String, String> form = formOf(before);
        form.put("validDays", "20");                  // fine on its own, must not be saved either
        form.put("daysBefore", "abc");                // not a number
        form.put("lateDays", "");                     // blank
        form.put("bonusPoints", "1.5");               // decimals
        form.put("discountValue", "150");             // a percentage over 100 (the engine's rule)
        form.put("noticeDays", "500");                // out of range (the engine's rule)
        form.put("leapDayRule", "FEB_30");            // not an option
        form.put("timeZone", "Mars/Olympus_Mons");    // not a time zone (the engine's rule)
        form.put("currencyCode", "EURO");             // not a currency code

        MvcResult r = mvc.perform(postForm("/loyalty/birthdays/settings", form)).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/birthdaySettings", model(r).get("viewType"));
        FormErrors errors = (FormErrors) model(r).get("birthdaySettingsErrors");
        assertEquals("Enter a whole number, e.g. 50.", errors.get("daysBefore"));
        assertEquals("Enter a value.", errors.get("lateDays"));
        assertEquals("Enter a whole number without decimals.", errors.get("bonusPoints"));
        assertEquals("A percent discount must be at most 100.", errors.get("discountValue"));
        assertEquals("The notice period must be between 0 and 180 days.", errors.get("noticeDays"));
        assertEquals("Choose one of the options.", errors.get("leapDayRule"));
        assertEquals("'Mars/Olympus_Mons' is not a time zone; use an id such as Europe/Berlin.", errors.get("timeZone"));
        assertEquals("Enter a three-letter currency code, e.g. USD or EUR.", errors.get("currencyCode"));
        assertFalse(errors.has("validDays"));
        assertEquals("abc", ((BirthdaySettingsForm) model(r).get("birthdaySettingsForm")).getDaysBefore(), "the input is shown again");
        assertSameSettings(before, settings.current());

        Map<String, String> nothingToGive = formOf(before);
        nothingToGive.remove("codeEnabled");
        nothingToGive.put("bonusPoints", "0");
        nothingToGive.put("daysBefore", "61");
        MvcResult r2 = mvc.perform(postForm("/loyalty/birthdays/settings", nothingToGive)).andReturn();
        FormErrors errors2 = (FormErrors) model(r2).get("birthdaySettingsErrors");
        assertEquals("Give a discount code, bonus points or both.", errors2.get("codeEnabled"));
        assertEquals("Days before the birthday must be between 0 and 60.", errors2.get("daysBefore"));
        assertSameSettings(before, settings.current());
    }

    private static void assertSameSettings(BirthdaySettings expected, BirthdaySettings actual) {
        assertEquals(formOf(expected), formOf(actual));
    }
}
