package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.referrals.ReferralSettingsForm;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.referral.AdvocateRewardKind;
import org.evergreenloyalty.referral.DiscountKind;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.referral.ReferralSettingsService;
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
 * The referral settings page of Loyalty &gt; Referrals on the real admin context: valid input is saved, an
 * unchecked box switches its rule off, and invalid input is shown with a problem per field while nothing
 * at all is saved.
 */
@Tag("broadleaf")
class LoyaltyReferralSettingsPagesIntegrationTest {

    private static final String[] BOXES = {"enabled", "ruleSameEmail", "ruleSameAddress", "ruleSameDevice",
        "ruleExistingCustomer", "mailFriendOrdered", "mailRewardGranted"};

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private ReferralSettingsService settings;
    private ReferralSettings before;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        settings = ctx.getBean("evgReferralSettingsService", ReferralSettingsService.class);
        before = settings.current();
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

    /** The fields the settings form posts for {@code s}, as a browser sends them (check boxes with markers). */
    static Map<String, String> formOf(ReferralSettings s) {
        ReferralSettingsForm f = ReferralSettingsForm.of(s);
        Map<String, String> p = new LinkedHashMap<String, String>();
        p.put("friendDiscountKind", f.getFriendDiscountKind());
        p.put("friendDiscountValue", f.getFriendDiscountValue());
        p.put("friendMinimumSubtotal", f.getFriendMinimumSubtotal());
        p.put("friendCodeValidDays", f.getFriendCodeValidDays());
        p.put("advocateRewardKind", f.getAdvocateRewardKind());
        p.put("advocatePoints", f.getAdvocatePoints());
        p.put("advocateCodeKind", f.getAdvocateCodeKind());
        p.put("advocateCodeValue", f.getAdvocateCodeValue());
        p.put("advocateCodeValidDays", f.getAdvocateCodeValidDays());
        p.put("approvalDays", f.getApprovalDays());
        p.put("monthlyCap", f.getMonthlyCap());
        p.put("plusTagDomains", f.getPlusTagDomains());
        p.put("dotInsensitiveDomains", f.getDotInsensitiveDomains());
        p.put("sameDeviceWindowHours", f.getSameDeviceWindowHours());
        p.put("advocateWeeklyLimit", f.getAdvocateWeeklyLimit());
        p.put("ipDailyLimit", f.getIpDailyLimit());
        p.put("cookieDays", f.getCookieDays());
        p.put("wrongCodeLimitPerSession", f.getWrongCodeLimitPerSession());
        p.put("wrongCodeLimitPerIp", f.getWrongCodeLimitPerIp());
        p.put("wrongCodeWindowMinutes", f.getWrongCodeWindowMinutes());
        p.put("inviteMaxAddresses", f.getInviteMaxAddresses());
        p.put("inviteDailyLimit", f.getInviteDailyLimit());
        p.put("inviteRepeatDays", f.getInviteRepeatDays());
        p.put("qualifyingMinimumSubtotal", f.getQualifyingMinimumSubtotal());
        p.put("inviteHourlyPerIp", f.getInviteHourlyPerIp());
        p.put("inviteHourlyStore", f.getInviteHourlyStore());
        for (String box : BOXES) {
            p.put("_" + box, "on");
        }
        if (f.isEnabled()) p.put("enabled", "true");
        if (f.isRuleSameEmail()) p.put("ruleSameEmail", "true");
        if (f.isRuleSameAddress()) p.put("ruleSameAddress", "true");
        if (f.isRuleSameDevice()) p.put("ruleSameDevice", "true");
        if (f.isRuleExistingCustomer()) p.put("ruleExistingCustomer", "true");
        if (f.isMailFriendOrdered()) p.put("mailFriendOrdered", "true");
        if (f.isMailRewardGranted()) p.put("mailRewardGranted", "true");
        return p;
    }

    static MockHttpServletRequestBuilder postForm(String url, Map<String, String> params) {
        MockHttpServletRequestBuilder b = post(url);
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() != null) {
                b.param(e.getKey(), e.getValue());
            }
        }
        return b;
    }

    private void assertUnchanged() {
        assertEquals(formOf(before), formOf(settings.current()), "nothing was saved");
    }

    @Test
    void thePageShowsTheSettingsAsSaved() throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/referrals/settings")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/referralSettings", model(r).get("viewType"));
        ReferralSettingsForm form = (ReferralSettingsForm) model(r).get("referralForm");
        assertEquals(String.valueOf(before.getApprovalDays()), form.getApprovalDays());
        assertEquals(before.getFriendDiscountKind().name(), form.getFriendDiscountKind());
        assertEquals(before.isRuleSameDevice(), form.isRuleSameDevice());
        assertTrue(((FormErrors) model(r).get("referralErrors")).isEmpty());
    }

    @Test
    void validSettingsAreSavedEveryField() throws Exception {
        ReferralSettings wanted = before.copy();
        wanted.setEnabled(!before.isEnabled());
        wanted.setFriendDiscountKind(DiscountKind.AMOUNT);
        wanted.setFriendDiscountValue(new BigDecimal("7.5"));
        wanted.setFriendMinimumSubtotal(new BigDecimal("25"));
        wanted.setFriendCodeValidDays(45);
        wanted.setAdvocateRewardKind(AdvocateRewardKind.CODE);
        wanted.setAdvocatePoints(750);
        wanted.setAdvocateCodeKind(DiscountKind.PERCENT);
        wanted.setAdvocateCodeValue(new BigDecimal("15"));
        wanted.setAdvocateCodeValidDays(90);
        wanted.setApprovalDays(0);
        wanted.setMonthlyCap(3);
        wanted.setRuleSameEmail(!before.isRuleSameEmail());
        wanted.setPlusTagDomains("example.com, gmail.com");
        wanted.setDotInsensitiveDomains("gmail.com");
        wanted.setRuleSameAddress(!before.isRuleSameAddress());
        wanted.setRuleSameDevice(!before.isRuleSameDevice());
        wanted.setSameDeviceWindowHours(48);
        wanted.setRuleExistingCustomer(!before.isRuleExistingCustomer());
        wanted.setAdvocateWeeklyLimit(5);
        wanted.setIpDailyLimit(0);
        wanted.setCookieDays(14);
        wanted.setWrongCodeLimitPerSession(5);
        wanted.setWrongCodeLimitPerIp(20);
        wanted.setWrongCodeWindowMinutes(30);
        wanted.setInviteMaxAddresses(5);
        wanted.setInviteDailyLimit(8);
        wanted.setInviteRepeatDays(10);
        wanted.setQualifyingMinimumSubtotal(new BigDecimal("30"));
        wanted.setInviteHourlyPerIp(12);
        wanted.setInviteHourlyStore(250);
        wanted.setMailFriendOrdered(!before.isMailFriendOrdered());
        wanted.setMailRewardGranted(!before.isMailRewardGranted());

        MvcResult r = mvc.perform(postForm("/loyalty/referrals/settings", formOf(wanted))).andReturn();

        assertEquals("/loyalty/referrals/settings", r.getResponse().getRedirectedUrl(),
                String.valueOf(r.getModelAndView().getModel().get("referralErrors")));
        assertEquals("Referral settings saved.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        ReferralSettings now = settings.current();
        assertEquals(formOf(wanted), formOf(now), "every field as posted");
        assertEquals(0, now.getApprovalDays());
        assertEquals(0, new BigDecimal("7.5").compareTo(now.getFriendDiscountValue()));
        assertEquals(AdvocateRewardKind.CODE, now.getAdvocateRewardKind());
    }

    @Test
    void anUncheckedBoxSwitchesItsRuleOff() throws Exception {
        ReferralSettings on = before.copy();
        on.setRuleSameDevice(true);
        on.setMailRewardGranted(true);
        settings.save(on);
        Map<String, String> form = formOf(on);
        form.remove("ruleSameDevice");
        form.remove("mailRewardGranted");

        mvc.perform(postForm("/loyalty/referrals/settings", form)).andReturn();

        assertFalse(settings.current().isRuleSameDevice());
        assertFalse(settings.current().isMailRewardGranted());
        assertTrue(settings.current().isRuleSameEmail() == on.isRuleSameEmail(), "the other switches stay");
    }

    @Test
    void invalidSettingsShowEveryProblemNextToItsFieldAndSaveNothing() throws Exception {
        Map<String, String> form = formOf(before);
        form.put("approvalDays", "0");                    // fine on its own, must not be saved either
        form.put("monthlyCap", "abc");                    // not a number
        form.put("friendCodeValidDays", "1.5");           // decimals
        form.put("cookieDays", "");                       // blank
        form.put("friendDiscountKind", "PERCENT");
        form.put("friendDiscountValue", "150");           // the engine's rule: at most 100%
        form.put("inviteMaxAddresses", "0");              // the engine's range
        form.put("plusTagDomains", "not a domain");       // the engine's domain rule
        form.put("advocateRewardKind", "CASH");           // not an option
        form.put("sameDeviceWindowHours", "99999999999"); // too large for the field
        form.put("qualifyingMinimumSubtotal", "-5");      // the engine's range
        form.put("inviteHourlyPerIp", "0");               // the engine's range

        MvcResult r = mvc.perform(postForm("/loyalty/referrals/settings", form)).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/referralSettings", model(r).get("viewType"));
        FormErrors errors = (FormErrors) model(r).get("referralErrors");
        assertEquals("Enter a whole number, e.g. 50.", errors.get("monthlyCap"));
        assertEquals("Enter a whole number without decimals.", errors.get("friendCodeValidDays"));
        assertEquals("Enter a value.", errors.get("cookieDays"));
        assertEquals("The friend's discount cannot be more than 100%.", errors.get("friendDiscountValue"));
        assertEquals("Addresses per invitation must be between 1 and 50.", errors.get("inviteMaxAddresses"));
        assertEquals("'not a domain' is not a domain name (use e.g. gmail.com, comma-separated, or *).", errors.get("plusTagDomains"));
        assertEquals("Choose one of the options.", errors.get("advocateRewardKind"));
        assertEquals("This number is too large.", errors.get("sameDeviceWindowHours"));
        assertEquals("The minimum qualifying order value must be between 0 (none) and 100000.", errors.get("qualifyingMinimumSubtotal"));
        assertEquals("Invitations per IP address and hour must be between 1 and 100000.", errors.get("inviteHourlyPerIp"));
        assertFalse(errors.has("approvalDays"));
        assertEquals("abc", ((ReferralSettingsForm) model(r).get("referralForm")).getMonthlyCap(), "the input is shown again");
        assertUnchanged();
    }

    @Test
    void rulesOnlyTheEngineChecksAlsoSaveNothing() throws Exception {
        Map<String, String> form = formOf(before);
        form.put("approvalDays", "400");
        form.put("advocateRewardKind", "POINTS");
        form.put("advocatePoints", "0");
        form.put("friendDiscountKind", "AMOUNT");
        form.put("friendDiscountValue", "2.555");

        MvcResult r = mvc.perform(postForm("/loyalty/referrals/settings", form)).andReturn();

        FormErrors errors = (FormErrors) model(r).get("referralErrors");
        assertEquals("The approval period must be between 0 and 365 days.", errors.get("approvalDays"));
        assertEquals("The advocate's reward must be between 1 and 1,000,000 points.", errors.get("advocatePoints"));
        assertEquals("The friend's discount can have at most 2 decimals.", errors.get("friendDiscountValue"));
        assertUnchanged();
    }
}
