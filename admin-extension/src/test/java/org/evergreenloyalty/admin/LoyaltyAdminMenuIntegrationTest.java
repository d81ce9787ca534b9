package org.evergreenloyalty.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.broadleafcommerce.openadmin.server.security.domain.AdminMenu;
import org.broadleafcommerce.openadmin.server.security.domain.AdminModule;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.evergreenloyalty.admin.security.LoyaltyAdminAccess;
import org.evergreenloyalty.admin.status.LoyaltyInfrastructureView;
import org.evergreenloyalty.admin.status.JobOverview;
import org.evergreenloyalty.admin.status.MailOverview;
import org.evergreenloyalty.admin.status.SchedulerOverview;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.notification.MailSettings;
import org.evergreenloyalty.scheduling.SchedulerStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Loyalty admin menu on a real Broadleaf admin context, seeded by Broadleaf's admin SQL and
 * {@code load_evergreen_admin.sql}: who sees it, who holds the permission, and what Settings reads.
 */
@Tag("broadleaf")
class LoyaltyAdminMenuIntegrationTest {

    private static ConfigurableApplicationContext ctx;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
    }

    private <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(ctx.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(work);
    }

    /** The section URLs of the Loyalty module in the menu built for {@code login}; null when it has no Loyalty module. */
    private List<String> loyaltySectionsOf(final String login) {
        return inTransaction(new TransactionCallback<List<String>>() {
            @Override
            public List<String> doInTransaction(TransactionStatus status) {
                AdminSecurityService security = ctx.getBean("blAdminSecurityService", AdminSecurityService.class);
                AdminNavigationService navigation = ctx.getBean("blAdminNavigationService", AdminNavigationService.class);
                AdminMenu menu = navigation.buildMenu(security.readAdminUserByUserName(login));
                for (AdminModule module : menu.getAdminModules()) {
                    if ("EvergreenLoyalty".equals(module.getModuleKey())) {
                        assertEquals("Loyalty", module.getName());
                        List<String> urls = new ArrayList<String>();
                        for (AdminSection section : module.getSections()) {
                            urls.add(section.getUrl());
                        }
                        return urls;
                    }
                }
                return null;
            }
        });
    }

    /** The authorities sign-in grants {@code login} (inside a transaction, as the admin's open-session filter provides). */
    private List<String> authoritiesOf(final String login) {
        return inTransaction(new TransactionCallback<List<String>>() {
            @Override
            public List<String> doInTransaction(TransactionStatus status) {
                List<String> names = new ArrayList<String>();
                UserDetailsService users = ctx.getBean("blAdminUserDetailsService", UserDetailsService.class);
                for (GrantedAuthority authority : users.loadUserByUsername(login).getAuthorities()) {
                    names.add(authority.getAuthority());
                }
                return names;
            }
        });
    }

    @Test
    void theMasterAdminSeesLoyaltySettingsInTheMenu() {
        List<String> sections = loyaltySectionsOf("evg-master");
        assertNotNull(sections, "ROLE_ADMIN must see the Loyalty module");
        assertEquals(java.util.Arrays.asList("/loyalty/dashboard", "/loyalty/customers", "/loyalty/campaigns", "/loyalty/earning-events",
                "/loyalty/rewards", "/loyalty/milestones", "/loyalty/referrals", "/loyalty/birthdays", "/loyalty/reviews", "/loyalty/integrity",
                "/loyalty/webhooks", "/loyalty/emails", "/loyalty/api-keys", "/loyalty/import", "/loyalty/settings"),
                sections, "Dashboard first (500), then Customers, Campaigns (1500), Earning events (1600), Rewards (1650), Milestones (1700), "
                        + "Referrals (2000), Birthdays (3000), Reviews (4000), Integrity (8000), Webhooks (8500), E-mails (8600), API keys (8700) "
                        + "and Import (8800), Settings last");
    }

    @Test
    void aReportsOnlyUserSeesOnlyTheDashboard() {
        assertEquals(java.util.Arrays.asList("/loyalty/dashboard"), loyaltySectionsOf("evg-finance"));
        List<String> authorities = authoritiesOf("evg-finance");
        assertTrue(authorities.contains(LoyaltyAdminAccess.REPORTS_PERMISSION),
                "the friendly View Loyalty Reports permission expands to the reports authority");
        assertFalse(authorities.contains(LoyaltyAdminAccess.PERMISSION));
        assertTrue(authoritiesOf("evg-master").contains(LoyaltyAdminAccess.REPORTS_PERMISSION), "Maintain Loyalty includes it");
    }

    @Test
    void aMerchandiserDoesNotSeeTheLoyaltyModule() {
        assertNull(loyaltySectionsOf("evg-merch"), "ROLE_MERCHANDISE_MANAGER was never granted loyalty");
    }

    @Test
    void aUserGrantedThePlainPermissionDirectlySeesIt() {
        List<String> sections = loyaltySectionsOf("evg-clerk");
        assertNotNull(sections);
        assertTrue(sections.contains("/loyalty/settings"));
        assertTrue(sections.contains("/loyalty/customers"));
        assertTrue(sections.contains("/loyalty/referrals"));
        assertTrue(sections.contains("/loyalty/reviews"));
        assertTrue(sections.contains("/loyalty/birthdays"));
        assertTrue(sections.contains("/loyalty/integrity"));
        assertTrue(sections.contains("/loyalty/dashboard"));
    }

    @Test
    void signInGrantsTheLoyaltyAuthorityOnlyToItsHolders() {
        assertTrue(authoritiesOf("evg-master").contains(LoyaltyAdminAccess.PERMISSION),
                "the friendly Maintain Loyalty permission of ROLE_ADMIN must expand to the loyalty authority");
        assertTrue(authoritiesOf("evg-clerk").contains(LoyaltyAdminAccess.PERMISSION));
        List<String> merch = authoritiesOf("evg-merch");
        assertTrue(merch.contains("PERMISSION_ALL_PRODUCT"), "sanity: the merchandiser's own permissions load");
        assertFalse(merch.contains(LoyaltyAdminAccess.PERMISSION));
    }

    @Test
    void rolesCanBeGrantedMaintainLoyaltyInRoleManagement() {
        inTransaction(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                AdminPermission friendly = ctx.getBean("blAdminSecurityService", AdminSecurityService.class)
                        .readAdminPermissionById(-73000L);
                assertEquals("Maintain Loyalty", friendly.getDescription());
                assertTrue(friendly.isFriendly(), "Role Management only offers friendly permissions");
                java.util.Set<String> children = new java.util.HashSet<String>();
                for (AdminPermission child : friendly.getAllChildPermissions()) {
                    children.add(child.getName());
                }
                assertEquals(new java.util.HashSet<String>(java.util.Arrays.asList(LoyaltyAdminAccess.PERMISSION,
                        LoyaltyAdminAccess.REPORTS_PERMISSION)), children, "managing loyalty includes reading its reports");
                AdminPermission reports = ctx.getBean("blAdminSecurityService", AdminSecurityService.class)
                        .readAdminPermissionById(-73010L);
                assertEquals("View Loyalty Reports", reports.getDescription());
                assertTrue(reports.isFriendly());
                assertEquals(LoyaltyAdminAccess.REPORTS_PERMISSION, reports.getAllChildPermissions().get(0).getName());
                return null;
            }
        });
    }

    @Test
    void theSettingsSectionIsFoundByItsUrl() {
        AdminSection section = inTransaction(new TransactionCallback<AdminSection>() {
            @Override
            public AdminSection doInTransaction(TransactionStatus status) {
                AdminSection s = ctx.getBean("blAdminNavigationService", AdminNavigationService.class)
                        .findAdminSectionByURI("/loyalty/settings");
                s.getModule().getModuleKey();
                return s;
            }
        });
        assertNotNull(section);
        assertEquals("EvergreenLoyaltySettings", section.getSectionKey());
        assertEquals("EvergreenLoyalty", section.getModule().getModuleKey());
    }

    @Test
    void theBirthdaysSectionIsFoundByItsUrl() {
        AdminSection section = inTransaction(new TransactionCallback<AdminSection>() {
            @Override
            public AdminSection doInTransaction(TransactionStatus status) {
                AdminSection s = ctx.getBean("blAdminNavigationService", AdminNavigationService.class)
                        .findAdminSectionByURI("/loyalty/birthdays");
                s.getModule().getModuleKey();
                return s;
            }
        });
        assertNotNull(section);
        assertEquals("EvergreenLoyaltyBirthdays", section.getSectionKey());
        assertEquals("Birthdays", section.getName());
        assertEquals(Integer.valueOf(3000), section.getDisplayOrder());
    }

    @Test
    void menuLabelsAreMergedIntoTheAdminMessages() {
        assertEquals("Loyalty", ctx.getMessage("EvergreenLoyalty", null, Locale.ENGLISH));
        assertEquals("Settings", ctx.getMessage("EvergreenLoyaltySettings", null, Locale.ENGLISH));
        assertEquals("Customers", ctx.getMessage("EvergreenLoyaltyCustomers", null, Locale.ENGLISH));
        assertEquals("Referrals", ctx.getMessage("EvergreenLoyaltyReferrals", null, Locale.ENGLISH));
        assertEquals("Reviews", ctx.getMessage("EvergreenLoyaltyReviews", null, Locale.ENGLISH));
        assertEquals("Birthdays", ctx.getMessage("EvergreenLoyaltyBirthdays", null, Locale.ENGLISH));
        assertEquals("Integrity", ctx.getMessage("EvergreenLoyaltyIntegrity", null, Locale.ENGLISH));
        assertEquals("Dashboard", ctx.getMessage("EvergreenLoyaltyDashboard", null, Locale.ENGLISH));
        assertEquals("Webhooks", ctx.getMessage("EvergreenLoyaltyWebhooks", null, Locale.ENGLISH));
        assertEquals("API keys", ctx.getMessage("EvergreenLoyaltyApiKeys", null, Locale.ENGLISH));
        assertEquals("Catalog", ctx.getMessage("BLCMerchandising", null, Locale.ENGLISH),
                "Broadleaf's own labels must survive the merge");
    }

    @Test
    void theSettingsViewReadsTheModulesOwnSchedulerAndMailBeans() {
        LoyaltyInfrastructureView view = ctx.getBean("evgLoyaltyInfrastructureView", LoyaltyInfrastructureView.class);
        MailSettings settings = ctx.getBean("evgMailSettings", MailSettings.class);
        SchedulerStatus status = ctx.getBean("evgSchedulerStatus", SchedulerStatus.class);

        MailOverview mail = view.mail();
        assertTrue(mail.isConfigured());
        assertEquals(settings.getHost(), mail.getHost());
        assertEquals(settings.getPort(), mail.getPort());
        assertEquals(settings.getFromAddress(), mail.getFrom());

        SchedulerOverview scheduler = view.scheduler();
        assertTrue(scheduler.isConfigured());
        assertEquals(status.isRunning(), scheduler.getState() == SchedulerOverview.State.RUNNING);
        assertEquals(status.getJobs().size(), scheduler.getJobs().size());
        boolean heartbeat = false;
        for (JobOverview job : scheduler.getJobs()) {
            heartbeat |= "heartbeat".equals(job.getName());
        }
        assertTrue(heartbeat, "the module's heartbeat job is listed: " + scheduler);

        assertEquals(System.getProperty("evergreen.test.expectedVersion"), view.moduleVersion());
    }
}
