package org.evergreenloyalty.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks against a real HTTP receiver on loopback: a ledger posting is delivered signed (the test checks the
 * HMAC itself), a receiver that is down, slow or answers 500 is retried with backoff on the module clock, a
 * subscription failing too often is disabled, and a business change that rolls back sends nothing.
 */
@CoreTest
class WebhookDeliveryTest {

    @Resource(name = "evgWebhookAdminService")
    WebhookAdminService admin;

    @Resource(name = "evgWebhookSender")
    WebhookSender sender;

    @Resource(name = "evgWebhookSettings")
    WebhookSettings settings;

    @Resource(name = "evgLedgerService")
    LedgerService ledger;

    @Resource(name = "evgClock")
    AdjustableClock clock;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    private TestReceiver receiver;
    private final List<Long> subscriptions = new ArrayList<Long>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = TestReceiver.start();
    }

    @AfterEach
    void stop() {
        for (Long id : subscriptions) {
            admin.delete(id);
        }
        receiver.close();
        clock.reset();
    }

    private WebhookSubscription subscribe(String... events) {
        WebhookSubscription s = admin.create(receiver.url(), Arrays.asList(events), true);
        subscriptions.add(s.getId());
        return s;
    }

    private long bonus(long customerId, long points) {
        ledger.post(Posting.builder(customerId, EntryType.BONUS, TestIds.unique("webhook-bonus")).available(points).earned(points)
                .reason("webhook test").build());
        return points;
    }

    private List<WebhookDelivery> deliveries(WebhookSubscription s) {
        return admin.deliveries(s.getId(), 50);
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(text.getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.toString();
    }

    @Test
    void aPostingIsDeliveredOnceWithAValidSignature() throws Exception {
        WebhookSubscription s = subscribe(WebhookEvents.POINTS_EARNED);
        assertTrue(s.getSecret().startsWith("whsec_") && s.getSecret().length() > 40, "a generated secret");
        long c = TestIds.customerId();
        bonus(c, 120);

        assertEquals(1, receiver.requests().size(), "delivered right after the commit");
        TestReceiver.Request r = receiver.requests().get(0);
        assertTrue(r.body.contains("\"type\":\"points.earned\""), r.body);
        assertTrue(r.body.contains("\"customerId\":" + c), r.body);
        assertTrue(r.body.contains("\"points\":120"), r.body);
        assertTrue(r.body.contains("\"id\":\"" + r.eventId + "\""), "event id in body and header: " + r.body);
        assertEquals(WebhookEvents.POINTS_EARNED, r.eventType);
        String t = r.signature.substring(2, r.signature.indexOf(','));
        long signedAt = Long.parseLong(t);
        assertTrue(Math.abs(clock.now().getTime() / 1000 - signedAt) <= 2, "signed at the module clock's time");
        assertEquals("t=" + t + ",v1=" + hmac(s.getSecret(), t + "." + r.body), r.signature, "HMAC-SHA256 over t.body");
        assertFalse(WebhookSignature.verify("whsec_other", r.signature, r.body), "another secret does not verify");

        List<WebhookDelivery> log = deliveries(s);
        assertEquals(1, log.size());
        assertEquals(DeliveryStatus.DELIVERED, log.get(0).getStatus());
        assertEquals(Integer.valueOf(200), log.get(0).getLastStatusCode());
        assertEquals(1, admin.attempts(s.getId(), 10).size());

        sender.sendDue();
        sender.sendDue();
        assertEquals(1, receiver.requests().size(), "a delivered event is not sent again");
    }

    @Test
    void eventsNobodyWantsAreNotWritten() {
        WebhookSubscription s = subscribe(WebhookEvents.POINTS_REDEEMED);
        bonus(TestIds.customerId(), 10);
        assertTrue(deliveries(s).isEmpty(), "points.earned is not wanted");
        assertTrue(receiver.requests().isEmpty());
    }

    @Test
    void theBatchedLedgerPathWritesOneEventPerNewEntry() {
        WebhookSubscription s = subscribe(WebhookEvents.POINTS_EARNED);
        long c = TestIds.customerId();
        String key = TestIds.unique("webhook-batch");
        List<Posting> page = Arrays.asList(
                Posting.builder(c, EntryType.BONUS, key).available(5).earned(5).build(),
                Posting.builder(c, EntryType.BONUS, TestIds.unique("webhook-batch")).available(7).earned(7).build());
        ledger.postCredits(page);
        ledger.postCredits(Collections.singletonList(page.get(0))); // a repeat: no entry, no event
        assertEquals(2, deliveries(s).size());
        assertEquals(2, receiver.requests().size());
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        WebhookSubscription s = subscribe(WebhookEvents.POINTS_EARNED);
        long c = TestIds.customerId();
        new TransactionTemplate(txm).execute(status -> {
            bonus(c, 50);
            status.setRollbackOnly();
            return null;
        });
        assertNull(ledger.findByEventKey("none"), "sanity");
        assertEquals(0, ledger.balance(c).getAvailable(), "the posting rolled back");
        assertTrue(deliveries(s).isEmpty(), "no delivery row");
        sender.sendDue();
        assertTrue(receiver.requests().isEmpty(), "nothing sent");
    }

    @Test
    void aReceiverThatIsDownIsRetriedWithBackoffUntilItIsUp() throws Exception {
        WebhookSubscription s = subscribe(WebhookEvents.POINTS_EARNED);
        receiver.stop();
        bonus(TestIds.customerId(), 30);

        WebhookDelivery d = deliveries(s).get(0);
        assertEquals(DeliveryStatus.PENDING, d.getStatus());
        assertEquals(1, d.getAttempts());
        assertNull(d.getLastStatusCode(), "no answer");
        assertNotNull(d.getLastError());
        assertEquals(settings.backoffMs(1), d.getNextAttemptAt().getTime() - d.getLastAttemptAt().getTime(), "first backoff");

        assertEquals(0, sender.sendDue(), "not due before the backoff ends");
        assertEquals(1, deliveries(s).get(0).getAttempts());

        clock.advance(settings.backoffMs(1));
        assertEquals(0, sender.sendDue());
        d = deliveries(s).get(0);
        assertEquals(2, d.getAttempts());
        assertEquals(settings.backoffMs(2), d.getNextAttemptAt().getTime() - d.getLastAttemptAt().getTime(), "the backoff doubled");
        assertEquals(2 * settings.backoffMs(1), settings.backoffMs(2));

        receiver.restart();
        clock.advance(settings.backoffMs(2));
        assertEquals(1, sender.sendDue());
        assertEquals(1, receiver.requests().size());
        d = deliveries(s).get(0);
        assertEquals(DeliveryStatus.DELIVERED, d.getStatus());
        assertEquals(3, d.getAttempts());
        assertEquals(3, admin.attempts(s.getId(), 10).size(), "every attempt is in the log");
        assertTrue(admin.subscription(s.getId()).isEnabled());
        assertEquals(0, admin.subscription(s.getId()).getFailures(), "a success ends the run of failures");
    }

    @Test
    void aSlowReceiverTimesOutAndIsRetried() throws Exception {
        WebhookSubscription s = subscribe(WebhookEvents.POINTS_EARNED);
        receiver.holdAnswers();
        bonus(TestIds.customerId(), 40);
        receiver.release();

        WebhookDelivery d = deliveries(s).get(0);
        assertEquals(DeliveryStatus.PENDING, d.getStatus());
        assertTrue(d.getLastError().contains("SocketTimeoutException"), d.getLastError());
        assertEquals(1, receiver.requests().size(), "it was reached, but answered too late");

        clock.advance(settings.backoffMs(1));
        assertEquals(1, sender.sendDue());
        assertEquals(2, receiver.requests().size());
        assertEquals(receiver.requests().get(0).eventId, receiver.requests().get(1).eventId, "the same event id on a retry");
        assertEquals(DeliveryStatus.DELIVERED, deliveries(s).get(0).getStatus());
    }

    @Test
    void aReceiverAnswering500IsRetriedAndDisabledAfterTheThreshold() {
        WebhookSubscription s = subscribe(WebhookEvents.POINTS_EARNED);
        receiver.answer(500);
        bonus(TestIds.customerId(), 60);
        int threshold = settings.getDisableAfterFailures();
        for (int i = 1; i < threshold; i++) {
            assertTrue(admin.subscription(s.getId()).isEnabled(), "enabled after " + i + " failures");
            clock.advance(settings.backoffMs(i));
            sender.sendDue();
        }
        WebhookSubscription after = admin.subscription(s.getId());
        assertFalse(after.isEnabled(), "disabled after " + threshold + " failures in a row");
        assertEquals(threshold, after.getFailures());
        assertNotNull(after.getAutoDisabledAt(), "the page shows when");
        WebhookDelivery d = deliveries(s).get(0);
        assertEquals(Integer.valueOf(500), d.getLastStatusCode());
        assertEquals("HTTP 500", d.getLastError());
        assertEquals(threshold, receiver.requests().size());

        clock.advance(settings.backoffMs(threshold) * 4);
        sender.sendDue();
        assertEquals(threshold, receiver.requests().size(), "a disabled subscription gets nothing");

        receiver.answer(200);
        admin.update(s.getId(), s.getUrl(), s.getEvents(), true);
        assertEquals(threshold + 1, receiver.requests().size(), "enabled again: what waited is delivered");
        assertEquals(DeliveryStatus.DELIVERED, deliveries(s).get(0).getStatus());
        assertNull(admin.subscription(s.getId()).getAutoDisabledAt());
    }

    @Test
    void testEventAndResend() {
        WebhookSubscription s = subscribe(WebhookEvents.REVIEW_APPROVED);
        long id = admin.sendTest(s.getId());
        assertEquals(1, receiver.requests().size());
        assertEquals(WebhookEvents.TEST, receiver.requests().get(0).eventType);
        admin.resend(id);
        assertEquals(2, receiver.requests().size(), "resent");
        assertEquals(receiver.requests().get(0).eventId, receiver.requests().get(1).eventId);
        WebhookException e = assertThrows(WebhookException.class, () -> admin.resend(-5));
        assertEquals("evergreen.webhooks.error.noSuchDelivery", e.getMessageKey());
    }

    @Test
    void badSubscriptionsAreRefusedAndNothingIsStored() {
        int before = admin.subscriptions().size();
        for (String[] bad : new String[][] {{"", "evergreen.webhooks.error.urlRequired"}, {"ftp://example.com/x", "evergreen.webhooks.error.urlScheme"},
                {"example.com/hooks", "evergreen.webhooks.error.urlScheme"}, {"http://exa mple.com", "evergreen.webhooks.error.urlInvalid"},
                {"https://user:pw@example.com/h", "evergreen.webhooks.error.urlUserInfo"}, {"javascript:alert(1)", "evergreen.webhooks.error.urlScheme"}}) {
            WebhookException e = assertThrows(WebhookException.class,
                    () -> admin.create(bad[0], Collections.singletonList(WebhookEvents.POINTS_EARNED), true), bad[0]);
            assertEquals(bad[1], e.getMessageKey(), bad[0]);
            assertEquals("url", e.getField());
        }
        WebhookException e = assertThrows(WebhookException.class,
                () -> admin.create("https://example.com/h", Collections.<String>emptyList(), true));
        assertEquals("evergreen.webhooks.error.noEvents", e.getMessageKey());
        e = assertThrows(WebhookException.class, () -> admin.create("https://example.com/h", Collections.singletonList("points.stolen"), true));
        assertEquals("evergreen.webhooks.error.unknownEvent", e.getMessageKey());
        assertEquals(before, admin.subscriptions().size(), "nothing stored");
    }
}
