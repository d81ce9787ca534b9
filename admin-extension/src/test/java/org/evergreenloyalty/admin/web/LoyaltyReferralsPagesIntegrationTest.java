package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.referrals.ReferralDecisionForm;
import org.evergreenloyalty.admin.referrals.ReferralFilterForm;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.admin.test.ReferralAdminFixtures;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.referral.AdvocateRanking;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralAdminService;
import org.evergreenloyalty.referral.ReferralDecision;
import org.evergreenloyalty.referral.ReferralPage;
import org.evergreenloyalty.referral.ReferralRewardService;
import org.evergreenloyalty.referral.ReferralRow;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.evergreenloyalty.referral.ReferralStatus;
import org.evergreenloyalty.support.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Loyalty &gt; Referrals on the real admin context with referrals made by the real referral engine: the list
 * with its status and date filters, counts, paging and top advocates; a referral's page; approving, rejecting
 * and recording a returned first order, each with a required reason (refused without one, nothing changes)
 * and the signed-in admin user recorded as the actor.
 */
@Tag("broadleaf")
class LoyaltyReferralsPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static ReferralAdminFixtures referralFixtures;

    private MockMvc mvc;
    private ReferralAdminService admin;
    private ReferralSettingsService settings;
    private ReferralSettings before;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        referralFixtures = new ReferralAdminFixtures(ctx, fixtures);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        admin = ctx.getBean("evgReferralAdminService", ReferralAdminService.class);
        settings = ctx.getBean("evgReferralSettingsService", ReferralSettingsService.class);
        before = settings.current();
        ReferralSettings known = before.copy();
        known.setEnabled(true);
        known.setApprovalDays(30);
        known.setMonthlyCap(0);
        known.setRuleSameDevice(true);
        known.setSameDeviceWindowHours(72);
        known.setAdvocateWeeklyLimit(0);
        known.setIpDailyLimit(0);
        settings.save(known);
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void restore() {
        fixtures.signOut();
        settings.save(before);
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    private static List<Long> ids(ReferralPage page) {
        List<Long> ids = new ArrayList<Long>();
        for (ReferralRow row : page.getRows()) {
            ids.add(row.getReferral().getId());
        }
        return ids;
    }

    private static String today() {
        return new SimpleDateFormat("yyyy-MM-dd").format(ctx.getBean("evgClock", Clock.class).now());
    }

    private List<ReferralDecision> decisions(Referral r) {
        return admin.decisions(r.getId());
    }

    private ReferralDecision lastDecision(Referral r) {
        List<ReferralDecision> ds = decisions(r);
        return ds.get(ds.size() - 1);
    }

    // ---------------------------------------------------------------- list

    @Test
    void theListFiltersByStatusAndShowsTheCountOfEachStatus() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Referral pending = referralFixtures.referFriend(advocate);
        Referral flagged = referralFixtures.referFriendFromAdvocatesDevice(advocate);
        Customer orderingFriend = fixtures.customer();
        Referral qualified = referralFixtures.referFriend(advocate, orderingFriend, false);
        referralFixtures.firstOrder(orderingFriend, "40.00");
        assertEquals(ReferralStatus.PENDING, pending.getStatus());
        assertEquals(ReferralStatus.FLAGGED, flagged.getStatus());
        assertEquals(ReferralStatus.QUALIFIED, referralFixtures.referralOf(orderingFriend.getId()).getStatus());

        MvcResult all = mvc.perform(get("/loyalty/referrals")).andReturn();
        assertEquals(200, all.getResponse().getStatus());
        assertEquals("loyalty/referrals", model(all).get("viewType"));
        assertTrue(ids((ReferralPage) model(all).get("referralPage")).containsAll(Arrays.asList(pending.getId(), flagged.getId(), qualified.getId())),
                "newest first, all three on the first page");
        @SuppressWarnings("unchecked")
        Map<String, Long> counts = (Map<String, Long>) model(all).get("counts");
        long sum = 0;
        for (ReferralStatus s : ReferralStatus.values()) {
            assertTrue(counts.get(s.name()) >= 0, s.name());
            sum += counts.get(s.name());
        }
        assertEquals(counts.get(LoyaltyReferralsController.ALL).longValue(), sum, "the counts per status add up to all: " + counts);
        assertTrue(counts.get("FLAGGED") >= 1 && counts.get("PENDING") >= 1 && counts.get("QUALIFIED") >= 1, counts.toString());

        MvcResult onlyFlagged = mvc.perform(get("/loyalty/referrals").param("status", "FLAGGED")).andReturn();
        ReferralPage page = (ReferralPage) model(onlyFlagged).get("referralPage");
        assertTrue(ids(page).contains(flagged.getId()));
        assertFalse(ids(page).contains(pending.getId()));
        assertFalse(ids(page).contains(qualified.getId()));
        for (ReferralRow row : page.getRows()) {
            assertEquals(ReferralStatus.FLAGGED, row.getReferral().getStatus());
        }
        assertEquals(counts.get("FLAGGED").longValue(), page.getTotal(), "the filtered total is the status count");

        ReferralPage onlyQualified = (ReferralPage) model(mvc.perform(get("/loyalty/referrals").param("status", "qualified")).andReturn())
                .get("referralPage");
        assertTrue(ids(onlyQualified).contains(qualified.getId()), "the status is read in any case");
        assertFalse(ids(onlyQualified).contains(flagged.getId()));
    }

    @Test
    void theListFiltersByCreationDateBothEndsIncluded() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Referral r = referralFixtures.referFriend(advocate);
        String today = today();

        ReferralPage todayOnly = (ReferralPage) model(mvc.perform(get("/loyalty/referrals").param("from", today).param("to", today))
                .andReturn()).get("referralPage");
        assertTrue(ids(todayOnly).contains(r.getId()), "a range of one day includes that day");

        ReferralPage later = (ReferralPage) model(mvc.perform(get("/loyalty/referrals").param("from", "2999-01-01")).andReturn())
                .get("referralPage");
        assertEquals(0, later.getTotal());
        ReferralPage earlier = (ReferralPage) model(mvc.perform(get("/loyalty/referrals").param("to", "2000-01-01")).andReturn())
                .get("referralPage");
        assertFalse(ids(earlier).contains(r.getId()));
    }

    @Test
    void aBadFilterIsExplainedAndListsNothing() throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/referrals").param("status", "GONE").param("from", "2024-13-45")
                .param("to", "yesterday")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        FormErrors errors = (FormErrors) model(r).get("filterErrors");
        assertEquals("Choose one of the options.", errors.get("status"));
        assertEquals("Enter a date as yyyy-mm-dd, e.g. 2024-03-31.", errors.get("from"));
        assertEquals("Enter a date as yyyy-mm-dd, e.g. 2024-03-31.", errors.get("to"));
        assertNull(model(r).get("referralPage"), "no list that would look filtered");

        MvcResult reversed = mvc.perform(get("/loyalty/referrals").param("from", "2024-03-02").param("to", "2024-03-01")).andReturn();
        assertEquals("The end date must not be before the start date.", ((FormErrors) model(reversed).get("filterErrors")).get("to"));
        assertNull(model(reversed).get("referralPage"));
    }

    @Test
    void theListIsPagedAndAPageBeyondTheLastShowsTheLast() throws Exception {
        Customer advocate = referralFixtures.advocate();
        for (int i = 0; i < ReferralFilterForm.PAGE_SIZE + 1; i++) {
            referralFixtures.referFriend(advocate);
        }
        String today = today();
        MvcResult first = mvc.perform(get("/loyalty/referrals").param("from", today).param("to", today)).andReturn();
        ReferralPage page1 = (ReferralPage) model(first).get("referralPage");
        int pages = (Integer) model(first).get("pages");
        assertTrue(page1.getTotal() > ReferralFilterForm.PAGE_SIZE);
        assertEquals(ReferralFilterForm.PAGE_SIZE, page1.getRows().size());
        assertEquals((page1.getTotal() + ReferralFilterForm.PAGE_SIZE - 1) / ReferralFilterForm.PAGE_SIZE, pages);
        assertEquals(1, model(first).get("pageNumber"));

        MvcResult second = mvc.perform(get("/loyalty/referrals").param("from", today).param("to", today).param("page", "2")).andReturn();
        ReferralPage page2 = (ReferralPage) model(second).get("referralPage");
        assertEquals(2, model(second).get("pageNumber"));
        Set<Long> overlap = new HashSet<Long>(ids(page1));
        overlap.retainAll(ids(page2));
        assertTrue(overlap.isEmpty(), "page 2 continues page 1");

        MvcResult beyond = mvc.perform(get("/loyalty/referrals").param("from", today).param("to", today).param("page", "9999")).andReturn();
        assertEquals(pages, model(beyond).get("pageNumber"), "a page beyond the last shows the last");
        assertFalse(((ReferralPage) model(beyond).get("referralPage")).getRows().isEmpty());
    }

    @Test
    void theTopAdvocatesOfThePeriodComeWithTheirNumbers() throws Exception {
        ReferralSettings s = settings.current();
        s.setApprovalDays(0);
        settings.save(s);
        Customer star = referralFixtures.advocate();
        for (int i = 0; i < 2; i++) {
            Customer friend = fixtures.customer();
            referralFixtures.referFriend(star, friend, false);
            referralFixtures.firstOrder(friend, "30.00");
        }
        referralFixtures.referFriend(star);
        ctx.getBean("evgReferralRewardService", ReferralRewardService.class).grantDue();

        String today = today();
        @SuppressWarnings("unchecked")
        List<AdvocateRanking> top = (List<AdvocateRanking>) model(mvc.perform(get("/loyalty/referrals").param("from", today)
                .param("to", today)).andReturn()).get("topAdvocates");
        AdvocateRanking mine = null;
        for (AdvocateRanking a : top) {
            if (a.getAdvocateId() == star.getId()) {
                mine = a;
            }
        }
        assertNotNull(mine, "the advocate with two rewards today is among the top " + LoyaltyReferralsController.TOP_ADVOCATES);
        assertEquals(3, mine.getReferrals());
        assertEquals(2, mine.getRewarded());
        assertEquals(2 * settings.current().getAdvocatePoints(), mine.getPoints());
        assertEquals(star.getEmailAddress(), mine.getAdvocate().getEmail());

        @SuppressWarnings("unchecked")
        List<AdvocateRanking> longAgo = (List<AdvocateRanking>) model(mvc.perform(get("/loyalty/referrals").param("from", "2001-01-01")
                .param("to", "2001-12-31")).andReturn()).get("topAdvocates");
        assertTrue(longAgo.isEmpty(), "no referrals in 2001");
    }

    // ---------------------------------------------------------------- one referral

    @Test
    void aReferralsPageShowsAdvocateFriendAndTheDecisionsWithTheirReasons() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Referral flagged = referralFixtures.referFriendFromAdvocatesDevice(advocate);

        MvcResult r = mvc.perform(get("/loyalty/referrals/" + flagged.getId())).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/referral", model(r).get("viewType"));
        ReferralRow row = (ReferralRow) model(r).get("row");
        assertEquals(advocate.getEmailAddress(), row.getAdvocate().getEmail());
        assertEquals(flagged.getFriendId().longValue(), row.getFriend().getCustomerId());
        @SuppressWarnings("unchecked")
        List<ReferralDecision> ds = (List<ReferralDecision>) model(r).get("decisions");
        assertEquals(ReferralStatus.FLAGGED, ds.get(ds.size() - 1).getToStatus());
        assertTrue(ds.get(ds.size() - 1).getReason().contains("Same IP address and browser"), ds.get(ds.size() - 1).getReason());
        assertEquals(Boolean.TRUE, model(r).get("canApprove"));
        assertEquals(Boolean.TRUE, model(r).get("canReject"));
        assertEquals(Boolean.FALSE, model(r).get("canRecordReturn"), "no first order yet");
    }

    @Test
    void anUnknownReferralIsNotFound() throws Exception {
        for (String id : new String[] {"987654321", "abc", "-1"}) {
            MvcResult r = mvc.perform(get("/loyalty/referrals/" + id)).andReturn();
            assertEquals(404, r.getResponse().getStatus(), id);
            assertEquals("loyalty/notFound", model(r).get("viewType"));
            assertEquals("There is no referral with id " + id + ".", model(r).get("notFoundMessage"));
            assertEquals(404, mvc.perform(post("/loyalty/referrals/" + id + "/approve").param("reason", "x")).andReturn()
                    .getResponse().getStatus(), id);
        }
    }

    @Test
    void approvingAFlaggedReferralRecordsTheReasonAndTheAdmin() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Referral flagged = referralFixtures.referFriendFromAdvocatesDevice(advocate);
        assertNull(flagged.getFriendCode(), "no welcome code while flagged");

        MvcResult r = mvc.perform(post("/loyalty/referrals/" + flagged.getId() + "/approve")
                .param("reason", "  Called the friend: a flatmate, not the advocate  ")).andReturn();

        assertEquals("/loyalty/referrals/" + flagged.getId(), r.getResponse().getRedirectedUrl());
        assertEquals("Referral " + flagged.getId() + " approved: it is now Pending.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        Referral now = referralFixtures.referralOf(flagged.getFriendId());
        assertEquals(ReferralStatus.PENDING, now.getStatus());
        assertNotNull(now.getFriendCode(), "the friend gets the welcome code once approved");
        ReferralDecision d = lastDecision(now);
        assertEquals(ReferralStatus.FLAGGED, d.getFromStatus());
        assertEquals(ReferralStatus.PENDING, d.getToStatus());
        assertEquals("evg-master", d.getActor());
        assertTrue(d.getReason().endsWith(": Called the friend: a flatmate, not the advocate"), d.getReason());
    }

    @Test
    void approvingAfterTheFirstOrderQualifiesTheReferral() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Customer friend = fixtures.customer();
        Referral flagged = referralFixtures.referFriend(advocate, friend, true);
        referralFixtures.firstOrder(friend, "25.00");
        assertEquals(ReferralStatus.FLAGGED, referralFixtures.referralOf(friend.getId()).getStatus(), "still waiting for review");

        MvcResult r = mvc.perform(post("/loyalty/referrals/" + flagged.getId() + "/approve").param("reason", "Checked")).andReturn();

        assertEquals("Referral " + flagged.getId() + " approved: it is now Qualified.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        Referral now = referralFixtures.referralOf(friend.getId());
        assertEquals(ReferralStatus.QUALIFIED, now.getStatus());
        assertNotNull(now.getRewardDueAt());
    }

    @Test
    void rejectingWithAReasonRejectsAndAFirstOrderReturnedAfterTheRewardTakesItBack() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Referral pending = referralFixtures.referFriend(advocate);

        MvcResult r = mvc.perform(post("/loyalty/referrals/" + pending.getId() + "/reject").param("reason", "Fake account")).andReturn();

        assertEquals("/loyalty/referrals/" + pending.getId(), r.getResponse().getRedirectedUrl());
        assertEquals("Referral " + pending.getId() + " rejected.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        Referral rejected = referralFixtures.referralOf(pending.getFriendId());
        assertEquals(ReferralStatus.REJECTED, rejected.getStatus());
        assertEquals("evg-master", lastDecision(rejected).getActor());
        assertTrue(lastDecision(rejected).getReason().endsWith("Fake account"));

        // a rewarded referral: rejecting takes the points back
        ReferralSettings s = settings.current();
        s.setApprovalDays(0);
        settings.save(s);
        Customer friend = fixtures.customer();
        Referral rewarded = referralFixtures.referFriend(advocate, friend, false);
        referralFixtures.firstOrder(friend, "50.00");
        ctx.getBean("evgReferralRewardService", ReferralRewardService.class).grantDue();
        LedgerService ledger = ctx.getBean("evgLedgerService", LedgerService.class);
        assertEquals(ReferralStatus.REWARDED, referralFixtures.referralOf(friend.getId()).getStatus());
        long points = s.getAdvocatePoints();
        assertEquals(points, ledger.balance(advocate.getId()).getAvailable());

        MvcResult back = mvc.perform(post("/loyalty/referrals/" + rewarded.getId() + "/reject").param("reason", "Chargeback")).andReturn();

        assertEquals("Referral " + rewarded.getId() + " rejected and its reward taken back.", back.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        assertEquals(ReferralStatus.REJECTED, referralFixtures.referralOf(friend.getId()).getStatus());
        assertEquals(0, ledger.balance(advocate.getId()).getAvailable(), "the reward points are reversed");
    }

    @Test
    void aFirstOrderReturnedBeforeTheRewardRejectsTheReferral() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Customer friend = fixtures.customer();
        Referral referral = referralFixtures.referFriend(advocate, friend, false);
        long orderId = referralFixtures.firstOrder(friend, "35.00");
        assertEquals(ReferralStatus.QUALIFIED, referralFixtures.referralOf(friend.getId()).getStatus());
        assertEquals(Boolean.TRUE, model(mvc.perform(get("/loyalty/referrals/" + referral.getId())).andReturn()).get("canRecordReturn"));

        MvcResult r = mvc.perform(post("/loyalty/referrals/" + referral.getId() + "/returned").param("reason", "Parcel sent back")).andReturn();

        Referral now = referralFixtures.referralOf(friend.getId());
        assertEquals(orderId, now.getOrderId().longValue());
        assertTrue(((String) r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE)).startsWith("The return of order RF-"));
        assertEquals(ReferralStatus.REJECTED, now.getStatus());
        assertEquals("evg-master", lastDecision(now).getActor());
        assertTrue(lastDecision(now).getReason().contains("returned (Parcel sent back)"), lastDecision(now).getReason());

        MvcResult again = mvc.perform(post("/loyalty/referrals/" + referral.getId() + "/returned").param("reason", "Twice")).andReturn();
        assertTrue(((String) again.getFlashMap().get(AbstractLoyaltyAdminController.WARNING)).contains("changed nothing"));
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Referral flagged = referralFixtures.referFriendFromAdvocatesDevice(advocate);
        int decisionsBefore = decisions(flagged).size();
        String tooLong = new String(new char[501]).replace('\0', 'x');

        for (String action : new String[] {"approve", "reject"}) {
            for (String reason : new String[] {null, "", "   ", tooLong}) {
                MvcResult r = mvc.perform(reason == null ? post("/loyalty/referrals/" + flagged.getId() + "/" + action)
                        : post("/loyalty/referrals/" + flagged.getId() + "/" + action).param("reason", reason)).andReturn();
                String what = action + " with '" + reason + "'";
                assertEquals(200, r.getResponse().getStatus(), what);
                assertNull(r.getResponse().getRedirectedUrl(), what);
                assertEquals("loyalty/referral", model(r).get("viewType"));
                FormErrors errors = (FormErrors) model(r).get(action + "Errors");
                assertEquals(reason == tooLong ? "Keep the reason to at most 500 characters." : "Enter the reason for this decision.",
                        errors.get("reason"), what);
                assertTrue(((FormErrors) model(r).get((action.equals("approve") ? "reject" : "approve") + "Errors")).isEmpty(),
                        "the other form stays clean");
            }
        }
        MvcResult noOrder = mvc.perform(post("/loyalty/referrals/" + flagged.getId() + "/returned").param("reason", "Returned")).andReturn();
        assertEquals("The friend has not ordered yet: there is no first order to return.",
                ((FormErrors) model(noOrder).get("returnedErrors")).get(FormErrors.FORM));

        Referral now = referralFixtures.referralOf(flagged.getFriendId());
        assertEquals(ReferralStatus.FLAGGED, now.getStatus());
        assertNull(now.getFriendCode());
        assertEquals(decisionsBefore, decisions(now).size(), "no decision was recorded");
    }

    @Test
    void whatTheEngineRefusesIsShownWithItsReasonAndChangesNothing() throws Exception {
        Customer advocate = referralFixtures.advocate();
        Referral pending = referralFixtures.referFriend(advocate);
        int decisionsBefore = decisions(pending).size();

        MvcResult r = mvc.perform(post("/loyalty/referrals/" + pending.getId() + "/approve").param("reason", "Looks fine")).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("Only flagged referrals can be approved; referral " + pending.getId() + " is PENDING.",
                ((FormErrors) model(r).get("approveErrors")).get(FormErrors.FORM));
        assertEquals("Looks fine", ((ReferralDecisionForm) model(r).get("approveForm")).getReason(),
                "the input is shown again");
        assertEquals(ReferralStatus.PENDING, referralFixtures.referralOf(pending.getFriendId()).getStatus());
        assertEquals(decisionsBefore, decisions(pending).size());

        mvc.perform(post("/loyalty/referrals/" + pending.getId() + "/reject").param("reason", "No")).andReturn();
        MvcResult twice = mvc.perform(post("/loyalty/referrals/" + pending.getId() + "/reject").param("reason", "Again")).andReturn();
        assertEquals("Referral " + pending.getId() + " is rejected already.", ((FormErrors) model(twice).get("rejectErrors")).get(FormErrors.FORM));
        assertEquals(decisionsBefore + 1, decisions(pending).size());
    }
}
