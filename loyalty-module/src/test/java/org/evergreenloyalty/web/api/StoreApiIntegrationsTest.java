package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.customevent.CustomEventService;
import org.evergreenloyalty.customevent.LimitPeriod;
import org.evergreenloyalty.customevent.RuleInput;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@code POST admin/events} and {@code POST admin/imports} on the real store: an event id grants once (a replay of
 * the event id with another Idempotency-Key answers the same result, nothing changed), an import's dry run changes
 * nothing, applying changes once per import id; bad input, unknown customers, wrong scope or media type are problems
 * that change nothing.
 */
@BroadleafIntegrationTest
class StoreApiIntegrationsTest extends StoreApiTestBase {

    @Resource(name = "evgCustomEventService")
    CustomEventService events;

    private String rule(long points) {
        String type = "api-" + TestIds.unique("evt").replaceAll("[^a-z0-9]+", "-");
        events.saveRule(new RuleInput(type, "Newsletter " + type, points, 1, LimitPeriod.EVER, true));
        return type;
    }

    private MockHttpServletResponse csv(String query, String token, String contentType, String body) throws Exception {
        MockHttpServletRequest r = call("POST", "/imports", token);
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            r.addParameter(kv[0], kv[1]);
        }
        r.setContentType(contentType);
        r.setContent(body.getBytes(StandardCharsets.UTF_8));
        return send(r);
    }

    @Test
    void anEventGrantsOnceAndAReplayedEventIdAnswersTheSame() throws Exception {
        String type = rule(40);
        Customer c = customerWith(0);
        String key = key("WRITE");
        String body = "{\"email\":\"" + c.getEmailAddress().toUpperCase() + "\",\"type\":\"" + type + "\",\"eventId\":\"nl-" + c.getId() + "\"}";
        Map<String, Object> first = ok(post("/events", key, "ev-a-" + c.getId(), body), 201);
        assertEquals(40, num(first.get("points")));
        assertEquals(c.getId().longValue(), num(first.get("customerId")));
        assertEquals(Boolean.FALSE, first.get("repeat"));
        String byId = "{\"customerId\":" + c.getId() + ",\"type\":\"" + type + "\",\"eventId\":\"nl-" + c.getId() + "\"}";
        Map<String, Object> again = ok(post("/events", key, "ev-b-" + c.getId(), byId), 201);
        assertEquals(Boolean.TRUE, again.get("repeat"));
        assertEquals(first.get("entryId"), again.get("entryId"));
        assertEquals(first.get("recordedAt"), again.get("recordedAt"));
        unchanged(c, 40, 1, "a replayed event id");
    }

    @Test
    void badEventsAreProblemsThatChangeNothing() throws Exception {
        String type = rule(40);
        Customer c = customerWith(0);
        String key = key("WRITE");
        problem(post("/events", key, "x1-" + c.getId(), "{\"type\":\"" + type + "\",\"eventId\":\"e1\"}"), 400, "evergreen.api.validation");
        problem(post("/events", key, "x2-" + c.getId(), "{\"customerId\":\"abc\",\"type\":\"" + type + "\",\"eventId\":\"e1\"}"), 400,
                "evergreen.api.validation");
        problem(post("/events", key, "x3-" + c.getId(), "{\"customerId\":987654321987,\"type\":\"" + type + "\",\"eventId\":\"e1\"}"), 404,
                "evergreen.api.customerNotFound");
        problem(post("/events", key, "x4-" + c.getId(), "{\"email\":\"nobody-" + c.getId() + "@example.com\",\"type\":\"" + type
                + "\",\"eventId\":\"e1\"}"), 404, "evergreen.api.customerNotFound");
        problem(post("/events", key, "x5-" + c.getId(), "{\"customerId\":" + c.getId() + ",\"type\":\"no-such-type\",\"eventId\":\"e1\"}"), 422,
                "customevent.error.unknownType");
        Map<String, Object> bad = problem(post("/events", key, "x6-" + c.getId(), "{\"customerId\":" + c.getId() + ",\"type\":\"" + type
                + "\",\"eventId\":\"has space\"}"), 400, "evergreen.api.validation");
        assertEquals("eventId", firstErrorField(bad));
        problem(post("/events", key("READ"), "x7-" + c.getId(), "{\"customerId\":" + c.getId() + ",\"type\":\"" + type + "\",\"eventId\":\"e1\"}"),
                403, "evergreen.api.scopeInsufficient");
        ok(post("/events", key, "x8-" + c.getId(), "{\"customerId\":" + c.getId() + ",\"type\":\"" + type + "\",\"eventId\":\"e1\"}"), 201);
        problem(post("/events", key, "x9-" + c.getId(), "{\"customerId\":" + c.getId() + ",\"type\":\"" + type + "\",\"eventId\":\"e2\"}"), 422,
                "customevent.error.overLimit.EVER");
        unchanged(c, 40, 1, "only the one event within the limit");
    }

    @Test
    void anImportIsCheckedThenAppliedOncePerImportId() throws Exception {
        Customer a = customerWith(100);
        Customer b = customerWith(0);
        String key = key("WRITE");
        String importId = TestIds.unique("api-imp").replace(':', '-');
        String file = "email,customer_id,points\n" + a.getEmailAddress() + ",,250\n," + b.getId() + ",30\nnobody@example.invalid,,5\n";
        Map<String, Object> dry = ok(csv("mode=SET&importId=" + importId, key, "text/csv", file), 200);
        assertEquals(Boolean.TRUE, dry.get("dryRun"));
        assertEquals(2, num(dry.get("changed")));
        assertEquals(1, num(dry.get("refused")));
        List<?> rows = (List<?>) dry.get("rows");
        assertEquals(100, num(map(rows.get(0)).get("oldBalance")));
        assertEquals(250, num(map(rows.get(0)).get("newBalance")));
        assertEquals("import.refusal.UNKNOWN_CUSTOMER", map(rows.get(2)).get("refusal"));
        unchanged(a, 100, 1, "a dry run");

        Map<String, Object> applied = ok(csv("mode=SET&dryRun=false&importId=" + importId, key, "text/csv; charset=UTF-8", file), 200);
        assertEquals(Boolean.FALSE, applied.get("dryRun"));
        assertEquals(250, balance(a));
        assertEquals(30, balance(b));
        Map<String, Object> again = ok(csv("mode=SET&dryRun=false&importId=" + importId, key, "text/csv", file), 200);
        assertEquals(2, num(again.get("alreadyApplied")));
        unchanged(a, 250, 2, "the same import id again");
    }

    @Test
    void badImportsAreProblemsThatChangeNothing() throws Exception {
        Customer a = customerWith(100);
        String key = key("WRITE");
        String file = "customer_id,points\n" + a.getId() + ",5\n";
        problem(csv("mode=MAYBE&importId=i1", key, "text/csv", file), 400, "evergreen.api.validation");
        problem(csv("mode=ADD&importId=not valid", key, "text/csv", file), 400, "evergreen.api.validation");
        problem(csv("mode=ADD&importId=i1&dryRun=perhaps", key, "text/csv", file), 400, "evergreen.api.validation");
        problem(csv("mode=ADD&importId=i1&dryRun=false", key, "application/json", file), 415, "evergreen.api.unsupportedMediaType");
        problem(csv("mode=ADD&importId=i1&dryRun=false", key, "text/csv", "customer_id,punkte\n" + a.getId() + ",5\n"), 400,
                "import.file.unknownColumn");
        problem(csv("mode=ADD&importId=i1&dryRun=false", key, "text/csv", ""), 400, "import.file.empty");
        problem(csv("mode=ADD&importId=i1&dryRun=false", key("READ"), "text/csv", file), 403, "evergreen.api.scopeInsufficient");
        problem(csv("mode=ADD&importId=i1&dryRun=false", null, "text/csv", file), 401, "evergreen.api.key.missing");
        unchanged(a, 100, 1, "refused imports");
    }
}
