package org.evergreenloyalty.admin.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.TestClock;
import org.evergreenloyalty.test.TestDatabase;
import org.evergreenloyalty.test.TestMailServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.request.RequestScope;

/**
 * The one real Broadleaf ADMIN root context of this module's test JVM, built like the admin webapp's (all of
 * Broadleaf's standard files, web ones included): Broadleaf's admin files, the
 * Evergreen module and admin extension XML exactly as a store's admin web.xml lists them, on a fresh
 * database seeded by Broadleaf's admin SQL, Evergreen's admin SQL and a few test users; the module's e-mails go to
 * the {@link TestMailServer} of this JVM (the loyalty module's test harness, from its test-jar).
 * Booted on first use, shared by every test class.
 */
public final class AdminTestContext {

    /** Broadleaf's admin root files, in the order Broadleaf's 3.1 admin lists them. */
    static final String[] BROADLEAF_ADMIN_LOCATIONS = {
        "bl-open-admin-contentClient-applicationContext.xml",
        "bl-open-admin-contentCreator-applicationContext.xml",
        "bl-admin-applicationContext.xml",
        "bl-cms-contentClient-applicationContext.xml",
        "bl-cms-contentCreator-applicationContext.xml"
    };

    /** Evergreen's files, in the order a store lists them. */
    static final String[] EVERGREEN_LOCATIONS = {
        "bl-evergreen-applicationContext.xml",
        "bl-evergreen-admin-applicationContext.xml"
    };

    /** The SQL the admin database is seeded with, in order. */
    static final String IMPORT_FILES = "/config/bc/sql/load_admin_permissions.sql,"
            + "/config/bc/sql/load_admin_roles.sql,"
            + "/config/bc/sql/load_admin_menu.sql,"
            + "/config/evergreen/sql/load_evergreen_admin.sql,"
            + "/evergreen-admin-test-users.sql";

    private static ConfigurableApplicationContext context;

    private AdminTestContext() {
    }

    /** The shared context, booting it on the first call. */
    public static synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            context = boot();
            Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
                @Override
                public void run() {
                    context.close();
                }
            }, "admin-test-context-shutdown"));
        }
        bindRequest();
        return context;
    }

    /** Binds a mock request to the current thread, as Broadleaf's request-scoped beans expect. */
    public static void bindRequest() {
        BroadleafTestContext.bindRequest();
    }

    private static ConfigurableApplicationContext boot() {
        TestClock.configuredStart(); // a malformed -Devergreen.test.clockStart stops here, before the slow boot
        TestMailServer.start();
        TestDatabase db = TestDatabase.current();
        db.applyToBroadleaf();
        System.setProperty("blPU.hibernate.hbm2ddl.import_files", IMPORT_FILES);
        // the tests run jobs themselves (often on a moved clock); a scheduled run in the middle of a test would
        // change that test's customers behind its back. The heartbeat stays scheduled for the scheduler pages.
        for (String job : new String[] {"points-maturation", "points-expiry", "points-reservations", "points-tier-review",
                "birthday-rewards", "referral-rewards", "referral-cleanup", "review-requests", "integrity-check", "mail-outbox",
                "lifecycle-win-back", "lifecycle-anniversary", "lifecycle-statement", "webhooks", "insights-summary",
                "privacy-erasure", "api-cleanup", "reward-reminders"}) {
            System.setProperty("evergreen.job." + job + ".cron", "off");
        }
        // the outbox sends in the thread whose commit queued the e-mails, so a page shows them sent when it returns
        System.setProperty("evergreen.mail.outbox.threads", "0");
        System.setProperty("evergreen.lifecycle.welcome.enabled", "false"); // tests count the e-mails to their customers
        // webhooks too, with short timeouts
        System.setProperty("evergreen.webhooks.threads", "0");
        System.setProperty("evergreen.webhooks.connectTimeoutMs", "1000");
        System.setProperty("evergreen.webhooks.readTimeoutMs", "1000");
        System.setProperty("evergreen.webhooks.disableAfterFailures", "3");
        System.setProperty("evergreen.integrity.contactEmail", "integrity-admin@example.com");
        bindRequest();
        try {
            List<String> patches = new ArrayList<String>(Arrays.asList(BROADLEAF_ADMIN_LOCATIONS));
            patches.addAll(Arrays.asList(EVERGREEN_LOCATIONS));
            patches.add("evergreen-admin-test-applicationContext.xml");
            MergeClassPathXMLApplicationContext ctx = new MergeClassPathXMLApplicationContext(
                    StandardConfigLocations.retrieveAll(StandardConfigLocations.APPCONTEXTTYPE),
                    patches.toArray(new String[0]));
            ctx.getBeanFactory().registerScope("request", new RequestScope());
            TestClock.followModuleClock(ctx);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException("Broadleaf admin test context failed to start on " + db + ": " + e.getMessage(), e);
        }
    }
}
