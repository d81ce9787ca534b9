package org.evergreenloyalty.admin.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.evergreenloyalty.admin.security.LoyaltyAdminAccess;
import org.springframework.ui.Model;

/**
 * Base of the admin's Loyalty pages: every page is refused (403, with an explanation) to admin users without
 * {@link LoyaltyAdminAccess#PERMISSION}, and shown inside Broadleaf's admin frame (menu, breadcrumbs) with its
 * section highlighted. Broadleaf 3.1 itself only checks entity permissions, never custom pages, so each page
 * must go through {@link #refusalFor}.
 */
public abstract class AbstractLoyaltyAdminController extends AdminAbstractController {

    /** The admin's container template that wraps a view with header, menu and breadcrumbs. */
    static final String CONTAINER = "modules/defaultContainer";

    /** The view shown to users without the loyalty permission. */
    static final String NO_ACCESS_VIEW = "loyalty/noLoyaltyAccess";

    @Resource(name = "evgLoyaltyAdminAccess")
    protected LoyaltyAdminAccess access;

    /**
     * Null when the signed-in user may use the Loyalty pages; otherwise sets status 403 and returns the view
     * that explains why, which the handler must return as is.
     */
    protected String refusalFor(HttpServletResponse response, Model model) {
        if (access.currentUserMayManageLoyalty()) {
            return null;
        }
        // no menu position either: the section is not in this user's menu
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("viewType", NO_ACCESS_VIEW);
        return CONTAINER;
    }

    /**
     * Shows {@code views/<viewType>.html} as the page of the section at {@code /<sectionKey>}.
     *
     * @param sectionKey the section's URL below the admin root, without the leading slash
     */
    protected String page(Model model, String sectionKey, String viewType) {
        setModelAttributes(model, sectionKey);
        model.addAttribute("viewType", viewType);
        return CONTAINER;
    }
}
