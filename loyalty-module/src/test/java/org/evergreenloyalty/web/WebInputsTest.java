package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The small input rules of the storefront: page numbers, redirect targets, money formatting. */
class WebInputsTest {

    @Test
    void pageNumbersClampToTheExistingPagesAndNeverFail() {
        assertEquals(1, PageNumber.clamp(null, 3));
        assertEquals(1, PageNumber.clamp("", 3));
        assertEquals(1, PageNumber.clamp("abc", 3));
        assertEquals(1, PageNumber.clamp("-2", 3));
        assertEquals(1, PageNumber.clamp("0", 3));
        assertEquals(1, PageNumber.clamp("1.5", 3));
        assertEquals(2, PageNumber.clamp(" 2 ", 3));
        assertEquals(3, PageNumber.clamp("3", 3));
        assertEquals(3, PageNumber.clamp("4", 3));
        assertEquals(3, PageNumber.clamp("99999999999999999999", 3), "a huge number is the last page, not an overflow");
        assertEquals(1, PageNumber.clamp("5", 0), "an empty history still has page 1");
    }

    @Test
    void redirectsStayInTheStore() {
        assertEquals("/cart", LocalRedirect.target("/cart", "/x"));
        assertEquals("/checkout/review", LocalRedirect.target("/checkout/review", "/x"));
        assertEquals("/x", LocalRedirect.target(null, "/x"));
        assertEquals("/x", LocalRedirect.target("", "/x"));
        assertEquals("/x", LocalRedirect.target("https://evil.example/", "/x"));
        assertEquals("/x", LocalRedirect.target("//evil.example/cart", "/x"));
        assertEquals("/x", LocalRedirect.target("/\\evil.example", "/x"));
        assertEquals("/x", LocalRedirect.target("cart", "/x"));
        assertEquals("/x", LocalRedirect.target("/cart\r\nSet-Cookie: a=b", "/x"));
        assertEquals("/x", LocalRedirect.target("/javascript:alert(1)", "/x"));
    }

    @Test
    void noReturnToMakesTheRedirectFail() throws Exception {
        assertEquals("/cart?a=1&b=%20#top", LocalRedirect.target("/cart?a=1&b=%20#top", "/x"));
        String[] inputs = {"/cart{x}", "/cart{", "/cart}", "/cart%", "/cart%zz", "/cart%4", "/k\u00e4se", "/cart\"x",
                "/cart<script>", "/a|b", "/a^b", "/a`b", "/{a}/{b}", "/cart%7B"};
        for (String in : inputs) {
            String target = LocalRedirect.target(in, "/cart");
            org.springframework.web.servlet.view.RedirectView view = new org.springframework.web.servlet.view.RedirectView(target, true);
            org.springframework.mock.web.MockHttpServletResponse response = new org.springframework.mock.web.MockHttpServletResponse();
            view.render(new java.util.HashMap<String, Object>(), new org.springframework.mock.web.MockHttpServletRequest(), response);
            assertEquals(302, response.getStatus(), in);
        }
    }

    @Test
    void moneyIsFormattedInThePageCurrencyAndLocale() {
        assertEquals("$5.00", new MoneyFormat("USD", Locale.US).format(new BigDecimal("5")));
        assertEquals("5,00 \u20ac", new MoneyFormat("EUR", Locale.GERMANY).format(new BigDecimal("5")).replace('\u00a0', ' '));
        assertEquals("", new MoneyFormat("USD", Locale.US).format((BigDecimal) null));
        assertEquals("$120.00", new MoneyFormat("USD", Locale.US).format(120L));
        assertEquals("$1.00", new MoneyFormat(null, null).format(BigDecimal.ONE), "defaults: USD, US");
        assertEquals("de-DE", new MoneyFormat("EUR", Locale.GERMANY).getLanguageTag());
    }
}
