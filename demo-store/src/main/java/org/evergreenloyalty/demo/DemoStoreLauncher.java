package org.evergreenloyalty.demo;

import org.evergreenloyalty.demo.launcher.DatabaseSetup;
import org.evergreenloyalty.demo.launcher.EmbeddedWebapp;
import org.evergreenloyalty.demo.launcher.LauncherSettings;
import org.evergreenloyalty.demo.mail.DemoMailbox;

/**
 * Starts the Evergreen demo store: the demo mailbox, the database, then the storefront (port 8080) and the
 * Broadleaf admin (port 8081, {@code /admin}), each in embedded Jetty. {@code java -jar evergreen-demo-store.jar}.
 */
public final class DemoStoreLauncher {

    /** Printed once both webapps are up; scripts and tests wait for it. */
    public static final String READY_MARKER = "Evergreen demo store ready";

    /** The module's scheduler store setting; the launcher defaults it to {@code jdbc}. */
    static final String SCHEDULER_STORE = "evergreen.scheduler.store";
    /** The storefront address the module's links (e-mails, referral links) start with; defaults to this storefront. */
    static final String STORE_BASE_URL = "evergreen.store.baseUrl";
    /** How long each application keeps settings read; the demo reads them every time unless one is given. */
    static final String SETTINGS_CACHE = "evergreen.settings.cacheSeconds";

    private DemoStoreLauncher() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception e) {
            System.err.println("[evergreen-demo] start-up failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        final LauncherSettings settings = LauncherSettings.fromSystemProperties();

        final DemoMailbox mailbox = settings.externalMail() ? null : DemoMailbox.start(settings.smtpPort());
        log(mailbox == null ? "e-mail goes to the external host " + System.getProperty("evergreen.mail.host")
                : "demo mailbox (SMTP) listening on 127.0.0.1:" + mailbox.port());

        // storefront and admin run in this one JVM, each with the module's scheduler: share Quartz's JDBC job
        // store so each job fires once (the module's documented setting for that case)
        if (System.getProperty(SCHEDULER_STORE) == null) {
            System.setProperty(SCHEDULER_STORE, "jdbc");
        }
        log("loyalty job scheduler store: " + System.getProperty(SCHEDULER_STORE));
        // links in the module's e-mails (review links, unsubscribe, account pages) and on the referral page point
        // at this storefront, also on a port other than 8080
        if (System.getProperty(STORE_BASE_URL) == null) {
            System.setProperty(STORE_BASE_URL, "http://localhost:" + settings.sitePort());
        }
        log("links in e-mails point at " + System.getProperty(STORE_BASE_URL));
        // the storefront and the admin are two applications here, like two nodes of a store: each would see the other's
        // saved settings, tiers and webhook subscriptions only within evergreen.settings.cacheSeconds (30 s). The demo
        // reads them every time, so what an administrator saves shows in the storefront at once
        if (System.getProperty(SETTINGS_CACHE) == null) {
            System.setProperty(SETTINGS_CACHE, "0");
        }
        log("settings cache: " + System.getProperty(SETTINGS_CACHE) + " s");

        final DatabaseSetup database = DatabaseSetup.from(settings).inspect();
        log("database: " + database.describe());

        final EmbeddedWebapp site = new EmbeddedWebapp("storefront", "site-webapp", "/", settings.sitePort());
        final EmbeddedWebapp admin = new EmbeddedWebapp("admin", "admin-webapp", "/admin", settings.adminPort());

        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                log("stopping");
                admin.stop();
                site.stop();
                database.shutdown();
                if (mailbox != null) {
                    mailbox.stop();
                }
                log("stopped");
            }
        }, "evergreen-demo-shutdown"));

        // only the first webapp may create the schema of an empty database
        database.configureSchemaFor(true);
        long t0 = System.currentTimeMillis();
        site.start();
        log("storefront started in " + (System.currentTimeMillis() - t0) + " ms");

        boolean adminStarted = false;
        if (admin.isPresent()) {
            database.configureSchemaFor(false);
            t0 = System.currentTimeMillis();
            admin.start();
            adminStarted = true;
            log("admin started in " + (System.currentTimeMillis() - t0) + " ms");
        } else {
            log("admin webapp not installed (no admin-webapp/WEB-INF/web.xml on the classpath): skipping the admin");
        }

        String siteUrl = "http://localhost:" + settings.sitePort() + "/";
        String adminUrl = "http://localhost:" + settings.adminPort() + "/admin/";
        StringBuilder ready = new StringBuilder();
        ready.append("\n==============================================================\n");
        ready.append(READY_MARKER).append(": storefront ").append(siteUrl)
             .append(" (alice@example.com / Password1!, bob@example.com / Password1!)");
        if (adminStarted) {
            ready.append(", admin ").append(adminUrl).append(" (admin / admin)");
        }
        ready.append('\n');
        ready.append("  Storefront: ").append(siteUrl).append('\n');
        ready.append("    customers: alice@example.com / Password1!   bob@example.com / Password1!\n");
        ready.append("  Admin:      ").append(adminStarted ? adminUrl + "\n    login: admin / admin\n" : "not installed\n");
        if (mailbox != null) {
            ready.append("  Mailbox:    ").append(siteUrl).append("demo/mailbox\n");
        }
        ready.append("  Press Ctrl-C to stop.\n");
        ready.append("==============================================================");
        System.out.println(ready);
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void log(String message) {
        System.out.println("[evergreen-demo] " + message);
        System.out.flush();
    }
}
