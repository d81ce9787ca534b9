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
        // the same switches as the 3.1 harness: tests run the jobs, workers and outbox themselves
        System.setProperty("evergreen.job.review-requests.cron", "off");
        // tests count the e-mails to their customers: no welcome e-mail on registration (LifecycleMailTest checks it
        // with a service of its own), and the win-back job runs only when a test runs it
        System.setProperty("evergreen.lifecycle.welcome.enabled", "false");
        System.setProperty("evergreen.job.lifecycle-win-back.cron", "off");
        System.setProperty("evergreen.job.lifecycle-anniversary.cron", "off");
        System.setProperty("evergreen.job.lifecycle-statement.cron", "off");
        System.setProperty("evergreen.job.order-recovery.cron", "off");
        System.setProperty("evergreen.orders.recovery.atStartup", "false");
        System.setProperty("evergreen.job.integrity-check.cron", "off");
        System.setProperty("evergreen.orders.events.workerThreads", "0");
        System.setProperty("evergreen.job.order-events.cron", "off");
        System.setProperty("evergreen.mail.outbox.threads", "0");
        System.setProperty("evergreen.job.mail-outbox.cron", "off");
        // webhooks are sent the same way (WebhookCheckoutTest runs the webhooks job itself)
        System.setProperty("evergreen.webhooks.threads", "0");
        System.setProperty("evergreen.job.webhooks.cron", "off");
        System.setProperty("evergreen.job.api-cleanup.cron", "off");
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
