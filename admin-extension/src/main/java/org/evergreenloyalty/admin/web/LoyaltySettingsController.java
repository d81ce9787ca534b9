package org.evergreenloyalty.admin.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.status.LoyaltyInfrastructureView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The admin's Loyalty &gt; Settings page: the installed module version, the scheduler with its jobs
 * (cron expression, next run) and the e-mail settings, read from the running application.
 */
@Controller("evgLoyaltySettingsController")
@RequestMapping("/" + LoyaltySettingsController.SECTION_KEY)
public class LoyaltySettingsController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/settings";

    @Resource(name = "evgLoyaltyInfrastructureView")
    protected LoyaltyInfrastructureView infrastructure;

    /** Shows the settings page. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        model.addAttribute("moduleVersion", infrastructure.moduleVersion());
        model.addAttribute("scheduler", infrastructure.scheduler());
        model.addAttribute("mail", infrastructure.mail());
        return page(model, SECTION_KEY, "loyalty/settings");
    }
}
