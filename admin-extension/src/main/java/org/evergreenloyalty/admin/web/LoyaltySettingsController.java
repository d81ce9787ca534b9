package org.evergreenloyalty.admin.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.evergreenloyalty.admin.security.LoyaltyAdminAccess;
import org.evergreenloyalty.admin.status.LoyaltyInfrastructureView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The admin's Loyalty &gt; Settings page: the installed module version, the scheduler with its jobs
 * (cron expression, next run) and the e-mail settings, read from the running application.
 * Only admin users holding {@link LoyaltyAdminAccess#PERMISSION} may see it; others get a 403 page.
 */
@Controller("evgLoyaltySettingsController")
@RequestMapping("/" + LoyaltySettingsController.SECTION_KEY)
public class LoyaltySettingsController extends AdminAbstractController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/settings";

    /** The admin's container template that wraps a view with header, menu and breadcrumbs. */
    static final String CONTAINER = "modules/defaultContainer";

    @Resource(name = "evgLoyaltyInfrastructureView")
    protected LoyaltyInfrastructureView infrastructure;

    @Resource(name = "evgLoyaltyAdminAccess")
    protected LoyaltyAdminAccess access;

    /** Shows the settings page. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        if (!access.currentUserMayManageLoyalty()) {
            // no menu position either: the section is not in this user's menu
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("viewType", "loyalty/noLoyaltyAccess");
            return CONTAINER;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("moduleVersion", infrastructure.moduleVersion());
        model.addAttribute("scheduler", infrastructure.scheduler());
        model.addAttribute("mail", infrastructure.mail());
        model.addAttribute("viewType", "loyalty/settings");
        return CONTAINER;
    }
}
