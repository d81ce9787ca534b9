package org.evergreenloyalty.broadleaf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javax.annotation.Resource;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;

/**
 * The module's {@code blc:evergreen_*} processors on Broadleaf 6's own storefront template engine
 * ({@code blWebTemplateEngine}, Thymeleaf 3): found as beans, run, and their variables visible to the markup after them.
 */
@BroadleafIntegrationTest
class ProcessorsRenderTest {

    @Resource(name = "blWebTemplateEngine")
    ITemplateEngine engine;

    private final StoreFixtures store = StoreFixtures.create();

    @Test
    void theProcessorsSetTheirVariablesForTheMarkupAfterThem() throws Exception {
        Customer c = store.customer();
        Product p = store.product("Render mug", "20.00", null);
        store.buy(c, p, 1);
        Order cart = store.add(store.cart(c), p, 1);

        String html = render("evergreen-test/processors", c, cart, p.getId());

        assertTrue(html.contains("<p id=\"points\">true:0:20</p>"), "the badge variable: signed in, 20 pending\n" + html);
        assertTrue(html.contains("<p id=\"reviews\">0 reviews</p>"), "the reviews variable of the product\n" + html);
        assertTrue(html.contains("<p id=\"redeem\">true</p>"), "the cart widget variable\n" + html);
        assertFalse(html.contains("blc:evergreen"), "the processor elements are removed\n" + html);
    }

    private String render(String template, Customer customer, Order cart, long productId) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cart");
        MockHttpServletResponse response = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request), true);
        BroadleafRequestContext brc = new BroadleafRequestContext();
        brc.setRequest(request);
        brc.setResponse(response);
        brc.setWebRequest(new ServletWebRequest(request, response));
        BroadleafRequestContext.setBroadleafRequestContext(brc);
        CustomerState.setCustomer(customer);
        CartState.setCart(cart);
        WebContext ctx = new WebContext(request, response, new MockServletContext(), Locale.ENGLISH);
        ctx.setVariable("productId", productId);
        return engine.process(template, ctx);
    }
}
