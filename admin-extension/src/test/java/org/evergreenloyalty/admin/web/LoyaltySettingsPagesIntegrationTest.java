package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.settings.PointsSettingsForm;
import org.evergreenloyalty.admin.settings.TierForm;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.points.ExpiryMode;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierBasis;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.scheduling.HeartbeatJob;
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
 * Loyalty &gt; Settings on the real admin context: the points rules and tiers forms save valid input,
 * and invalid input is shown with a problem per field while nothing is saved.
 */
@Tag("broadleaf")
class LoyaltySettingsPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private PointsSettingsService settings;
    private TierService tiers;
    private PointsSettings before;
    private List<LoyaltyTier> tiersBefore;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        settings = ctx.getBean("evgPointsSettingsService", PointsSettingsService.class);
        tiers = ctx.getBean("evgTierService", TierService.class);
        before = settings.current();
        tiersBefore = copies(tiers.tiers());
        tiers.saveTiers(Arrays.asList(new LoyaltyTier("Silver", 100, new BigDecimal("1.5"), "Free shipping"),
                new LoyaltyTier("Gold", 500, new BigDecimal("2"), "Early access")));
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void restore() {
        fixtures.signOut();
        settings.save(before);
        tiers.saveTiers(tiersBefore);
    }

    private static List<LoyaltyTier> copies(List<LoyaltyTier> ts) {
        List<LoyaltyTier> out = new ArrayList<LoyaltyTier>();
        for (LoyaltyTier t : ts) {
            out.add(new LoyaltyTier(t.getName(), t.getThreshold(), t.getMultiplier(), t.getBenefit()));
        }
        return out;
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    /** The fields the settings form posts for {@code s}, as a browser sends them (check boxes with markers). */
    private static Map<String, String> formOf(PointsSettings s) {
        PointsSettingsForm f = PointsSettingsForm.of(s);
        Map<String, String> p = new LinkedHashMap<String, String>();
        p.put("pointsPerCurrencyUnit", f.getPointsPerCurrencyUnit());
        p.put("excludedProductIds", f.getExcludedProductIds());
        p.put("excludedCategoryIds", f.getExcludedCategoryIds());
        p.put("signupBonus", f.getSignupBonus());
        p.put("pendingDays", f.getPendingDays());
        p.put("redeemPointsPerCurrencyUnit", f.getRedeemPointsPerCurrencyUnit());
        p.put("redeemStep", f.getRedeemStep());
        p.put("redeemMinimumBalance", f.getRedeemMinimumBalance());
        p.put("redeemMaxSharePercent", f.getRedeemMaxSharePercent());
        p.put("reservationMinutes", f.getReservationMinutes());
        p.put("voucherSteps", f.getVoucherSteps());
        p.put("expiryMode", f.getExpiryMode());
        p.put("expiryDays", f.getExpiryDays());
        p.put("reminderDaysBefore", f.getReminderDaysBefore());
        p.put("tierBasis", f.getTierBasis());
        for (String box : new String[] {"earnOnShipping", "earnOnTax", "mailPointsAvailable", "mailPointsExpiring", "mailTierReached"}) {
            p.put("_" + box, "on");
        }
        if (f.isEarnOnShipping()) p.put("earnOnShipping", "true");
        if (f.isEarnOnTax()) p.put("earnOnTax", "true");
        if (f.isMailPointsAvailable()) p.put("mailPointsAvailable", "true");
        if (f.isMailPointsExpiring()) p.put("mailPointsExpiring", "true");
        if (f.isMailTierReached()) p.put("mailTierReached", "true");
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

    private static void assertSameSettings(PointsSettings expected, PointsSettings actual) {
        assertEquals(formOf(expected), formOf(actual));
    }

    @Test
    void theSettingsPageShowsTheCurrentRulesTiersAndInfrastructure() throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/settings")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/settings", model(r).get("viewType"));
        PointsSettingsForm form = (PointsSettingsForm) model(r).get("pointsForm");
        assertEquals(String.valueOf(before.getPendingDays()), form.getPendingDays());
        TierForm tierForm = (TierForm) model(r).get("tierForm");
        assertEquals(2 + TierForm.BLANK_ROWS, tierForm.getTiers().size(), "two tiers and the blank rows for new ones");
        assertEquals("Silver", tierForm.getTiers().get(0).getName());
        assertEquals("1.5", tierForm.getTiers().get(0).getMultiplier());
        assertNotNull(model(r).get("scheduler"));
        assertNotNull(model(r).get("mail"));
        assertNotNull(model(r).get("moduleVersion"));
    }

    @Test
    void runNowRunsTheJobOnceAndSaysSo() throws Exception {
        HeartbeatJob heartbeat = ctx.getBean("evgHeartbeatJob", HeartbeatJob.class);
        long runsBefore = heartbeat.getRunCount();
        MvcResult r = mvc.perform(post("/loyalty/settings/jobs/heartbeat/run")).andReturn();
        assertEquals("/loyalty/settings#evergreen-scheduler-jobs", r.getResponse().getRedirectedUrl());
        String notice = (String) r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE);
        assertNotNull(notice, "a notice confirms the run");
        assertTrue(notice.startsWith("Job heartbeat ran"), notice);
        assertEquals(runsBefore + 1, heartbeat.getRunCount(), "the job ran exactly once, in the request");
    }

    @Test
    void runNowOfAnUnknownJobIsNotFoundAndRunsNothing() throws Exception {
        HeartbeatJob heartbeat = ctx.getBean("evgHeartbeatJob", HeartbeatJob.class);
        long runsBefore = heartbeat.getRunCount();
        MvcResult r = mvc.perform(post("/loyalty/settings/jobs/no-such-job/run")).andReturn();
        assertEquals(404, r.getResponse().getStatus());
        assertEquals("There is no job named no-such-job.", model(r).get("notFoundMessage"));
        assertEquals(runsBefore, heartbeat.getRunCount());
    }

    @Test
    void validPointsRulesAreSaved() throws Exception {
        PointsSettings wanted = before.copy();
        wanted.setPointsPerCurrencyUnit(new BigDecimal("2.5"));
        wanted.setEarnOnShipping(!before.isEarnOnShipping());
        wanted.setExcludedProductIds("12, 13");
        wanted.setPendingDays(before.getPendingDays() == 14 ? 15 : 14);
        wanted.setRedeemStep(50);
        wanted.setVoucherSteps("300,600");
        wanted.setExpiryMode(ExpiryMode.INACTIVITY);
        wanted.setExpiryDays(400);
        wanted.setReminderDaysBefore(20);
        wanted.setTierBasis(TierBasis.POINTS_LIFETIME);
        wanted.setMailTierReached(!before.isMailTierReached());

        MvcResult r = mvc.perform(postForm("/loyalty/settings/points", formOf(wanted))).andReturn();

        assertEquals("/loyalty/settings", r.getResponse().getRedirectedUrl());
        assertEquals("Points rules saved.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        PointsSettings now = settings.current();
        assertEquals(0, new BigDecimal("2.5").compareTo(now.getPointsPerCurrencyUnit()));
        assertEquals(wanted.isEarnOnShipping(), now.isEarnOnShipping());
        assertEquals("12, 13", now.getExcludedProductIds());
        assertEquals(wanted.getPendingDays(), now.getPendingDays());
        assertEquals(50, now.getRedeemStep());
        assertEquals("300,600", now.getVoucherSteps());
        assertEquals(ExpiryMode.INACTIVITY, now.getExpiryMode());
        assertEquals(400, now.getExpiryDays());
        assertEquals(20, now.getReminderDaysBefore());
        assertEquals(TierBasis.POINTS_LIFETIME, now.getTierBasis());
        assertEquals(wanted.isMailTierReached(), now.isMailTierReached());
    }

    @Test
    void anUncheckedBoxTurnsItsSwitchOff() throws Exception {
        PointsSettings on = before.copy();
        on.setMailPointsAvailable(true);
        on.setEarnOnTax(true);
        settings.save(on);
        Map<String, String> form = formOf(on);
        form.remove("mailPointsAvailable");
        form.remove("earnOnTax");

        mvc.perform(postForm("/loyalty/settings/points", form)).andReturn();

        assertFalse(settings.current().isMailPointsAvailable());
        assertFalse(settings.current().isEarnOnTax());
    }

    @Test
    void invalidPointsRulesShowEveryProblemAndSaveNothing() throws Exception {
        Map<String, String> form = formOf(before);
        form.put("pointsPerCurrencyUnit", "2");          // fine on its own, must not be saved either
        form.put("pendingDays", "abc");                  // not a number
        form.put("redeemMaxSharePercent", "150");        // out of range (the engine's rule)
        form.put("redeemStep", "1.5");                   // decimals
        form.put("signupBonus", "");                     // blank
        form.put("voucherSteps", "500,,x");              // the engine's list rule
        form.put("expiryMode", "SOMETIMES");             // not an option
        form.put("tierBasis", "FIXED_AGE");              // an option of another list

        MvcResult r = mvc.perform(postForm("/loyalty/settings/points", form)).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/settings", model(r).get("viewType"));
        FormErrors errors = (FormErrors) model(r).get("pointsErrors");
        assertEquals("Enter a whole number, e.g. 50.", errors.get("pendingDays"));
        assertEquals("Maximum share of the order paid with points must be between 1 and 100 percent.", errors.get("redeemMaxSharePercent"));
        assertEquals("Enter a whole number without decimals.", errors.get("redeemStep"));
        assertEquals("Enter a value.", errors.get("signupBonus"));
        assertEquals("Voucher steps must be whole point amounts separated by commas, e.g. 500,1000.", errors.get("voucherSteps"));
        assertEquals("Choose one of the options.", errors.get("expiryMode"));
        assertEquals("Choose one of the options.", errors.get("tierBasis"));
        assertFalse(errors.has("pointsPerCurrencyUnit"));
        assertEquals("abc", ((PointsSettingsForm) model(r).get("pointsForm")).getPendingDays(), "the input is shown again");
        assertSameSettings(before, settings.current());
    }

    @Test
    void rulesOnlyTheEngineChecksAlsoSaveNothing() throws Exception {
        Map<String, String> form = formOf(before);
        form.put("pendingDays", "400");
        form.put("expiryMode", "FIXED_AGE");
        form.put("expiryDays", "30");
        form.put("reminderDaysBefore", "30");
        form.put("pointsPerCurrencyUnit", "1.23456");

        MvcResult r = mvc.perform(postForm("/loyalty/settings/points", form)).andReturn();

        FormErrors errors = (FormErrors) model(r).get("pointsErrors");
        assertEquals("Pending period must be between 0 and 365 days.", errors.get("pendingDays"));
        assertEquals("The reminder must come between 0 days and the expiry period before expiry.", errors.get("reminderDaysBefore"));
        assertEquals("Use at most 4 decimals.", errors.get("pointsPerCurrencyUnit"));
        assertSameSettings(before, settings.current());
    }

    // ---- tiers

    private static Map<String, String> tierRow(Map<String, String> p, int row, Long id, String name, String threshold,
                                               String multiplier, String benefit, boolean remove) {
        String k = "tiers[" + row + "].";
        p.put(k + "id", id == null ? "" : String.valueOf(id));
        p.put(k + "name", name);
        p.put(k + "threshold", threshold);
        p.put(k + "multiplier", multiplier);
        p.put(k + "benefit", benefit);
        p.put("_" + k + "remove", "on");
        if (remove) {
            p.put(k + "remove", "true");
        }
        return p;
    }

    @Test
    void tiersAreEditedAddedAndRemovedTogether() throws Exception {
        LoyaltyTier silver = tiers.tiers().get(0);
        LoyaltyTier gold = tiers.tiers().get(1);
        Map<String, String> p = new LinkedHashMap<String, String>();
        tierRow(p, 0, silver.getId(), "Silver Plus", "150", "1.25", "Free shipping over 20", false);
        tierRow(p, 1, gold.getId(), "Gold", "500", "2", "Early access", true);
        tierRow(p, 2, null, "Platinum", "1000", "3", "", false);
        tierRow(p, 3, null, "", "", "", "", false);  // a blank row is no tier

        MvcResult r = mvc.perform(postForm("/loyalty/settings/tiers", p)).andReturn();

        assertEquals("/loyalty/settings", r.getResponse().getRedirectedUrl(), String.valueOf(r.getModelAndView().getModel().get("tierErrors")));
        assertEquals("Tiers saved.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        List<LoyaltyTier> now = tiers.tiers();
        assertEquals(2, now.size());
        assertEquals(silver.getId(), now.get(0).getId(), "an edited tier keeps its id (customers holding it keep it)");
        assertEquals("Silver Plus", now.get(0).getName());
        assertEquals(150, now.get(0).getThreshold());
        assertEquals(0, new BigDecimal("1.25").compareTo(now.get(0).getMultiplier()));
        assertEquals("Free shipping over 20", now.get(0).getBenefit());
        assertEquals("Platinum", now.get(1).getName());
        assertEquals(1000, now.get(1).getThreshold());
        assertEquals(null, now.get(1).getBenefit());
    }

    @Test
    void invalidTiersShowTheProblemOnTheirRowAndSaveNothing() throws Exception {
        LoyaltyTier silver = tiers.tiers().get(0);
        LoyaltyTier gold = tiers.tiers().get(1);
        Map<String, String> p = new LinkedHashMap<String, String>();
        tierRow(p, 0, silver.getId(), "Renamed", "100", "1.5", "", true);     // removed: its edit does not count
        tierRow(p, 1, gold.getId(), "Gold", "500", "20", "", false);          // multiplier out of range (engine)
        tierRow(p, 2, null, "gold", "700", "2", "", false);                    // name used twice (engine)

        MvcResult r = mvc.perform(postForm("/loyalty/settings/tiers", p)).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        FormErrors errors = (FormErrors) model(r).get("tierErrors");
        assertEquals("Tier 1 needs a multiplier between 1 and 10.", errors.get("tiers[1].multiplier"), errors.toString());
        assertEquals("Tier name 'gold' is used twice.", errors.get("tiers[2].name"), "reported on the form row, not the list position");
        assertUnchangedTiers(silver, gold);

        Map<String, String> unreadable = new LinkedHashMap<String, String>();
        tierRow(unreadable, 0, silver.getId(), "", "abc", "x", "", false);
        tierRow(unreadable, 1, gold.getId(), "Gold", "-5", "2", "", false);
        MvcResult r2 = mvc.perform(postForm("/loyalty/settings/tiers", unreadable)).andReturn();
        FormErrors errors2 = (FormErrors) model(r2).get("tierErrors");
        assertEquals("Enter a name.", errors2.get("tiers[0].name"));
        assertEquals("Enter a whole number, e.g. 50.", errors2.get("tiers[0].threshold"));
        assertEquals("Enter a number, e.g. 1 or 1.5.", errors2.get("tiers[0].multiplier"));
        assertTrue(((TierForm) model(r2).get("tierForm")).getTiers().get(0).getThreshold().equals("abc"), "the input is shown again");
        assertUnchangedTiers(silver, gold);
    }

    private void assertUnchangedTiers(LoyaltyTier silver, LoyaltyTier gold) {
        List<LoyaltyTier> now = tiers.tiers();
        assertEquals(2, now.size());
        assertEquals(silver.getId(), now.get(0).getId());
        assertEquals("Silver", now.get(0).getName());
        assertEquals(100, now.get(0).getThreshold());
        assertEquals("Gold", now.get(1).getName());
        assertEquals(0, new BigDecimal("2").compareTo(now.get(1).getMultiplier()));
    }
}
