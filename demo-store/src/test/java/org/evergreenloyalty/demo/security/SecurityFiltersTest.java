package org.evergreenloyalty.demo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Collections;

import javax.servlet.ServletException;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A POST without the CSRF token gets HTTP 403 (not 500); every response carries the security headers; the demo's
 * configuration uses both and rotates the session id at sign-in.
 */
class SecurityFiltersTest {

    private static final String TOKEN = "the-session-token";

    @Test
    void aPostWithoutOrWithAWrongTokenIsForbiddenNotAnError() throws Exception {
        CsrfForbiddenFilter filter = filter();
        for (String token : new String[] {null, "", "forged"}) {
            MockHttpServletRequest post = new MockHttpServletRequest("POST", "/referral/code");
            if (token != null) {
                post.setParameter("csrfToken", token);
            }
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(post, response, chain);
            assertEquals(403, response.getStatus(), String.valueOf(token));
            assertNull(chain.getRequest(), "the request goes no further");
        }
    }

    @Test
    void theRightTokenAndOtherMethodsAndExcludedPathsPass() throws Exception {
        CsrfForbiddenFilter filter = filter();
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/referral/code");
        post.setParameter("csrfToken", TOKEN);
        assertPasses(filter, post);
        assertPasses(filter, new MockHttpServletRequest("GET", "/cart"));
        filter.setExcludedRequestPatterns(Collections.singletonList("/hooks/**"));
        MockHttpServletRequest excluded = new MockHttpServletRequest("POST", "/hooks/payment");
        excluded.setServletPath("/hooks/payment");
        assertPasses(filter, excluded);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        SecurityHeadersFilter site = new SecurityHeadersFilter();
        site.init(new MockFilterConfig());
        MockHttpServletResponse r = new MockHttpServletResponse();
        site.doFilter(new MockHttpServletRequest("GET", "/"), r, new MockFilterChain());
        assertEquals("DENY", r.getHeader("X-Frame-Options"));
        assertTrue(r.getHeader("Content-Security-Policy").contains("default-src 'self'"));
        assertTrue(r.getHeader("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));

        SecurityHeadersFilter admin = new SecurityHeadersFilter();
        MockFilterConfig config = new MockFilterConfig();
        config.addInitParameter("frameOptions", "SAMEORIGIN");
        admin.init(config);
        MockHttpServletResponse a = new MockHttpServletResponse();
        admin.doFilter(new MockHttpServletRequest("GET", "/admin"), a, new MockFilterChain());
        assertEquals("SAMEORIGIN", a.getHeader("X-Frame-Options"));
        assertTrue(a.getHeader("Content-Security-Policy").contains("frame-ancestors 'self'"), a.getHeader("Content-Security-Policy"));
        assertFalse(r.getHeader("Content-Security-Policy").contains("unsafe-eval"), "the storefront needs no eval");
        config.addInitParameter("allowEval", "true");
        admin.init(config);
        MockHttpServletResponse e = new MockHttpServletResponse();
        admin.doFilter(new MockHttpServletRequest("GET", "/admin"), e, new MockFilterChain());
        assertTrue(e.getHeader("Content-Security-Policy").contains("script-src 'self' 'unsafe-inline' 'unsafe-eval';"));
    }

    @Test
    void theDemoConfigurationUsesThem() throws IOException {
        String site = read("src/main/resources/demo-site-security.xml");
        assertTrue(site.contains("org.evergreenloyalty.demo.security.CsrfForbiddenFilter"), "the storefront's CSRF filter");
        assertTrue(site.contains("session-fixation-protection=\"migrateSession\""), "a new session id at sign-in");
        assertTrue(read("src/main/resources/demo-admin-security-applicationContext.xml")
                .contains("org.evergreenloyalty.demo.security.AdminCsrfForbiddenFilter"));
        for (String webXml : new String[] {"src/main/resources/site-webapp/WEB-INF/web.xml", "src/main/resources/admin-webapp/WEB-INF/web.xml"}) {
            String x = read(webXml);
            assertTrue(x.contains("org.evergreenloyalty.demo.security.SecurityHeadersFilter"), webXml);
            assertTrue(x.contains("<http-only>true</http-only>"), webXml);
        }
        assertTrue(read("src/main/resources/site-webapp/WEB-INF/web.xml").contains("<error-code>403</error-code>"));
    }

    private static void assertPasses(CsrfForbiddenFilter filter, MockHttpServletRequest request) throws IOException, ServletException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertEquals(200, response.getStatus(), request.getRequestURI());
        assertTrue(chain.getRequest() != null, "passed on: " + request.getRequestURI());
    }

    private static CsrfForbiddenFilter filter() {
        CsrfForbiddenFilter f = new CsrfForbiddenFilter();
        f.setExploitProtectionService(new Tokens());
        return f;
    }

    private static String read(String path) throws IOException {
        return new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
    }

    /** The session's CSRF token is {@link #TOKEN}. */
    static final class Tokens implements ExploitProtectionService {
        @Override public String cleanString(String s) { return s; }
        @Override public String cleanStringWithResults(String s) { return s; }
        @Override public String getAntiSamyPolicyFileLocation() { return null; }
        @Override public void setAntiSamyPolicyFileLocation(String l) { }
        @Override public void compareToken(String t) throws ServiceException {
            if (!TOKEN.equals(t)) {
                throw new ServiceException("XSRF token mismatch");
            }
        }
        @Override public String getCSRFToken() { return TOKEN; }
        @Override public String getCsrfTokenParameter() { return "csrfToken"; }
    }
}
