package org.evergreenloyalty.admin.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.admin.insights.CsvExport;
import org.evergreenloyalty.admin.insights.Dashboard;
import org.evergreenloyalty.admin.insights.DashboardQuery;
import org.evergreenloyalty.admin.insights.ReportTable;
import org.evergreenloyalty.insights.FunnelService;
import org.evergreenloyalty.insights.InsightsException;
import org.evergreenloyalty.insights.InsightsService;
import org.evergreenloyalty.insights.InsightsSetting;
import org.evergreenloyalty.insights.InsightsSettings;
import org.evergreenloyalty.insights.InsightsSettingsService;
import org.evergreenloyalty.insights.ReportPeriod;
import org.evergreenloyalty.support.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Loyalty &gt; Dashboard, the first page of the Loyalty menu: points accounting, program health, members against
 * non-members, retention and cohorts for a chosen period beside the previous one, with charts and a CSV of every
 * table. Readable with "View loyalty reports" (read-only) or the loyalty permission; only the latter may change the
 * expected redemption %. A bad period is answered with a clear message (status 400), never an error page.
 */
@Controller("evgLoyaltyDashboardController")
@RequestMapping("/" + LoyaltyDashboardController.SECTION_KEY)
public class LoyaltyDashboardController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/dashboard";

    private static final Log LOG = LogFactory.getLog(LoyaltyDashboardController.class);

    @Resource(name = "evgInsightsService")
    protected InsightsService insights;

    @Resource(name = "evgFunnelService")
    protected FunnelService funnels;

    @Resource(name = "evgInsightsSettingsService")
    protected InsightsSettingsService settings;

    @Resource(name = "evgClock")
    protected Clock clock;

    /** Reads the page's parts side by side ({@code evergreen.insights.dashboardThreads}). */
    @Resource(name = "evgInsightsExecutor")
    protected java.util.concurrent.Executor executor;

    /** The dashboard of the period the parameters choose (default: the last 30 days). */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(@ModelAttribute("dashboardQuery") DashboardQuery query, HttpServletResponse response, Model model) {
        if (!access.currentUserMayViewReports()) {
            return refused(response, model);
        }
        model.addAttribute("mayMaintain", access.currentUserMayManageLoyalty());
        model.addAttribute("insightsSetting", InsightsSetting.EXPECTED_REDEMPTION_PERCENT);
        model.addAttribute("expectedRedemptionPercent", settings.current().getExpectedRedemptionPercent());
        model.addAttribute("csvQuery", query.queryString());
        try {
            ReportPeriod period = query.toPeriod(clock.now(), insights.zone());
            model.addAttribute("dashboard", Dashboard.of(insights, funnels, period, query.granularity(period), this::text, executor));
        } catch (InsightsException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(WARNING, text(e.getMessageKey(), e.getArgs()));
        }
        return page(model, SECTION_KEY, "loyalty/dashboard");
    }

    /** One table as RFC 4180 CSV (UTF-8), with the same numbers as the page. */
    @RequestMapping(value = "/csv/{table}", method = RequestMethod.GET)
    public void csv(@ModelAttribute("dashboardQuery") DashboardQuery query, @PathVariable("table") String table,
                    HttpServletResponse response) throws IOException {
        if (!access.currentUserMayViewReports()) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, text("evergreen.access.denied"));
            return;
        }
        ReportPeriod period;
        try {
            period = query.toPeriod(clock.now(), insights.zone());
        } catch (InsightsException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, text(e.getMessageKey(), e.getArgs()));
            return;
        }
        ReportTable t = Dashboard.of(insights, funnels, period, query.granularity(period), this::text, executor).table(table);
        if (t == null) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, text("insights.csv.noSuchTable", table.length() > 40
                    ? table.substring(0, 40) : table));
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"loyalty-" + t.getId() + "-" + period.getFirst()
                + "-" + period.getLast() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvExport.write(t, this::header, out);
        out.flush();
    }

    /** Saves the expected redemption % (loyalty permission only); a bad value changes nothing and says why. */
    @RequestMapping(value = "/settings", method = RequestMethod.POST)
    public String saveSettings(@RequestParam(value = "expectedRedemptionPercent", required = false) String value,
                               HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        InsightsSetting s = InsightsSetting.EXPECTED_REDEMPTION_PERCENT;
        Integer parsed = parse(value);
        try {
            if (parsed == null) {
                throw new InsightsException(s.getErrorKey(), s.getMin(), s.getMax());
            }
            settings.save(new InsightsSettings(parsed));
            redirect.addFlashAttribute(NOTICE, text("insights.setting.saved"));
        } catch (InsightsException e) {
            LOG.debug("Expected redemption % refused: " + value);
            redirect.addFlashAttribute(WARNING, text(e.getMessageKey(), e.getArgs()));
        }
        return "redirect:/" + SECTION_KEY;
    }

    private String refused(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("viewType", NO_ACCESS_VIEW);
        return CONTAINER;
    }

    /** A column header: a message key, or text as written after "=". */
    private String header(String key) {
        return key.startsWith("=") ? key.substring(1) : text(key);
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }

    private static Integer parse(String value) {
        if (value == null || value.trim().isEmpty() || value.trim().length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
