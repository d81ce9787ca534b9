package org.evergreenloyalty.test;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.gateway.PassthroughPaymentConstants;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutResponse;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.domain.RoleImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds real store data through Broadleaf's own services: customers, products, carts, and checkouts
 * through {@code blCheckoutWorkflow} paid with a test payment (a successful AUTHORIZE_AND_CAPTURE
 * transaction of the chosen amount, no gateway).
 */
public class StoreFixtures {

    /** The active-start date of the categories and products made here: 1 January 2000, active whatever the test clock says. */
    public static final Date LONG_AGO = new Date(946684800000L);

    private final CustomerService customerService;
    private final CatalogService catalogService;
    private final OrderService orderService;
    private final OrderPaymentService orderPaymentService;
    private final CheckoutService checkoutService;
    private final BroadleafCurrencyService currencyService;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final EntityManagerFactory emf;
    private final ApplicationContext ctx;

    public StoreFixtures(ApplicationContext ctx) {
        this.ctx = ctx;
        this.emf = ctx.getBean("entityManagerFactory", EntityManagerFactory.class);
        this.customerService = ctx.getBean("blCustomerService", CustomerService.class);
        this.catalogService = ctx.getBean("blCatalogService", CatalogService.class);
        this.orderService = ctx.getBean("blOrderService", OrderService.class);
        this.orderPaymentService = ctx.getBean("blOrderPaymentService", OrderPaymentService.class);
        this.checkoutService = ctx.getBean("blCheckoutService", CheckoutService.class);
        this.currencyService = ctx.getBean("blCurrencyService", BroadleafCurrencyService.class);
        this.tx = new TransactionTemplate(ctx.getBean("blTransactionManager", PlatformTransactionManager.class));
        this.em = SharedEntityManagerCreator.createSharedEntityManager(
                ctx.getBean("entityManagerFactory", EntityManagerFactory.class));
        ensureUserRoleAndCurrency();
    }

    /** Registration needs the ROLE_USER row and carts a currency, which a store seeds; the empty test database has neither. */
    private void ensureUserRoleAndCurrency() {
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                Long n = em.createQuery("select count(r) from org.broadleafcommerce.profile.core.domain.RoleImpl r "
                        + "where r.roleName = 'ROLE_USER'", Long.class).getSingleResult();
                if (n == 0) {
                    RoleImpl role = new RoleImpl();
                    role.setRoleName("ROLE_USER");
                    em.persist(role);
                }
                if (em.find(BroadleafCurrencyImpl.class, "USD") == null) {
                    BroadleafCurrency c = new BroadleafCurrencyImpl();
                    c.setCurrencyCode("USD");
                    c.setFriendlyName("US Dollar");
                    c.setDefaultFlag(true);
                    em.persist(c);
                }
                return null;
            }
        });
    }

    /** Fixtures on the shared test context. */
    public static synchronized StoreFixtures create() {
        return new StoreFixtures(BroadleafTestContext.get());
    }

    /** The store currency (USD), created on first use. */
    public BroadleafCurrency usd() {
        return currencyService.findCurrencyByCode("USD");
    }

    /** A registered customer with a unique e-mail address. */
    public Customer customer() {
        String email = TestIds.unique("shopper").replace(':', '-') + "@example.com";
        Customer c = customerService.createCustomer();
        c.setUsername(email);
        c.setEmailAddress(email);
        c.setFirstName("Test");
        c.setLastName("Shopper");
        return customerService.registerCustomer(c, "Password1!", "Password1!");
    }

    /** A registered customer whose Broadleaf locale is {@code localeCode} (e.g. {@code de_DE}; the locale row is created if missing). */
    public Customer customerIn(String localeCode) {
        org.broadleafcommerce.common.locale.service.LocaleService locales =
                ctx.getBean("blLocaleService", org.broadleafcommerce.common.locale.service.LocaleService.class);
        return tx.execute(s -> {
            org.broadleafcommerce.common.locale.domain.Locale locale = locales.findLocaleByCode(localeCode);
            if (locale == null) {
                org.broadleafcommerce.common.locale.domain.LocaleImpl l = new org.broadleafcommerce.common.locale.domain.LocaleImpl();
                l.setLocaleCode(localeCode);
                l.setFriendlyName(localeCode);
                l.setDefaultFlag(false);
                locale = locales.save(l);
            }
            Customer c = customer();
            c.setCustomerLocale(locale);
            return customerService.saveCustomer(c);
        });
    }

    /** A category. */
    public Category category(String name) {
        Category category = catalogService.createCategory();
        category.setName(name);
        category.setUrl("/" + TestIds.unique(name.toLowerCase().replace(' ', '-')).replace(':', '-'));
        category.setActiveStartDate(LONG_AGO);
        return catalogService.saveCategory(category);
    }

    /** An active, discountable product with one SKU at {@code price}, in {@code category} (may be null). */
    public Product product(String name, String price, Category category) {
        Sku sku = catalogService.createSku();
        sku.setName(name);
        sku.setRetailPrice(new Money(new BigDecimal(price)));
        sku.setActiveStartDate(LONG_AGO);
        sku.setDiscountable(true);
        Product product = catalogService.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        product.setUrl("/" + TestIds.unique(name.toLowerCase().replace(' ', '-')).replace(':', '-'));
        if (category != null) {
            product.setDefaultCategory(category);
        }
        sku.setDefaultProduct(product);
        return catalogService.saveProduct(product);
    }

    /** A new cart of {@code customer} in USD. */
    public Order cart(Customer customer) {
        Order cart = orderService.createNewCartForCustomer(customer);
        cart.setCurrency(usd());
        try {
            return orderService.save(cart, false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@code quantity} of {@code product} to the cart and reprices it. */
    public Order add(Order cart, Product product, int quantity) {
        try {
            return orderService.addItem(cart.getId(), new OrderItemRequestDTO(product.getId(),
                    product.getDefaultSku().getId(), quantity), true);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot add " + product.getName() + ": " + e.getMessage(), e);
        }
    }

    /** Pays the whole total with the test payment and runs the real checkout workflow. */
    public Order checkout(Order cart) throws CheckoutException {
        return checkout(cart, null);
    }

    /**
     * Pays {@code amount} (the whole total when null) with the test payment and runs the real checkout
     * workflow. Paying less than the total makes checkout fail, as a declined payment does.
     */
    public Order checkout(Order cart, BigDecimal amount) throws CheckoutException {
        Order order = pay(cart, amount);
        CheckoutResponse response = checkoutService.performCheckout(order);
        return afterRequest(response.getOrder());
    }

    /**
     * Runs only Broadleaf's checkout workflow on a cart paid with {@link #pay} (no new request afterwards), for
     * tests that count what the checkout itself sends to the database.
     */
    public Order performCheckout(Order paid) throws CheckoutException {
        return checkoutService.performCheckout(paid).getOrder();
    }

    /** Adds the test payment of {@code amount} (the whole total when null) to the cart; returns the cart to check out. */
    public Order pay(Order cart, BigDecimal amount) {
        Order order = orderService.findOrderById(cart.getId());
        Money pay = amount == null ? order.getTotal() : new Money(amount);
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.CREDIT_CARD);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setAmount(pay);
        payment.setOrder(order);
        PaymentTransaction tx = orderPaymentService.createTransaction();
        tx.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        tx.setAmount(pay);
        tx.setSuccess(true);
        // lets Broadleaf's passthrough gateway reverse the payment when a later checkout step fails
        tx.getAdditionalFields().put(PassthroughPaymentConstants.PASSTHROUGH_PAYMENT_TYPE, PaymentType.CREDIT_CARD.getType());
        tx.setOrderPayment(payment);
        payment.addTransaction(tx);
        payment = orderPaymentService.save(payment);
        order.getPayments().add(payment);
        return order;
    }

    /**
     * Ends the checkout's request as the storefront does (its redirect starts a new one): the request's
     * EntityManager, if the test holds one open, is replaced by a fresh one, so what the module booked after the
     * checkout's commit (the order event worker, in EntityManagers of its own) is read as stored.
     */
    private Order afterRequest(Order placed) {
        if (!TransactionSynchronizationManager.hasResource(emf)) {
            return placed;
        }
        // the fixtures' own context (the bench boots its store without BroadleafTestContext)
        EntityManagerHolder held = (EntityManagerHolder) TransactionSynchronizationManager.unbindResource(emf);
        EntityManagerFactoryUtils.closeEntityManager(held.getEntityManager());
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(emf.createEntityManager()));
        return orderService.findOrderById(placed.getId());
    }

    /** A registered customer who has bought {@code product} once. */
    public Order buy(Customer customer, Product product, int quantity) throws CheckoutException {
        Order cart = cart(customer);
        cart = add(cart, product, quantity);
        return checkout(cart);
    }

    public OrderService orders() { return orderService; }
    public CustomerService customers() { return customerService; }
    public CatalogService catalog() { return catalogService; }
}
