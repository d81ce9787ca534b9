package org.evergreenloyalty.admin.test;

import javax.servlet.Filter;

import org.broadleafcommerce.common.config.BroadleafEnvironmentConfiguringApplicationListener;
import org.broadleafcommerce.common.config.EnableBroadleafAdminRootAutoConfiguration;
import org.broadleafcommerce.common.config.EnableBroadleafAdminServletAutoConfiguration;
import org.evergreenloyalty.test.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.orm.jpa.support.OpenEntityManagerInViewFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;

/**
 * The one real Broadleaf 6 ADMIN application of a test JVM, built as a Broadleaf 6 admin application builds it: a root
 * context from Broadleaf's admin root auto-configuration and a DispatcherServlet context from its admin servlet
 * auto-configuration. The Evergreen module and this admin extension are found through their {@code blc-config/}
 * files, as in a store; the test adds only a data source and its admin users. Booted on first use, shared.
 */
public final class AdminTestContext {

    private static AnnotationConfigWebApplicationContext root;
    private static AnnotationConfigWebApplicationContext servlet;

    private AdminTestContext() {
    }

    /** The admin root application: Broadleaf's admin root auto-configuration plus the test XML. */
    @Configuration
    @EnableBroadleafAdminRootAutoConfiguration
    @ImportResource("classpath:evergreen-admin-test-applicationContext.xml")
    public static class TestAdminRootConfiguration {
    }

    /** The admin DispatcherServlet's context. */
    @Configuration
    @EnableBroadleafAdminServletAutoConfiguration
    public static class TestAdminServletConfiguration {
    }

    /** The root context, booting both on the first call. */
    public static synchronized ConfigurableApplicationContext root() {
        boot();
        return root;
    }

    /** The admin DispatcherServlet's context (child of {@link #root()}). */
    public static synchronized WebApplicationContext servlet() {
        boot();
        return servlet;
    }

    /**
     * Spring MVC's dispatcher on the admin servlet context behind the filters a Broadleaf 6 admin application runs
     * every page through: open EntityManager in view, then Broadleaf's admin request filter (locale, site, sandbox).
     * Spring Security's chain is left out: tests put the signed-in admin user into the SecurityContext themselves.
     */
    public static synchronized MockMvc mvc() {
        WebApplicationContext wac = servlet();
        OpenEntityManagerInViewFilter inView = new OpenEntityManagerInViewFilter();
        inView.setServletContext(wac.getServletContext());
        Filter adminRequest = root.getBean("blAdminRequestFilter", Filter.class);
        return MockMvcBuilders.webAppContextSetup(wac).addFilters(inView, adminRequest).build();
    }

    /** Binds a mock request to the current thread, as Broadleaf's request-scoped beans expect. */
    public static void bindRequest() {
        if (RequestContextHolder.getRequestAttributes() == null) {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        }
    }

    private static void boot() {
        if (servlet != null) {
            return;
        }
        TestDatabase db = TestDatabase.current();
        db.applyToBroadleaf();
        for (String job : new String[] {"points-maturation", "points-expiry", "points-reservations", "points-tier-review",
                "birthday-rewards", "referral-rewards", "referral-cleanup", "review-requests", "integrity-check",
                "mail-outbox", "order-recovery", "order-events", "lifecycle-win-back", "lifecycle-anniversary", "lifecycle-statement", "webhooks",
                "milestones", "reward-reminders", "insights-summary", "privacy-erasure", "api-cleanup"}) {
            System.setProperty("evergreen.job." + job + ".cron", "off");
        }
        System.setProperty("evergreen.orders.recovery.atStartup", "false");
        System.setProperty("evergreen.orders.events.workerThreads", "0");
        System.setProperty("evergreen.mail.outbox.threads", "0");
        System.setProperty("evergreen.webhooks.threads", "0");
        System.setProperty("evergreen.lifecycle.welcome.enabled", "false");
        System.setProperty("demo.import.sql.enabled", "false");
        System.setProperty("auto.correct.sequence.generator.inconsistencies", "true");
        bindRequest();
        MockServletContext servletContext = new MockServletContext();
        try {
            root = new AnnotationConfigWebApplicationContext();
            root.setServletContext(servletContext);
            root.register(TestAdminRootConfiguration.class);
            new BroadleafEnvironmentConfiguringApplicationListener().initialize(root);
            root.refresh();
            servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, root);
            servlet = new AnnotationConfigWebApplicationContext();
            servlet.setParent(root);
            servlet.setServletContext(servletContext);
            servlet.register(TestAdminServletConfiguration.class);
            servlet.refresh();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Broadleaf 6 admin test context failed to start on " + db + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            servlet.close();
            root.close();
        }, "admin-test-context-shutdown"));
    }
}
