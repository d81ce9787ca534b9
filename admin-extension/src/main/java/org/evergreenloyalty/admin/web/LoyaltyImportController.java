package org.evergreenloyalty.admin.web;

import java.io.IOException;
import java.io.StringReader;
import java.text.SimpleDateFormat;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.evergreenloyalty.admin.pointsimport.PendingImport;
import org.evergreenloyalty.pointsimport.ImportFileException;
import org.evergreenloyalty.pointsimport.ImportMode;
import org.evergreenloyalty.pointsimport.ImportReport;
import org.evergreenloyalty.pointsimport.ImportRequest;
import org.evergreenloyalty.pointsimport.PointsImportService;
import org.evergreenloyalty.support.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's Loyalty &gt; Import page: upload a CSV file of points (multipart; Broadleaf's CSRF filter reads the token
 * from the query string, as its own asset upload does, since it cannot see the fields of a multipart body), choose
 * ADD or SET, see the dry run row by row, then Apply the same file (kept in the session meanwhile); and the history of
 * applied imports. A bad file shows the message and changes nothing.
 */
@Controller("evgLoyaltyImportController")
@RequestMapping("/" + LoyaltyImportController.SECTION_KEY)
public class LoyaltyImportController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/import";
    /** Largest file accepted. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Rows of a report shown on the page (the counts cover all). */
    public static final int SHOWN_ROWS = 1000;
    /** Imports listed in the history. */
    public static final int HISTORY = 50;

    @Resource(name = "evgPointsImportService")
    protected PointsImportService imports;
    @Resource(name = "evgClock")
    protected Clock clock;
    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtection;

    /** The upload form and the history. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String form(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return importPage(model, ImportMode.ADD, suggestedId(), null, null);
    }

    /** Reads the uploaded file and shows its dry run; keeps the file in the session for Apply. */
    @RequestMapping(value = "/check", method = RequestMethod.POST)
    public String check(@RequestParam(value = "file", required = false) MultipartFile file,
                        @RequestParam(value = "mode", required = false) String mode,
                        @RequestParam(value = "importId", required = false) String importId,
                        HttpSession session, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        ImportMode m = ImportMode.parse(mode);
        String id = importId == null ? "" : importId.trim();
        session.removeAttribute(PendingImport.SESSION_KEY);
        if (file == null || file.isEmpty()) {
            return importPage(model, m, id, text("evergreen.import.noFile"), null);
        }
        if (file.getSize() > MAX_BYTES) {
            return importPage(model, m, id, text("evergreen.import.tooLarge", MAX_BYTES / (1024 * 1024)), null);
        }
        try {
            ImportRequest request = new ImportRequest(id, file.getOriginalFilename(), m, actor());
            PendingImport pending = new PendingImport(id, request.getFileName(), m, file.getBytes());
            ImportReport report = imports.dryRun(request, new StringReader(pending.text()));
            session.setAttribute(PendingImport.SESSION_KEY, pending);
            model.addAttribute("pending", pending);
            return importPage(model, m, id, null, report);
        } catch (ImportFileException e) {
            return importPage(model, m, id, refusal(e), null);
        } catch (IOException e) {
            return importPage(model, m, id, text("evergreen.import.unreadable"), null);
        }
    }

    /** Applies the file of the last dry run (the import id must match it) and shows what it did. */
    @RequestMapping(value = "/apply", method = RequestMethod.POST)
    public String apply(@RequestParam(value = "importId", required = false) String importId,
                        HttpSession session, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Object held = session.getAttribute(PendingImport.SESSION_KEY);
        if (!(held instanceof PendingImport) || !((PendingImport) held).getImportId().equals(importId)) {
            return importPage(model, ImportMode.ADD, suggestedId(), text("evergreen.import.nothingPending"), null);
        }
        PendingImport pending = (PendingImport) held;
        try {
            ImportReport report = imports.apply(new ImportRequest(pending.getImportId(), pending.getFileName(), pending.getMode(), actor()),
                    new StringReader(pending.text()));
            session.removeAttribute(PendingImport.SESSION_KEY);
            model.addAttribute(NOTICE, text("evergreen.import.applied", pending.getImportId(), report.count(org.evergreenloyalty.pointsimport.RowStatus.CHANGE),
                    report.count(org.evergreenloyalty.pointsimport.RowStatus.REFUSED)));
            return importPage(model, pending.getMode(), suggestedId(), null, report);
        } catch (ImportFileException e) {
            return importPage(model, pending.getMode(), pending.getImportId(), refusal(e), null);
        }
    }

    private String importPage(Model model, ImportMode mode, String importId, String error, ImportReport report) {
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("formMode", mode == null ? ImportMode.ADD : mode);
        model.addAttribute("formImportId", importId);
        model.addAttribute("importError", error);
        model.addAttribute("report", report);
        model.addAttribute("shownRows", report == null ? null
                : report.getRows().subList(0, Math.min(SHOWN_ROWS, report.getRows().size())));
        model.addAttribute("history", imports.history(HISTORY));
        model.addAttribute("csrfToken", csrfToken());
        return page(model, SECTION_KEY, "loyalty/import");
    }

    private String suggestedId() {
        return "import-" + new SimpleDateFormat("yyyyMMdd-HHmmss").format(clock.now());
    }

    private String actor() {
        String login = currentAdminLogin();
        return login == null ? "admin" : "admin:" + login;
    }

    private String csrfToken() {
        try {
            return exploitProtection.getCSRFToken();
        } catch (ServiceException e) {
            return "";
        }
    }
}
