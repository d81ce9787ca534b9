package org.evergreenloyalty.admin.web;

import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.admin.integrity.FindingRow;
import org.evergreenloyalty.integrity.IntegrityFinding;
import org.evergreenloyalty.integrity.IntegrityRun;
import org.evergreenloyalty.integrity.IntegrityService;
import org.evergreenloyalty.order.OrderRecoveryService;
import org.evergreenloyalty.integrity.IntegrityTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Integrity page: the last run of the integrity check (when, by whom, what it checked, its
 * findings per group and the e-mail's fate), its stored findings page by page with links to the orders and
 * customers, the earlier runs, and "Run check now". Everything shown was stored by the run; showing the page
 * checks nothing. Below them, the placed orders the crash-recovery sweep booked (when, and the points booked).
 */
@Controller("evgLoyaltyIntegrityController")
@RequestMapping("/" + LoyaltyIntegrityController.SECTION_KEY)
public class LoyaltyIntegrityController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/integrity";
    /** Findings per page. */
    public static final int PAGE_SIZE = 50;
    /** Earlier runs listed. */
    public static final int RUNS_LISTED = 10;

    private static final Log LOG = LogFactory.getLog(LoyaltyIntegrityController.class);

    @Resource(name = "evgIntegrityService")
    protected IntegrityService integrity;

    @Resource(name = "evgOrderRecoveryService")
    protected OrderRecoveryService recovery;

    /** Orders the recovery sweep booked that the page lists. */
    public static final int RECOVERED_LISTED = 20;

    /**
     * The newest run, or run {@code run}, with page {@code page} (from 0) of its findings. Unreadable numbers fall
     * back to the newest run and the first page; a run that does not exist is a 404.
     */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(@RequestParam(value = "run", required = false) String run,
                       @RequestParam(value = "page", required = false) String page,
                       HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Long runId = number(run);
        IntegrityRun shown = runId == null ? integrity.latestRun() : integrity.run(runId);
        if (runId != null && shown == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.integrity.page.noSuchRun", run);
        }
        Long p = number(page);
        int pageNo = p == null || p < 0 ? 0 : (int) Math.min(p, Integer.MAX_VALUE / PAGE_SIZE);
        model.addAttribute("integrityRun", shown);
        model.addAttribute("integrityRuns", integrity.recentRuns(RUNS_LISTED));
        model.addAttribute("recoveredOrders", recovery.recoveredOrders(RECOVERED_LISTED));
        if (shown != null) {
            List<IntegrityFinding> findings = integrity.findings(shown.getId(), pageNo, PAGE_SIZE);
            model.addAttribute("findings", FindingRow.of(findings, new IntegrityTexts(messageSource), LocaleContextHolder.getLocale()));
            model.addAttribute("findingsPage", pageNo);
            model.addAttribute("hasNewerPage", pageNo > 0);
            model.addAttribute("hasOlderPage", (long) (pageNo + 1) * PAGE_SIZE < shown.getStoredFindings());
        }
        return page(model, SECTION_KEY, "loyalty/integrity");
    }

    /** Runs the check at once (recording the admin user) and shows its result. */
    @RequestMapping(value = "/run", method = RequestMethod.POST)
    public String runNow(HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        try {
            IntegrityRun run = integrity.run(currentAdminLogin());
            redirect.addFlashAttribute(run.getFindingCount() == 0 ? NOTICE : WARNING,
                    text("evergreen.integrity.page.ran", run.getFindingCount()));
        } catch (RuntimeException e) {
            LOG.warn("The integrity check failed when run from the admin", e);
            redirect.addFlashAttribute(WARNING, text("evergreen.integrity.page.failed", String.valueOf(e.getMessage())));
        }
        return "redirect:/" + SECTION_KEY;
    }

    private static Long number(String s) {
        if (s == null || s.trim().isEmpty() || s.trim().length() > 18) {
            return null;
        }
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
