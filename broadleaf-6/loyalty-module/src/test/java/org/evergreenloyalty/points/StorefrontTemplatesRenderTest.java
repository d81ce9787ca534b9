package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import javax.annotation.Resource;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
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
 * The 6.x storefront templates (storefront-templates-bl6, Thymeleaf 3 syntax) included by a store page and rendered by
 * Broadleaf 6's own storefront engine ({@code blWebTemplateEngine}, Thymeleaf 3.0) for a signed-in shopper with a cart:
 * the stylesheet link, the points badge, the earn line, the pay-with-points widget and the referral cart box.
 */
@BroadleafIntegrationTest
class StorefrontTemplatesRenderTest extends PointsTestBase {

    @Resource(name = "blWebTemplateEngine")
    ITemplateEngine engine;

    @Test
    void theFragmentsRenderForASignedInShopperWithACart() {
        Customer c = customerWith(1200);
        Order cart = cartWith(c, product("40.00"), 1);

        String html = render(c, cart);

        assertTrue(html.contains("/evergreen-static/evergreen.css"), "the stylesheet\n" + html);
        assertTrue(html.matches("(?s).*id=\"evg-points-balance\"[^>]*>[^<]*1,200[^<]*<.*"), "the badge with the balance\n" + html);
        assertTrue(html.contains("id=\"evg-earn-points\"") || html.contains("class=\"evg-earn-points\""), "the earn line\n" + html);
        assertTrue(html.contains("id=\"evg-redeem\""), "the widget is shown\n" + html);
        assertTrue(html.contains("id=\"evg-referral-cart\""), "the referral box\n" + html);
        if (html.contains("name=\"returnTo\"")) {
            assertTrue(html.contains("value=\"/cart\""), "returnTo is the page's path (Broadleaf's request context)\n" + html);
        }
        assertFalse(html.matches("(?s).*\\sth:[a-z]+=.*") || html.contains("blc:evergreen"), "everything processed\n" + html);
    }

    private String render(Customer customer, Order cart) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cart");
        request.setRequestURI("/cart");
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
        ctx.setVariable("price", new BigDecimal("35.00"));
        return engine.process("evergreen-test/storefront", ctx);
    }
}
