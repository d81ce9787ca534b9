package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.customevent.CustomEventService;
import org.evergreenloyalty.customevent.LimitPeriod;
import org.evergreenloyalty.customevent.RuleInput;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description served at {@code /api/evergreen/v1/openapi.json} against the real endpoints: every
 * documented operation exists and, for a valid call, an anonymous call, a call without the CSRF header and a call
 * with a bad body, answers only with documented status codes in the documented content type (the store API's
 * operations with a WRITE key, without a key, with a READ key); and every endpoint the servlet context maps under the
 * API's base path is documented.
 */
@BroadleafIntegrationTest
class OpenApiContractTest extends StoreApiTestBase {

    @javax.annotation.Resource(name = "evgCustomEventService")
    CustomEventService events;

    @SuppressWarnings("unchecked")
    private Map<String, Object> document() throws Exception {
        return ok(get("/openapi.json", null, null), 200);
    }


    @Test
    void theDocumentIsServedAsOpenApi3() throws Exception {
        Map<String, Object> doc = document();
        assertTrue(((String) doc.get("openapi")).startsWith("3."));
        assertEquals(ShopperApiController.BASE, map(((List<?>) doc.get("servers")).get(0)).get("url"));
        assertNotNull(map(map(doc.get("components")).get("schemas")).get("Problem"));
    }

    /** A response of an operation, following a {@code $ref} to {@code components/responses}. */
    private static Map<String, Object> response(Map<String, Object> doc, Map<String, Object> responses, int status) {
        Map<String, Object> r = map(responses.get(String.valueOf(status)));
        if (r != null && r.get("$ref") != null) {
            String name = ((String) r.get("$ref")).substring("#/components/responses/".length());
            r = map(map(map(doc.get("components")).get("responses")).get(name));
        }
        return r;
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        Map<String, Object> doc = document();
        Map<String, Object> paths = map(doc.get("paths"));
        Customer c = customerWith(1000);
        String write = key("WRITE");
        String read = key("READ");
        int probes = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : map(path.getValue()).entrySet()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                Map<String, Object> responses = map(map(op.getValue()).get("responses"));
                if (path.getKey().startsWith("/admin/")) {
                    probes += probeStoreApi(doc, path.getKey(), method, responses, c, write, read);
                    continue;
                }
                Order cart = cartWith(c, "40.00");
                if ("DELETE".equals(method)) {
                    redemption.apply(c.getId(), cart.getId(), "300"); // something to release
                }
                List<Supplier<MockHttpServletRequest>> calls = new ArrayList<Supplier<MockHttpServletRequest>>();
                String body = path.getKey().equals("/reviews") ? "{\"token\":\"unknown\",\"rating\":4,\"text\":\"Nice\"}"
                        : "POST".equals(method) ? "{\"points\":300}" : null;
                boolean writes = !"GET".equals(method);
                String p = path.getKey();
                // each request is made just before it is sent: making one sets the thread's Broadleaf request state
                calls.add(() -> writes ? write(method, p, c, cart, body) : request(method, p, c, cart));
                calls.add(() -> writes ? write(method, p, null, cart, body) : request(method, p, null, cart));
                if (writes) {
                    calls.add(() -> request(method, p, c, cart));
                }
                if (body != null) {
                    calls.add(() -> write(method, p, c, cart, "[\"not an object\"]"));
                }
                boolean success = false;
                for (Supplier<MockHttpServletRequest> call : calls) {
                    MockHttpServletResponse r = send(call.get());
                    String where = method + " " + path.getKey() + " -> " + r.getStatus() + " " + r.getContentAsString();
                    Map<String, Object> documented = response(doc, responses, r.getStatus());
                    assertNotNull(documented, "undocumented status: " + where);
                    Map<String, Object> content = map(documented.get("content"));
                    String type = r.getContentType().split(";")[0].trim();
                    assertTrue(content != null && content.containsKey(type), "undocumented content type " + type + ": " + where);
                    json.parse(r.getContentAsString());
                    success |= r.getStatus() < 300;
                    probes++;
                }
                assertTrue(success || path.getKey().equals("/reviews"), "a valid call succeeds: " + method + " " + path.getKey());
            }
        }
        assertTrue(probes >= 35, "probed " + probes);
    }

    /**
     * Probes a store API operation: a valid call (with a WRITE key and an idempotency key), one without a key, for a
     * write one with a READ key and with a bad body; each answer must be documented.
     */
    private int probeStoreApi(Map<String, Object> doc, String template, String method, Map<String, Object> responses,
                              Customer c, String write, String read) throws Exception {
        String p = template.replace("{customerId}", String.valueOf(c.getId())).substring("/admin".length());
        boolean writes = !"GET".equals(method);
        String valid = validBody(p, c);
        List<Supplier<MockHttpServletRequest>> calls = new ArrayList<Supplier<MockHttpServletRequest>>();
        calls.add(() -> storeCall(method, p, write, writes ? valid : null));
        calls.add(() -> storeCall(method, p, null, writes ? valid : null));
        if (writes) {
            calls.add(() -> storeCall(method, p, read, valid));
            calls.add(() -> storeCall(method, p, write, "[\"not an object\"]"));
        }
        boolean success = false;
        for (Supplier<MockHttpServletRequest> call : calls) {
            MockHttpServletResponse r = send(call.get());
            String where = method + " " + template + " -> " + r.getStatus() + " " + r.getContentAsString();
            Map<String, Object> documented = response(doc, responses, r.getStatus());
            assertNotNull(documented, "undocumented status: " + where);
            Map<String, Object> content = map(documented.get("content"));
            String type = r.getContentType().split(";")[0].trim();
            assertTrue(content != null && content.containsKey(type), "undocumented content type " + type + ": " + where);
            json.parse(r.getContentAsString());
            success |= r.getStatus() < 300;
        }
        assertTrue(success, "a valid call succeeds: " + method + " " + template);
        return calls.size();
    }

    /** A valid body of a store API write: an event of a new rule, a CSV import, or an adjustment. */
    private String validBody(String path, Customer c) {
        if (path.equals("/events")) {
            String type = "probe-" + TestIds.unique("evt").replaceAll("[^a-z0-9]+", "-");
            events.saveRule(new RuleInput(type, "Probe", 5, 10, LimitPeriod.EVER, true));
            return "{\"customerId\":" + c.getId() + ",\"type\":\"" + type + "\",\"eventId\":\"" + TestIds.unique("e").replace(':', '-') + "\"}";
        }
        if (path.equals("/imports")) {
            return "customer_id,points\n" + c.getId() + ",5\n";
        }
        return "{\"points\":5,\"reason\":\"probe\"}";
    }

    private MockHttpServletRequest storeCall(String method, String path, String token, String body) {
        MockHttpServletRequest r = call(method, path, token);
        if (path.equals("/customers")) {
            r.addParameter("email", "probe@example.com");
        }
        if (path.equals("/imports")) {
            r.addParameter("mode", "ADD");
            r.addParameter("importId", "probe-" + TestIds.unique("i").replace(':', '-'));
            r.setContentType("text/csv");
            r.setContent(body.getBytes(StandardCharsets.UTF_8));
            return r;
        }
        if (body != null) {
            r.addHeader(StoreApiController.IDEMPOTENCY_KEY, "probe-" + TestIds.unique("k"));
            r.setContentType("application/json");
            r.setContent(body.getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    @Test
    void everyMappedEndpointIsDocumented() throws Exception {
        Map<String, Object> paths = map(document().get("paths"));
        TreeSet<String> documented = new TreeSet<String>();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (String method : map(path.getValue()).keySet()) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        TreeSet<String> mapped = new TreeSet<String>();
        RequestMappingHandlerMapping mapping = servletContext().getBean(RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            for (String pattern : patterns(e.getKey())) {
                if (!pattern.startsWith(ShopperApiController.BASE) || pattern.endsWith("/**")) {
                    continue;
                }
                assertTrue(!e.getKey().getMethodsCondition().getMethods().isEmpty(), "an API mapping names its method: " + pattern);
                for (RequestMethod m : e.getKey().getMethodsCondition().getMethods()) {
                    // {name:regex} (a variable that keeps dots) is documented as {name}
                    mapped.add(m.name() + " " + pattern.substring(ShopperApiController.BASE.length()).replaceAll("\\{(\\w+):[^}]*}", "{$1}"));
                }
            }
        }
        assertEquals(documented, mapped, "the document and the controllers list the same operations");

        TreeSet<String> fallback = new TreeSet<String>();
        for (String[] p : ApiFallbackController.PATHS) {
            for (int i = 1; i < p.length; i++) {
                fallback.add(p[i] + " " + p[0]);
            }
        }
        assertEquals(documented, fallback, "the 405 answers know every path's methods");
    }

    /**
     * The URL patterns of a mapping: from its {@code PatternsRequestCondition} (Spring 3.2 to 5), or on Spring 6
     * (Broadleaf 7), whose default {@code PathPatternParser} leaves that condition empty, from {@code getPatternValues()}.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> patterns(RequestMappingInfo info) throws Exception {
        if (info.getPatternsCondition() != null) {
            return info.getPatternsCondition().getPatterns();
        }
        return (Set<String>) RequestMappingInfo.class.getMethod("getPatternValues").invoke(info);
    }
}
