package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.api.ApiProblem;
import org.evergreenloyalty.api.DefaultStoreApiService;
import org.evergreenloyalty.api.StoreApiGate;
import org.evergreenloyalty.apikey.ApiKeyRepository;
import org.evergreenloyalty.apikey.jobs.ApiCleanupJob;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.webhook.WebhookAdminService;
import org.evergreenloyalty.webhook.WebhookDelivery;
import org.evergreenloyalty.webhook.WebhookEvents;
import org.evergreenloyalty.webhook.WebhookSubscription;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code POST admin/customers/{id}/adjustments} on the real store: the adjustment goes through the ledger (an ADJUST
 * line by {@code api:<prefix>}, the {@code points.adjusted} webhook queued); a repeat with the same Idempotency-Key
 * answers the first result and changes nothing; the same key with another body is refused; bad input is a 400/404/415
 * problem that changes nothing and leaves the key free; the {@code api-cleanup} job deletes old records.
 */
@BroadleafIntegrationTest
class StoreApiAdjustmentTest extends StoreApiTestBase {

    @Resource(name = "evgWebhookAdminService")
    WebhookAdminService webhooks;
    @Resource(name = "evgApiKeyRepository")
    ApiKeyRepository repository;
    @Resource(name = "evgJobRunner")
    JobRunner jobs;

    @Test
    void anAdjustmentIsPostedOnceAndReplayedForTheSameKeyAndBody() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", ex -> {
            while (ex.getRequestBody().read() >= 0) {
                // read the body
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        WebhookSubscription hook = webhooks.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                Collections.singletonList(WebhookEvents.POINTS_ADJUSTED), true);
        try {
            Customer c = customerWith(1000);
            String key = key("WRITE");
            String body = "{\"points\":250,\"reason\":\"Goodwill after a late delivery\"}";
            MockHttpServletResponse first = adjust(c, key, "order-4711-goodwill", body);
            Map<String, Object> done = ok(first, 201);
            assertEquals(250, num(done.get("points")));
            assertEquals(1250, num(done.get("availableAfter")));
            assertEquals(1250, num(map(done.get("account")).get("available")));
            assertEquals(1250, balance(c));
            long lines = ledgerLines(c);
            LedgerEntry entry = accounts.history(c.getId(), 0, 1).get(0);
            assertEquals(EntryType.ADJUST, entry.getType());
            assertEquals("Goodwill after a late delivery", entry.getReason());
            assertTrue(entry.getActor().startsWith("api:evg_"), entry.getActor());
            List<WebhookDelivery> queued = webhooks.deliveries(hook.getId(), 10);
            assertTrue(queued.stream().anyMatch(d -> WebhookEvents.POINTS_ADJUSTED.equals(d.getEventType())
                    && d.getData().contains(String.valueOf(c.getId()))), "points.adjusted queued");

            MockHttpServletResponse again = adjust(c, key, "order-4711-goodwill", body);
            assertEquals(201, again.getStatus());
            assertEquals(first.getContentAsString(), again.getContentAsString(), "the first result again");
            assertEquals("true", again.getHeader("Idempotent-Replayed"));
            unchanged(c, 1250, lines, "replayed");

            Map<String, Object> reused = problem(adjust(c, key, "order-4711-goodwill", "{\"points\":999,\"reason\":\"Goodwill\"}"),
                    422, StoreApiGate.IDEMPOTENCY_KEY_REUSED);
            assertTrue(((String) reused.get("detail")).contains("different request"));
            problem(post("/customers/" + customerWith(0).getId() + "/adjustments", key, "order-4711-goodwill", body),
                    422, StoreApiGate.IDEMPOTENCY_KEY_REUSED);
            unchanged(c, 1250, lines, "reused key");

            Map<String, Object> taken = ok(adjust(c, key, "order-4711-correction", "{\"points\":-50,\"reason\":\"Correction\"}"), 201);
            assertEquals(1200, num(taken.get("availableAfter")));
            assertEquals(1200, balance(c));
            assertEquals(lines + 1, ledgerLines(c));
        } finally {
            webhooks.delete(hook.getId());
            receiver.stop(0);
        }
    }

    @Test
    void badInputIsRefusedChangesNothingAndLeavesTheKeyFree() throws Exception {
        Customer c = customerWith(300);
        long lines = ledgerLines(c);
        String key = key("WRITE");
        String[][] cases = {
            {"{\"points\":\"500\",\"reason\":\"x\"}", "points"},
            {"{\"points\":1.5,\"reason\":\"x\"}", "points"},
            {"{\"points\":0,\"reason\":\"x\"}", "points"},
            {"{\"points\":99999999999,\"reason\":\"x\"}", "points"},
            {"{\"points\":123456789012345678901234567890,\"reason\":\"x\"}", "points"},
            {"{\"points\":100}", "reason"},
            {"{\"points\":100,\"reason\":\"   \"}", "reason"},
            {"{\"points\":100,\"reason\":42}", "reason"},
            {"{\"reason\":\"x\"}", "points"},
        };
        for (String[] bad : cases) {
            Map<String, Object> p = problem(adjust(c, key, "same-key", bad[0]), 400, ApiProblem.VALIDATION);
            assertEquals(bad[1], firstErrorField(p), bad[0]);
        }
        for (String malformed : new String[] {"{", "[1,2]", "null", "\"text\"", ""}) {
            problem(adjust(c, key, "same-key", malformed), 400, ApiProblem.MALFORMED);
        }
        problem(adjust(c, key, "same-key", "{\"points\":-400,\"reason\":\"too much\"}"), 422, DefaultStoreApiService.BELOW_ZERO);
        problem(post("/customers/999999999999/adjustments", key, "same-key", "{\"points\":5,\"reason\":\"x\"}"), 404,
                DefaultStoreApiService.CUSTOMER_NOT_FOUND);
        problem(post("/customers/abc/adjustments", key, "same-key", "{\"points\":5,\"reason\":\"x\"}"), 400, ApiProblem.VALIDATION);
        problem(adjust(c, key, null, "{\"points\":5,\"reason\":\"x\"}"), 400, StoreApiGate.IDEMPOTENCY_KEY_MISSING);
        problem(adjust(c, key, new String(new char[300]).replace('\0', 'k'), "{\"points\":5,\"reason\":\"x\"}"), 400,
                StoreApiGate.IDEMPOTENCY_KEY_MISSING);
        MockHttpServletRequest form = call("POST", "/customers/" + c.getId() + "/adjustments", key);
        form.addHeader("Idempotency-Key", "same-key");
        form.setContentType("application/x-www-form-urlencoded");
        form.setContent("points=5&reason=x".getBytes(StandardCharsets.UTF_8));
        problem(send(form), 415, ApiProblem.UNSUPPORTED_MEDIA_TYPE);
        String huge = "{\"points\":5,\"reason\":\"" + new String(new char[70_000]).replace('\0', 'r') + "\"}";
        problem(adjust(c, key, "same-key", huge), 413, StoreApiController.BODY_TOO_LARGE);
        unchanged(c, 300, lines, "bad input");

        // every refusal gave the key back: a corrected request may use it
        assertEquals(350, num(ok(adjust(c, key, "same-key", "{\"points\":50,\"reason\":\"fixed\"}"), 201).get("availableAfter")));
    }

    @Test
    void theCleanupJobDeletesOldIdempotencyRecords() throws Exception {
        Customer c = customerWith(0);
        String key = key("WRITE");
        ok(adjust(c, key, "cleanup-1", "{\"points\":10,\"reason\":\"x\"}"), 201);
        long keyId = keys.find(key).getId();
        assertEquals(1, repository.recordCount(keyId));
        jobs.runNow(ApiCleanupJob.NAME);
        assertEquals(1, repository.recordCount(keyId), "a fresh record stays");
        clock.advance(49L * 60 * 60 * 1000);
        try {
            jobs.runNow(ApiCleanupJob.NAME);
            assertEquals(0, repository.recordCount(keyId), "older than 48 hours: deleted");
        } finally {
            clock.reset();
        }
    }

    @Test
    void parallelRepeatsOfOneIdempotencyKeyPostOnce() throws Exception {
        Customer c = customerWith(100);
        long lines = ledgerLines(c);
        String key = key("WRITE");
        int callers = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        try {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    org.evergreenloyalty.test.BroadleafTestContext.bindRequest();
                    start.await();
                    return adjust(c, key, "parallel-1", "{\"points\":40,\"reason\":\"parallel\"}").getStatus();
                }));
            }
            start.countDown();
            int created = 0;
            for (java.util.concurrent.Future<Integer> a : answers) {
                int status = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(status == 201 || status == 409, "201 (first or replayed) or 409 (first still running): " + status);
                created += status == 201 ? 1 : 0;
            }
            assertTrue(created >= 1);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(140, balance(c), "posted once");
        assertEquals(lines + 1, ledgerLines(c));
    }
}
