package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.settings.PointsSettingsForm;
import org.evergreenloyalty.admin.settings.TierForm;
import org.evergreenloyalty.admin.status.JobOverview;
import org.evergreenloyalty.admin.status.MailOverview;
import org.evergreenloyalty.admin.status.SchedulerOverview;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.points.ExpiryMode;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.TierBasis;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Renders the settings view the way Broadleaf's admin classpath resolver finds it. */
class LoyaltySettingsViewTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    LoyaltySettingsViewTest() {
        messages.setBasename("messages/EvergreenAdminMessages");
    }

    private String render(Map<String, Object> model) {
        // the forms part of the page, as the controller fills it
        PointsSettings s = new PointsSettings();
        s.setPointsPerCurrencyUnit(java.math.BigDecimal.ONE);
        s.setExpiryMode(ExpiryMode.FIXED_AGE);
        s.setTierBasis(TierBasis.POINTS_12_MONTHS);
        model.put("pointsForm", PointsSettingsForm.of(s));
        model.put("pointsErrors", new FormErrors(messages, Locale.ENGLISH));
        model.put("tierForm", TierForm.of(Collections.<LoyaltyTier>emptyList()));
        model.put("tierErrors", new FormErrors(messages, Locale.ENGLISH));
        model.put("expiryModes", ExpiryMode.values());
        model.put("tierBases", TierBasis.values());
        model.put("tierBasis", TierBasis.POINTS_12_MONTHS);
        return new AdminViewRenderer(messages).render("loyalty/settings", model);
    }

    @Test
    void showsVersionJobsAndMailSettings() {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("moduleVersion", "7.8.9");
            model.put("scheduler", SchedulerOverview.of(SchedulerOverview.State.RUNNING, "shop-node-1",
                    "jdbc", true, Arrays.asList(
                            new JobOverview("pointsExpiry", "0 0 3 * * ?", new Date(86_400_000L * 365), null, "NORMAL", true),
                            new JobOverview("reviewRequests", null, null, null, "UNSCHEDULED", false))));
            model.put("mail", MailOverview.of(true, "smtp.shop.example", 2525, true, "rewards@shop.example", "Shop Rewards"));
            String html = render(model);

            assertTrue(html.contains("7.8.9"), html);
            assertTrue(html.contains("shop-node-1"));
            assertTrue(html.contains(">Running<"), "state label from the messages: " + html);
            assertTrue(html.contains("jdbc (clustered)"));
            assertTrue(html.contains("pointsExpiry"));
            assertTrue(html.contains("0 0 3 * * ?"));
            assertTrue(html.contains("running now"));
            assertTrue(html.contains("reviewRequests"));
            assertTrue(html.contains("on demand only"), "an unscheduled job says so");
            assertTrue(html.contains("1971-01-01 00:00:00 UTC"), "next run formatted: " + html);
            assertTrue(html.contains("smtp.shop.example"));
            assertTrue(html.contains("2525"));
            assertTrue(html.contains("Shop Rewards &lt;rewards@shop.example&gt;"));
            assertTrue(html.contains("Schedule (cron)"), "labels come from EvergreenAdminMessages");
            assertFalse(html.contains("Not configured"));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void saysNotConfiguredForMissingSchedulerAndMail() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("moduleVersion", "unknown");
        model.put("scheduler", SchedulerOverview.notConfigured());
        model.put("mail", MailOverview.notConfigured());
        String html = render(model);
        assertTrue(html.contains("id=\"evergreen-scheduler-missing\""), html);
        assertTrue(html.contains("id=\"evergreen-mail-missing\""));
        assertFalse(html.contains("evergreen-scheduler-jobs"));
        assertFalse(html.contains("id=\"evergreen-mail\""));
    }

    @Test
    void saysSoWhenTheSchedulerHasNoJobs() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("moduleVersion", "1");
        model.put("scheduler", SchedulerOverview.of(SchedulerOverview.State.DISABLED, null, "ram", false,
                Collections.<JobOverview>emptyList()));
        model.put("mail", MailOverview.notConfigured());
        String html = render(model);
        assertTrue(html.contains("The scheduler has no jobs."), html);
        assertTrue(html.contains("Disabled on this node (evergreen.scheduler.enabled=false)"));
    }
}
