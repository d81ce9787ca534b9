package org.evergreenloyalty.test;

import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.common.config.BroadleafEnvironmentConfiguringApplicationListener;
import org.broadleafcommerce.common.config.EnableBroadleafSiteRootAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;

/**
 * The one real Broadleaf 6 site root context of a test JVM, with the Evergreen module installed exactly as a store
 * installs it on Broadleaf 6: its jar on the classpath, found through {@code blc-config/}. Booted on first use,
 * shared by every test class. Same API as the 3.1 harness of the same name, so the shared test classes run on both.
 */
public final class BroadleafTestContext {

    /** The store's loyalty contact in tests: where the integrity check's e-mail goes. */
    public static final String INTEGRITY_CONTACT = "integrity-contact@example.com";

    private static ConfigurableApplicationContext context;

    private BroadleafTestContext() {
    }

    /** The test store: Broadleaf's site root auto-configuration plus the test XML (data source, clock). */
    @Configuration
    @EnableBroadleafSiteRootAutoConfiguration
    @ImportResource("classpath:evergreen-test-applicationContext.xml")
    public static class TestStoreConfiguration {
    }

    /** The shared context, booting it on the first call. */
    public static synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            context = boot();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> context.close(), "broadleaf-test-context-shutdown"));
        }
        bindRequest();
        return context;
    }

    /** Binds a mock request to the current thread, as Broadleaf's request-scoped beans expect. */
    public static void bindRequest() {
        if (RequestContextHolder.getRequestAttributes() == null) {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        }
    }

    /** Binds an open EntityManager to the current thread until {@link #closeRequestEntityManager()} (open-in-view). */
    public static void openRequestEntityManager() {
        EntityManagerFactory emf = get().getBean("entityManagerFactory", EntityManagerFactory.class);
        if (!TransactionSynchronizationManager.hasResource(emf)) {
            TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(emf.createEntityManager()));
        }
    }

    /** Writes the pending changes of the request's EntityManager (call inside a transaction to commit them). */
    public static void flushRequestEntityManager() {
        EntityManagerFactory emf = get().getBean("entityManagerFactory", EntityManagerFactory.class);
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(emf);
        if (holder != null) {
            holder.getEntityManager().flush();
        }
    }

    /** Unbinds and closes the EntityManager of {@link #openRequestEntityManager()}, if any. */
    public static void closeRequestEntityManager() {
        EntityManagerFactory emf = get().getBean("entityManagerFactory", EntityManagerFactory.class);
        if (TransactionSynchronizationManager.hasResource(emf)) {
            EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.unbindResource(emf);
            EntityManagerFactoryUtils.closeEntityManager(holder.getEntityManager());
        }
    }

    private static ConfigurableApplicationContext boot() {
        TestClock.configuredStart(); // a malformed -Devergreen.test.clockStart stops here, before the slow boot
        TestMailServer.start();
        TestDatabase db = TestDatabase.current();
        db.applyToBroadleaf();
        // the same switches as the 3.1 harness (keep the two lists alike).
        // Tests run the jobs themselves (often on a moved clock); a cron firing in the middle of another test would
        // change that test's customers behind its back (the birthday job at minute 7 issued a reward BirthdayEmailTest
        // was about to issue). Only the heartbeat stays scheduled, for the scheduler tests.
        for (String job : new String[] {"points-maturation", "points-expiry", "points-reservations", "points-tier-review",
                "birthday-rewards", "referral-rewards", "referral-cleanup", "review-requests", "milestones"}) {
            System.setProperty("evergreen.job." + job + ".cron", "off");
        }
        // tests count the e-mails to their customers: no welcome e-mail on registration (LifecycleMailTest checks it
        // with a service of its own), and the win-back job runs only when a test runs it
        System.setProperty("evergreen.lifecycle.welcome.enabled", "false");
        System.setProperty("evergreen.job.lifecycle-win-back.cron", "off");
        System.setProperty("evergreen.job.lifecycle-anniversary.cron", "off");
        System.setProperty("evergreen.job.lifecycle-statement.cron", "off");
        System.setProperty("evergreen.job.reward-reminders.cron", "off");
        // crash tests run the order-recovery sweep themselves, at the moment they choose
        System.setProperty("evergreen.job.order-recovery.cron", "off");
        System.setProperty("evergreen.orders.recovery.atStartup", "false");
        System.setProperty("evergreen.job.integrity-check.cron", "off");
        // the dashboard's summaries are folded only by the tests that fold them (InsightsSummaryOnOrdersTest)
        System.setProperty("evergreen.job.insights-summary.cron", "off");
        // placed orders are booked right after their commit in the committing thread (tests see them booked at once),
        // and the order-events job runs only when a test runs it
        System.setProperty("evergreen.orders.events.workerThreads", "0");
        System.setProperty("evergreen.job.order-events.cron", "off");
        // the outbox sends in the thread whose commit queued the e-mails, so a test sees them when its call returns;
        // OutboxTest drives its own senders (pool, cap, retries) at the moments it chooses
        System.setProperty("evergreen.mail.outbox.threads", "0");
        System.setProperty("evergreen.job.mail-outbox.cron", "off");
        // webhooks are sent the same way (WebhookCheckoutTest runs the webhooks job itself)
        System.setProperty("evergreen.webhooks.threads", "0");
        System.setProperty("evergreen.job.webhooks.cron", "off");
        // the privacy-erasure job runs only when PersonalDataTest runs it
        System.setProperty("evergreen.job.privacy-erasure.cron", "off");
        // the store API: idempotency records are cleaned only when a test runs the job; limits no test reaches
        // (StoreApiTest lowers them on the limiter to see the 429)
        System.setProperty("evergreen.job.api-cleanup.cron", "off");
        System.setProperty("evergreen.api.rateLimit.perKeyPerMinute", "1000000");
        System.setProperty("evergreen.api.rateLimit.perClientPerMinute", "1000000");
        // the integrity check's findings go to this address (IntegrityCheckTest reads it from the test mail server)
        System.setProperty("evergreen.integrity.contactEmail", INTEGRITY_CONTACT);
        // an empty store like the 3.1 suite's: Broadleaf 6's demo catalog and customers are not loaded (its admin
        // roles, permissions and menu are), and the id generator rows follow what the import wrote
        System.setProperty("demo.import.sql.enabled", "false");
        System.setProperty("auto.correct.sequence.generator.inconsistencies", "true");
        bindRequest();
        try {
            AnnotationConfigWebApplicationContext ctx = new AnnotationConfigWebApplicationContext();
            ctx.setServletContext(new MockServletContext());
            ctx.register(TestStoreConfiguration.class);
            new BroadleafEnvironmentConfiguringApplicationListener().initialize(ctx);
            ctx.refresh();
            TestClock.followModuleClock(ctx);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException("Broadleaf 6 test context failed to start on " + db + ": " + e.getMessage(), e);
        }
    }
}
