package org.evergreenloyalty.demo.seed;

import java.math.BigDecimal;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.media.domain.MediaImpl;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOptionImpl;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.CountryImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.RoleImpl;
import org.broadleafcommerce.profile.core.domain.StateImpl;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import org.evergreenloyalty.demo.seed.DemoCatalog.CategoryData;
import org.evergreenloyalty.demo.seed.DemoCatalog.ProductData;

/**
 * Fills an empty store once, when the storefront's root context has started: currency USD, locale en_US,
 * the customer role ROLE_USER,
 * country US with some states, two fixed-price shipping options, the {@link DemoCatalog} and the sample
 * customers, then (with {@link #setHistory}) a year of loyalty history. Each part is skipped when its data already
 * exists, so restarts change nothing.
 */
public class DemoDataSeeder implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    private static final Log LOG = LogFactory.getLog(DemoDataSeeder.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blFulfillmentOptionService")
    protected FulfillmentOptionService fulfillmentOptionService;

    private final TransactionTemplate tx;
    private ApplicationContext context;
    private DemoHistorySeeder history;
    private DemoLoyaltySeeder loyalty;

    public DemoDataSeeder(PlatformTransactionManager transactionManager) {
        this.tx = new TransactionTemplate(transactionManager);
    }

    /** The year of loyalty history seeded after the sample customers (none: no history). */
    public void setHistory(DemoHistorySeeder history) {
        this.history = history;
    }

    /** The demo tiers and campaign, seeded after the catalog (none: not seeded). */
    public void setLoyalty(DemoLoyaltySeeder loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext() != context) {
            return; // a child context (the DispatcherServlet's) started
        }
        tx.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                seedReferenceData();
            }
        });
        tx.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                seedCatalog();
            }
        });
        for (final String[] c : DemoCatalog.SAMPLE_CUSTOMERS) {
            tx.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    seedCustomer(c[0], c[1], c[2]);
                }
            });
        }
        if (loyalty != null) {
            loyalty.seed();
        }
        if (history != null) {
            history.seed();
        }
    }

    /** Currency, locale, country and states, shipping options. */
    protected void seedReferenceData() {
        BroadleafCurrency usd = em.find(BroadleafCurrencyImpl.class, "USD");
        if (usd == null) {
            BroadleafCurrencyImpl c = new BroadleafCurrencyImpl();
            c.setCurrencyCode("USD");
            c.setFriendlyName("US Dollar");
            c.setDefaultFlag(true);
            em.persist(c);
            usd = c;
        }
        if (em.find(LocaleImpl.class, "en_US") == null) {
            LocaleImpl l = new LocaleImpl();
            l.setLocaleCode("en_US");
            l.setFriendlyName("English (US)");
            l.setDefaultFlag(true);
            l.setDefaultCurrency(usd);
            em.persist(l);
        }
        if (em.find(LocaleImpl.class, "de_DE") == null) { // the language of the lapsed demo shopper (DemoHistorySeeder)
            LocaleImpl l = new LocaleImpl();
            l.setLocaleCode("de_DE");
            l.setFriendlyName("Deutsch");
            l.setDefaultFlag(false);
            l.setDefaultCurrency(usd);
            em.persist(l);
        }
        Long roles = em.createQuery("select count(r) from org.broadleafcommerce.profile.core.domain.RoleImpl r where r.roleName = :name", Long.class)
                .setParameter("name", "ROLE_USER").getSingleResult();
        if (roles == 0) {
            RoleImpl role = new RoleImpl();
            role.setRoleName("ROLE_USER");
            em.persist(role);
        }
        Country us = countryService.findCountryByAbbreviation("US");
        if (us == null) {
            CountryImpl c = new CountryImpl();
            c.setAbbreviation("US");
            c.setName("United States");
            em.persist(c);
            us = c;
            for (String[] s : DemoCatalog.STATES) {
                StateImpl state = new StateImpl();
                state.setAbbreviation(s[0]);
                state.setName(s[1]);
                state.setCountry(us);
                em.persist(state);
            }
        }
        if (fulfillmentOptionService.readAllFulfillmentOptions().isEmpty()) {
            for (String[] o : DemoCatalog.SHIPPING_OPTIONS) {
                FixedPriceFulfillmentOptionImpl option = new FixedPriceFulfillmentOptionImpl();
                option.setName(o[0]);
                option.setLongDescription(o[1]);
                option.setPrice(new Money(new BigDecimal(o[2]), "USD"));
                option.setCurrency(usd);
                option.setFulfillmentType(FulfillmentType.PHYSICAL_SHIP);
                option.setUseFlatRates(false);
                option.setTaxable(false);
                em.persist(option);
            }
        }
    }

    /** The categories and products, unless the store already has products. */
    protected void seedCatalog() {
        if (!catalogService.findAllProducts(1, 0).isEmpty()) {
            return;
        }
        BroadleafCurrency usd = em.find(BroadleafCurrencyImpl.class, "USD");
        Date start = yesterday();
        int categories = 0;
        int products = 0;
        for (CategoryData cd : DemoCatalog.categories()) {
            Category category = catalogService.createCategory();
            category.setName(cd.name);
            category.setDescription(cd.description);
            category.setUrl(cd.url());
            category.setActiveStartDate(start);
            category = catalogService.saveCategory(category);
            categories++;
            int order = 1;
            for (ProductData pd : cd.products) {
                Sku sku = catalogService.createSku();
                sku.setName(pd.name);
                sku.setDescription(pd.description);
                sku.setLongDescription(pd.description);
                sku.setRetailPrice(new Money(new BigDecimal(pd.price), "USD"));
                if (pd.salePrice != null) {
                    sku.setSalePrice(new Money(new BigDecimal(pd.salePrice), "USD"));
                }
                sku.setCurrency(usd);
                sku.setActiveStartDate(start);
                sku.setDiscountable(true);
                sku.setTaxable(true);
                sku.setAvailable(true);
                Map<String, Media> media = new HashMap<String, Media>();
                MediaImpl image = new MediaImpl();
                image.setUrl(pd.imageUrl());
                image.setTitle(pd.name);
                image.setAltText(pd.name);
                media.put("primary", image);
                sku.setSkuMedia(media);

                Product product = catalogService.createProduct(ProductType.PRODUCT);
                product.setDefaultSku(sku);
                product.setUrl(pd.url());
                product.setDefaultCategory(category);
                product = catalogService.saveProduct(product);

                CategoryProductXref xref = new CategoryProductXrefImpl();
                xref.setCategory(category);
                xref.setProduct(product);
                xref.setDisplayOrder(new BigDecimal(order++));
                em.merge(xref);
                products++;
            }
        }
        LOG.info("Demo catalog created: " + categories + " categories, " + products + " products");
    }

    /** One registered sample customer, unless the e-mail is taken. */
    protected void seedCustomer(String email, String firstName, String lastName) {
        if (customerService.readCustomerByUsername(email) != null) {
            return;
        }
        Customer customer = customerService.createCustomer();
        customer.setUsername(email);
        customer.setEmailAddress(email);
        customer.setFirstName(firstName);
        customer.setLastName(lastName);
        customerService.registerCustomer(customer, DemoCatalog.SAMPLE_PASSWORD, DemoCatalog.SAMPLE_PASSWORD);
        LOG.info("Sample customer created: " + email);
    }

    private static Date yesterday() {
        Calendar c = Calendar.getInstance();
        c.add(Calendar.DAY_OF_MONTH, -1);
        return c.getTime();
    }
}
