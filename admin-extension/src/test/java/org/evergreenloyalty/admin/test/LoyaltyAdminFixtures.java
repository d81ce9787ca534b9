package org.evergreenloyalty.admin.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.support.Clock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.XmlWebApplicationContext;

/**
 * Test data and requests for the Loyalty admin pages on the shared admin context: admin users signed in
 * through Broadleaf's own user details service, registered Broadleaf customers, orders booked by the loyalty
 * engine, and the real Loyalty controllers (wired from the root context) behind Spring MVC's mock dispatcher.
 */
public final class LoyaltyAdminFixtures {

    private static final AtomicLong NEXT = new AtomicLong(5_000_000L + (System.nanoTime() % 1000) * 10_000L);

    private final ConfigurableApplicationContext ctx;

    public LoyaltyAdminFixtures(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
    }

    /** A number no other test data of this JVM uses. */
    public static long unique() {
        return NEXT.incrementAndGet();
    }

    /** Signs {@code login} in for the current thread, with the authorities Broadleaf grants at sign-in. */
    public void signIn(final String login) {
        UserDetails user = inTransaction(new TransactionCallback<UserDetails>() {
            @Override
            public UserDetails doInTransaction(TransactionStatus status) {
                return ctx.getBean("blAdminUserDetailsService", UserDetailsService.class).loadUserByUsername(login);
            }
        });
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Spring MVC's dispatcher on the admin servlet context of this JVM: Evergreen's admin servlet file (its
     * component scan finds the Loyalty controllers) as a child of the shared admin root context.
     */
    public MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(servletContext()).build();
    }

    private static XmlWebApplicationContext servlet;

    private synchronized WebApplicationContext servletContext() {
        if (servlet == null) {
            XmlWebApplicationContext wac = new XmlWebApplicationContext();
            wac.setParent(ctx);
            wac.setServletContext(new MockServletContext());
            wac.setConfigLocation("classpath:/evergreen-admin-test-servlet.xml");
            wac.refresh();
            servlet = wac;
        }
        return servlet;
    }

    /** A registered Broadleaf customer. */
    public Customer customer(String firstName, String lastName, String email) {
        CustomerService customers = ctx.getBean("blCustomerService", CustomerService.class);
        Customer c = customers.createCustomer();
        c.setUsername(email);
        c.setEmailAddress(email);
        c.setFirstName(firstName);
        c.setLastName(lastName);
        c.setRegistered(true);
        return customers.saveCustomer(c);
    }

    /** A registered customer with a unique e-mail address. */
    public Customer customer() {
        long n = unique();
        return customer("Test", "Shopper" + n, "shopper-" + n + "@example.com");
    }

    /**
     * Books an order of {@code customer} through the loyalty engine, as its checkout activity would; each
     * line is {name, quantity, amount} and earns under the current points settings.
     */
    public CompletedOrder order(Customer customer, Object[]... lines) {
        long orderId = unique();
        List<CompletedOrder.Line> ls = new ArrayList<CompletedOrder.Line>();
        BigDecimal total = BigDecimal.ZERO;
        for (Object[] l : lines) {
            BigDecimal amount = new BigDecimal((String) l[2]);
            ls.add(new CompletedOrder.Line(unique(), unique(), (String) l[0], null, (Integer) l[1], amount));
            total = total.add(amount);
        }
        CompletedOrder order = new CompletedOrder(orderId, "EVG-" + orderId, customer.getId(), customer.getEmailAddress(),
                "USD", total, BigDecimal.ZERO, BigDecimal.ZERO, total, ctx.getBean("evgClock", Clock.class).now(), ls);
        if (!ctx.getBean("evgOrderCompletionService", OrderCompletionService.class).process(order)) {
            throw new IllegalStateException("order " + orderId + " was processed before");
        }
        return order;
    }

    /** A Broadleaf order of {@code customer} with a fresh order number, which it returns. */
    public String broadleafOrder(Customer customer) {
        OrderService orders = ctx.getBean("blOrderService", OrderService.class);
        Order order = orders.createNewCartForCustomer(customer);
        String number = "BL-" + unique();
        order.setOrderNumber(number);
        try {
            orders.save(order, false);
        } catch (PricingException e) {
            throw new IllegalStateException(e);
        }
        return number;
    }

    public <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(ctx.getBean("blTransactionManager", PlatformTransactionManager.class)).execute(work);
    }
}
