package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.XmlWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Shared set-up of the shopper API tests: a real DispatcherServlet whose context is a store's servlet context
 * ({@code <mvc:annotation-driven/>} plus the module's servlet XML) under the shared Broadleaf context, and requests
 * of a given shopper with Broadleaf's CustomerState and CartState set as its request filters set them.
 */
abstract class ApiTestBase {

    static final String BASE = ShopperApiController.BASE;
    private static DispatcherServlet dispatcher;

    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settingsService;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsAccountService")
    PointsAccountService accounts;
    @Resource(name = "evgPointsRedemptionService")
    PointsRedemptionService redemption;
    @Resource(name = "evgTierService")
    TierService tiers;
    @Resource(name = "evgClock")
    AdjustableClock clock;

    final StoreFixtures store = StoreFixtures.create();
    final ApiJson json = new ApiJson();
    private PointsSettings original;

    /** The storefront's DispatcherServlet with the module's servlet XML, booted once per JVM. */
    static synchronized DispatcherServlet dispatcher() throws Exception {
        if (dispatcher == null) {
            MockServletContext servletContext = new MockServletContext();
            XmlWebApplicationContext web = new XmlWebApplicationContext();
            // a fixed id: Spring would derive one from ServletContext.getContextPath(), which the servlet-api 2.3
            // that commons-logging 1.1 drags onto the test classpath lacks
            web.setId("evergreen-api-test-servlet");
            web.setParent(BroadleafTestContext.get());
            web.setServletContext(servletContext);
            web.setConfigLocation("classpath:/evergreen/test/api-servlet.xml");
            DispatcherServlet d = new DispatcherServlet(web);
            d.init(new MockServletConfig(servletContext, "site"));
            dispatcher = d;
        }
        return dispatcher;
    }

    static WebApplicationContext servletContext() throws Exception {
        return dispatcher().getWebApplicationContext();
    }

    @BeforeEach
    void knownSettings() {
        original = KnownPointsSettings.apply(settingsService);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
        clock.reset();
    }

    @AfterEach
    void restore() {
        BroadleafRequestContext.setBroadleafRequestContext(new BroadleafRequestContext());
        RequestContextHolder.resetRequestAttributes();
        BroadleafTestContext.bindRequest();
        // leave no points held by this test's carts: other test classes count the active reservations
        clock.advance(2L * 365 * 24 * 60 * 60 * 1000);
        redemption.releaseExpired();
        clock.reset();
        settingsService.save(original);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
    }

    /** A request of {@code customer} (null: anonymous) with {@code cart} (null: none), as Broadleaf's filters leave it. */
    MockHttpServletRequest request(String method, String path, Customer customer, Order cart) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, BASE + path);
        request.setServerName("shop.example.com");
        request.setServerPort(80);
        request.addPreferredLocale(Locale.ENGLISH);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request), true);
        BroadleafRequestContext brc = new BroadleafRequestContext();
        brc.setRequest(request);
        brc.setResponse(new MockHttpServletResponse());
        BroadleafRequestContext.setBroadleafRequestContext(brc);
        CustomerState.setCustomer(customer == null ? anonymous() : customer);
        if (cart != null) {
            CartState.setCart(cart);
        }
        return request;
    }

    /** A state-changing request that meets the CSRF rules, with {@code body} as JSON (null: no body). */
    MockHttpServletRequest write(String method, String path, Customer customer, Order cart, String body) {
        MockHttpServletRequest r = request(method, path, customer, cart);
        r.addHeader(ApiCsrfGuard.HEADER, "XMLHttpRequest");
        if (body != null) {
            r.setContentType("application/json");
            r.setContent(body.getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        dispatcher().service(request, response);
        return response;
    }

    MockHttpServletResponse get(String path, Customer customer, Order cart) throws Exception {
        return send(request("GET", path, customer, cart));
    }

    /** The JSON object of a 200/201 answer, checking the content type. */
    @SuppressWarnings("unchecked")
    Map<String, Object> ok(MockHttpServletResponse r, int status) throws Exception {
        assertEquals(status, r.getStatus(), r.getContentAsString());
        assertTrue(r.getContentType().startsWith("application/json"), r.getContentType());
        return (Map<String, Object>) json.parse(r.getContentAsString());
    }

    /** The problem document of an error answer, checking status, content type and code. */
    @SuppressWarnings("unchecked")
    Map<String, Object> problem(MockHttpServletResponse r, int status, String code) throws Exception {
        assertEquals(status, r.getStatus(), r.getContentAsString());
        assertTrue(r.getContentType().startsWith("application/problem+json"), r.getContentType());
        Map<String, Object> p = (Map<String, Object>) json.parse(r.getContentAsString());
        assertEquals(code, p.get("code"), r.getContentAsString());
        assertEquals(status, ((Number) p.get("status")).intValue());
        assertTrue(p.get("detail") instanceof String && !((String) p.get("detail")).isEmpty(), "a detail text");
        return p;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    Customer anonymous() {
        Customer c = store.customers().createCustomer();
        c.setAnonymous(true);
        return c;
    }

    Customer customerWith(long points) {
        Customer c = store.customer();
        if (points > 0) {
            accounts.grantBonus(c.getId(), points, TestIds.unique("seed-bonus"), "test balance", "test", null);
        }
        return c;
    }

    Order cartWith(Customer c, String price) {
        return store.add(store.cart(c), store.product("API product " + TestIds.unique("p"), price, null), 1);
    }

    BigDecimal total(Order cart) {
        return store.orders().findOrderById(cart.getId()).getTotal().getAmount();
    }
}
