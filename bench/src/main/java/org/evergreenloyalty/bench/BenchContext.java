package org.evergreenloyalty.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.TestClock;
import org.evergreenloyalty.test.TestDatabase;
import org.evergreenloyalty.test.TestMailServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestScope;

/**
 * The one Broadleaf service context of a bench JVM: the same store (same XML, data source and checkout) with the
 * module installed as a store installs it, or without the module's XML at all (the baseline). One context per JVM,
 * as Broadleaf's class transformers require.
 */
public final class BenchContext {

    private final ConfigurableApplicationContext context;
    private final boolean withModule;
    private boolean followingModuleClock;

    private BenchContext(ConfigurableApplicationContext context, boolean withModule) {
        this.context = context;
        this.withModule = withModule;
    }

    /**
     * Boots the store on the database chosen by {@code -Devergreen.test.db} (PostgreSQL: in {@code schema}, created if
     * missing and rebuilt by Hibernate), with the module's XML when {@code withModule}.
     */
    public static BenchContext boot(boolean withModule, String schema) throws Exception {
        TestDatabase db = TestDatabase.current();
        if (db == TestDatabase.POSTGRES) {
            String base = db.url();
            try (Connection c = DriverManager.getConnection(base, db.user(), db.password()); Statement s = c.createStatement()) {
                s.execute("create schema if not exists " + schema);
            }
            String url = base.replaceAll("[?&]currentSchema=[^&]*", "");
            System.setProperty("evergreen.test.pg.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        }
        if (withModule) {
            TestMailServer.start();
            // the bench runs the jobs itself, at the moment it measures them
            for (String job : new String[] {"review-requests", "order-recovery", "integrity-check", "points-maturation",
                    "points-expiry", "birthday-rewards", "points-reservations", "points-tier-review", "referral-rewards", "referral-cleanup",
                    "insights-summary"}) {
                System.setProperty("evergreen.job." + job + ".cron", "off");
            }
            System.setProperty("evergreen.orders.recovery.atStartup", "false");
        }
        TestDatabase.current().applyToBroadleaf();
        BroadleafTestContext.bindRequest();
        List<String> patches = new ArrayList<String>(Arrays.asList(
                "bl-open-admin-contentClient-applicationContext.xml",
                "bl-cms-contentClient-applicationContext.xml"));
        if (withModule) {
            patches.addAll(Arrays.asList(BroadleafTestContext.MODULE_LOCATIONS));
        }
        if (!withModule && Boolean.getBoolean("bench.baselineEntities")) {
            // a diagnostic baseline (bench.baselineEntities): the store without the module, but with the module's
            // entities mapped in its persistence unit, so a ratio against it leaves out what the mapping alone costs
            patches.add("bench-entities-applicationContext.xml");
        }
        patches.add("bench-store-applicationContext.xml");
        MergeClassPathXMLApplicationContext ctx = new MergeClassPathXMLApplicationContext(
                StandardConfigLocations.retrieveAll(StandardConfigLocations.APPCONTEXTTYPE), patches.toArray(new String[0]));
        ctx.getBeanFactory().registerScope("request", new RequestScope());
        if (withModule && Boolean.getBoolean("bench.moduleIdle")) {
            // the diagnostic of bench.moduleIdle: the module installed, its checkout activities taken out again
            ctx.getBean("blCheckoutWorkflow", org.broadleafcommerce.core.workflow.BaseProcessor.class).getActivities()
                    .removeIf(a -> a.getClass().getName().startsWith("org.evergreenloyalty."));
        }
        // Broadleaf keeps the system clock until a figure moves the module's clock (followModuleClock): Broadleaf
        // caches its date-bound queries (offers, module configurations) only on its default time source, so a store
        // on the module clock would re-read them on every request, which a real store never does
        return new BenchContext(ctx, withModule);
    }

    public ConfigurableApplicationContext get() {
        return context;
    }

    public boolean withModule() {
        return withModule;
    }

    /**
     * From now on Broadleaf reads the module's clock (the job figures move it past pending periods and expiry dates);
     * called before the first move, after the checkout figures.
     */
    public void followModuleClock() {
        if (!followingModuleClock) {
            TestClock.followModuleClock(context);
            followingModuleClock = true;
        }
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** Runs {@code work} as one storefront request does: with the request bound and an EntityManager open in view. */
    public <T> T request(Request<T> work) throws Exception {
        BroadleafTestContext.bindRequest();
        EntityManagerFactory emf = context.getBean("entityManagerFactory", EntityManagerFactory.class);
        boolean opened = !TransactionSynchronizationManager.hasResource(emf);
        if (opened) {
            TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(emf.createEntityManager()));
        }
        try {
            return work.run();
        } finally {
            if (opened) {
                EntityManagerHolder h = (EntityManagerHolder) TransactionSynchronizationManager.unbindResource(emf);
                EntityManagerFactoryUtils.closeEntityManager(h.getEntityManager());
            }
        }
    }

    /** One request's work. */
    public interface Request<T> {
        T run() throws Exception;
    }

    public void close() {
        context.close();
    }
}
