package org.evergreenloyalty.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.privacy.PersonalDataExport;
import org.evergreenloyalty.privacy.PrivacyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * {@code GET /account/loyalty/export}: the signed-in shopper's loyalty data as a JSON download (the personal-data
 * export, linked from the loyalty page as "Download my loyalty data"); anonymous visitors go to the login page.
 */
@Controller
public class AccountDataExportController {

    /** Where anonymous visitors are sent (below the context path). */
    static final String LOGIN = "/login";

    private final PrivacyService privacy;
    private final CurrentShopper shopper;

    @Autowired
    public AccountDataExportController(@Qualifier("evgPrivacyService") PrivacyService privacy,
                                       @Qualifier("evgCurrentShopper") CurrentShopper shopper) {
        this.privacy = privacy;
        this.shopper = shopper;
    }

    @RequestMapping(value = "/account/loyalty/export", method = RequestMethod.GET)
    public void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long customerId = shopper.customerId();
        if (customerId == null) {
            response.sendRedirect(request.getContextPath() + LOGIN);
            return;
        }
        PersonalDataExport data = privacy.export(customerId);
        byte[] body = data.toJson().getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + data.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
