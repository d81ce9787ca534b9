package org.evergreenloyalty.test;

import org.evergreenloyalty.support.AdjustableClock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericXmlApplicationContext;

/**
 * The engine's test context of a JVM: {@code evergreen/core/evergreen-core.xml} as a platform adapter imports it,
 * plus {@code evergreen-core-test-applicationContext.xml} (a plain JPA persistence unit "blPU" on the database of
 * {@link TestDatabase}, and in-memory implementations of the engine's ports). No Broadleaf, no servlets: the
 * same context boots on Spring 3.2 + Hibernate 4.1 and, transformed to jakarta, on Spring 6 + Hibernate 6.
 * Booted on first use, shared by every test class.
 */
public final class CoreTestContext {

    /** Where the integrity check's e-mail goes in core tests. */
    public static final String INTEGRITY_CONTACT = "integrity-contact@example.com";

    private static ConfigurableApplicationContext context;

    private CoreTestContext() {
    }

    /** The shared context, booting it on the first call. */
    public static synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            context = boot();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> context.close(), "core-test-context-shutdown"));
        }
        return context;
    }

    /** The module clock of the context. */
    public static AdjustableClock clock() {
        return get().getBean("evgClock", AdjustableClock.class);
    }

    private static ConfigurableApplicationContext boot() {
        TestDatabase db = TestDatabase.current();
        System.setProperty("evergreen.test.jdbc.url", db.url());
        System.setProperty("evergreen.test.jdbc.user", db.user());
        System.setProperty("evergreen.test.jdbc.password", db.password());
        // tests run jobs themselves (JobRunner.runNow, services); no scheduler thread fires in between
        System.setProperty("evergreen.scheduler.enabled", "false");
        System.setProperty("evergreen.job.api-cleanup.cron", "off");
        System.setProperty("evergreen.orders.recovery.atStartup", "false");
        // placed orders are booked, and queued e-mails sent, in the committing thread: a test sees them when its call returns
        System.setProperty("evergreen.orders.events.workerThreads", "0");
        System.setProperty("evergreen.mail.outbox.threads", "0");
        // webhooks too; short timeouts and a low threshold so the receiver tests stay quick
        System.setProperty("evergreen.webhooks.threads", "0");
        System.setProperty("evergreen.job.privacy-erasure.cron", "off");
        System.setProperty("evergreen.webhooks.connectTimeoutMs", "1000");
        System.setProperty("evergreen.webhooks.readTimeoutMs", "1000");
        System.setProperty("evergreen.webhooks.disableAfterFailures", "4");
        System.setProperty("evergreen.integrity.contactEmail", INTEGRITY_CONTACT);
        try {
            return new GenericXmlApplicationContext("classpath:/evergreen-core-test-applicationContext.xml");
        } catch (RuntimeException e) {
            throw new IllegalStateException("core test context failed to start on " + db + ": " + e.getMessage(), e);
        }
    }
}
