package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.evergreenloyalty.admin.security.LoyaltyAdminAccess;
import org.evergreenloyalty.admin.status.LoyaltyInfrastructureView;
import org.evergreenloyalty.admin.status.MailOverview;
import org.evergreenloyalty.admin.status.SchedulerOverview;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/** The refusal path of the settings page (the permitted path renders inside Broadleaf's admin: see the demo). */
class LoyaltySettingsControllerTest {

    private boolean infrastructureRead;

    private LoyaltySettingsController controllerFor(final boolean permitted) {
        LoyaltySettingsController controller = new LoyaltySettingsController();
        controller.access = new LoyaltyAdminAccess() {
            @Override
            public boolean currentUserMayManageLoyalty() {
                return permitted;
            }
        };
        controller.infrastructure = new LoyaltyInfrastructureView() {
            @Override public String moduleVersion() { infrastructureRead = true; return "1"; }
            @Override public SchedulerOverview scheduler() { infrastructureRead = true; return SchedulerOverview.notConfigured(); }
            @Override public MailOverview mail() { infrastructureRead = true; return MailOverview.notConfigured(); }
        };
        return controller;
    }

    @Test
    void refusesAUserWithoutTheLoyaltyPermission() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();

        String view = controllerFor(false).show(response, model);

        assertEquals(403, response.getStatus());
        assertEquals("modules/defaultContainer", view);
        assertEquals("loyalty/noLoyaltyAccess", model.get("viewType"));
        assertFalse(model.containsAttribute("mail"), "nothing of the settings reaches the model");
        assertFalse(model.containsAttribute("currentAdminSection"), "no menu position for a refused user");
        assertFalse(infrastructureRead);
    }
}
