package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.reviews.ReviewSettingsForm;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewTrigger;
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
 * The review settings of Loyalty &gt; Reviews on the real admin context: valid input is saved, every bad field
 * gets its own message and nothing at all is saved while one is bad.
 */
@Tag("broadleaf")
class LoyaltyReviewSettingsPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private ReviewSettingsService settings;
    private ReviewSettings before;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        settings = ctx.getBean("evgReviewSettingsService", ReviewSettingsService.class);
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
    static Map<String, String> formOf(ReviewSettings s) {
        ReviewSettingsForm f = ReviewSettingsForm.of(s);
        Map<String, String> p = new LinkedHashMap<String, String>();
        p.put("trigger", f.getTrigger());
        p.put("fulfillmentStatuses", f.getFulfillmentStatuses());
        p.put("delayDays", f.getDelayDays());
        p.put("lateDays", f.getLateDays());
        p.put("reminderDays", f.getReminderDays());
        p.put("tokenValidDays", f.getTokenValidDays());
        p.put("productRepeatMonths", f.getProductRepeatMonths());
        p.put("maxEmailsPer30Days", f.getMaxEmailsPer30Days());
        p.put("moderation", f.getModeration());
        p.put("rewardPoints", f.getRewardPoints());
        p.put("maxTextLength", f.getMaxTextLength());
        p.put("maxTitleLength", f.getMaxTitleLength());
        p.put("_enabled", "on");
        p.put("_satisfactionQuestion", "on");
        if (f.isEnabled()) p.put("enabled", "true");
        if (f.isSatisfactionQuestion()) p.put("satisfactionQuestion", "true");
        return p;
    }

    private static MockHttpServletRequestBuilder postForm(Map<String, String> params) {
        MockHttpServletRequestBuilder b = post("/loyalty/reviews/settings");
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() != null) {
                b.param(e.getKey(), e.getValue());
            }
        }
        return b;
    }

    private static void assertSameSettings(ReviewSettings expected, ReviewSettings actual) {
        assertEquals(formOf(expected), formOf(actual));
    }

    @Test
    void thePageShowsTheSavedSettings() throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/reviews/settings")).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/reviewSettings", model(r).get("viewType"));
        ReviewSettingsForm form = (ReviewSettingsForm) model(r).get("settingsForm");
        assertEquals(String.valueOf(before.getDelayDays()), form.getDelayDays());
        assertEquals(before.getModeration().name(), form.getModeration());
        assertEquals(String.valueOf(before.getRewardPoints()), form.getRewardPoints());
        assertEquals(before.isSatisfactionQuestion(), form.isSatisfactionQuestion());
        assertEquals(2, ((ReviewTrigger[]) model(r).get("triggers")).length);
    }

    @Test
    void validSettingsAreSaved() throws Exception {
        ReviewSettings wanted = before.copy();
        wanted.setEnabled(!before.isEnabled());
        wanted.setTrigger(ReviewTrigger.FULFILLMENT_STATUS);
        wanted.setFulfillmentStatuses("fulfilled, delivered");
        wanted.setDelayDays(before.getDelayDays() == 10 ? 11 : 10);
        wanted.setLateDays(20);
        wanted.setReminderDays(5);
        wanted.setTokenValidDays(90);
        wanted.setProductRepeatMonths(6);
        wanted.setMaxEmailsPer30Days(2);
        wanted.setSatisfactionQuestion(!before.isSatisfactionQuestion());
        wanted.setModeration(before.getModeration() == ModerationMode.AUTO_APPROVE ? ModerationMode.MODERATE_ALL : ModerationMode.AUTO_APPROVE);
        wanted.setRewardPoints(75);
        wanted.setMaxTextLength(1500);
        wanted.setMaxTitleLength(80);

        MvcResult r = mvc.perform(postForm(formOf(wanted))).andReturn();

        assertEquals("/loyalty/reviews/settings", r.getResponse().getRedirectedUrl(), String.valueOf(model(r).get("settingsErrors")));
        assertEquals("Review settings saved.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        ReviewSettings now = settings.current();
        assertEquals(wanted.isEnabled(), now.isEnabled());
        assertEquals(ReviewTrigger.FULFILLMENT_STATUS, now.getTrigger());
        assertEquals("FULFILLED,DELIVERED", now.getFulfillmentStatuses(), "the engine keeps them normalised");
        assertEquals(wanted.getDelayDays(), now.getDelayDays());
        assertEquals(20, now.getLateDays());
        assertEquals(5, now.getReminderDays());
        assertEquals(90, now.getTokenValidDays());
        assertEquals(6, now.getProductRepeatMonths());
        assertEquals(2, now.getMaxEmailsPer30Days());
        assertEquals(wanted.isSatisfactionQuestion(), now.isSatisfactionQuestion());
        assertEquals(wanted.getModeration(), now.getModeration());
        assertEquals(75, now.getRewardPoints());
        assertEquals(1500, now.getMaxTextLength());
        assertEquals(80, now.getMaxTitleLength());
    }

    @Test
    void anUncheckedBoxTurnsItsSwitchOff() throws Exception {
        ReviewSettings on = before.copy();
        on.setEnabled(true);
        on.setSatisfactionQuestion(true);
        settings.save(on);
        Map<String, String> form = formOf(on);
        form.remove("enabled");
        form.remove("satisfactionQuestion");

        mvc.perform(postForm(form)).andReturn();

        assertFalse(settings.current().isEnabled());
        assertFalse(settings.current().isSatisfactionQuestion());
    }

    @Test
    void badInputShowsEveryProblemAndSavesNothing() throws Exception {
        Map<String, String> form = formOf(before);
        form.put("rewardPoints", "80");                   // fine on its own, must not be saved either
        form.put("delayDays", "abc");                     // not a number
        form.put("reminderDays", "1.5");                  // decimals
        form.put("tokenValidDays", "");                   // blank
        form.put("maxEmailsPer30Days", "101");            // out of range (the engine's rule)
        form.put("trigger", "WHENEVER");                  // not an option
        form.put("moderation", "SUBMITTED");              // an option of another list
        form.put("maxTitleLength", "99999999999999999999"); // too large

        MvcResult r = mvc.perform(postForm(form)).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertNull(r.getResponse().getRedirectedUrl());
        assertEquals("loyalty/reviewSettings", model(r).get("viewType"));
        FormErrors errors = (FormErrors) model(r).get("settingsErrors");
        assertEquals("Enter a whole number, e.g. 50.", errors.get("delayDays"));
        assertEquals("Enter a whole number without decimals.", errors.get("reminderDays"));
        assertEquals("Enter a value.", errors.get("tokenValidDays"));
        assertEquals("The e-mail cap must be between 0 (no limit) and 100 per 30 days.", errors.get("maxEmailsPer30Days"));
        assertEquals("Choose one of the options.", errors.get("trigger"));
        assertEquals("Choose one of the options.", errors.get("moderation"));
        assertEquals("This number is too large.", errors.get("maxTitleLength"));
        assertFalse(errors.has("rewardPoints"));
        assertEquals("abc", ((ReviewSettingsForm) model(r).get("settingsForm")).getDelayDays(), "the input is shown again");
        assertSameSettings(before, settings.current());
    }

    @Test
    void rulesOnlyTheEngineChecksAlsoSaveNothing() throws Exception {
        Map<String, String> form = formOf(before);
        form.put("tokenValidDays", "10");
        form.put("reminderDays", "10");                   // must come before the links expire
        form.put("trigger", "FULFILLMENT_STATUS");
        form.put("fulfillmentStatuses", " ");             // the fulfilment trigger needs a status
        form.put("rewardPoints", "-5");
        form.put("maxTextLength", "20");

        MvcResult r = mvc.perform(postForm(form)).andReturn();

        FormErrors errors = (FormErrors) model(r).get("settingsErrors");
        assertEquals("The reminder must come before the links expire (10 days).", errors.get("reminderDays"));
        assertEquals("Name at least one fulfillment status (e.g. FULFILLED) for the fulfilment trigger.", errors.get("fulfillmentStatuses"));
        assertEquals("Reward points must be between 0 (no reward) and 1,000,000.", errors.get("rewardPoints"));
        assertEquals("The longest review text must be between 50 and 10,000 characters.", errors.get("maxTextLength"));
        assertSameSettings(before, settings.current());

        Map<String, String> badStatus = formOf(before);
        badStatus.put("fulfillmentStatuses", "FULFILLED, <script>");
        FormErrors statusErrors = (FormErrors) model(mvc.perform(postForm(badStatus)).andReturn()).get("settingsErrors");
        assertEquals("'<SCRIPT>' is not a fulfillment status: use letters, digits and '_' (e.g. FULFILLED, DELIVERED).",
                statusErrors.get("fulfillmentStatuses"));
        assertSameSettings(before, settings.current());
    }
}
