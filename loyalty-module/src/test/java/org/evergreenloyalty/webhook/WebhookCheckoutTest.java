package org.evergreenloyalty.webhook;

import org.evergreenloyalty.test.HeldBackWorker;
import org.evergreenloyalty.test.BroadleafTestContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.annotation.Resource;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.points.RedemptionException;
import org.evergreenloyalty.points.PointsMaturationService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.webhook.jobs.WebhookDeliveryJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * A real Broadleaf checkout announces its points to a webhook receiver on loopback exactly once: the EARN entry the
 * order books writes one {@code points.earned} delivery in its transaction; the webhooks job running twice, and the
 * maturation job making the points available later, send nothing more. A voucher bought with points is one
 * {@code reward.claimed}; a refused purchase sends nothing. A rewards catalogue claim is one {@code reward.claimed} with
 * its entry's kind.
 */
@BroadleafIntegrationTest
class WebhookCheckoutTest {

    @Resource(name = "evgWebhookAdminService")
    WebhookAdminService webhooks;
    @Resource(name = "evgWebhookDeliveryJob")
    WebhookDeliveryJob job;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settingsService;
    @Resource(name = "evgPointsMaturationService")
    PointsMaturationService maturation;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "evgPointsAccountService")
    PointsAccountService accounts;
    @Resource(name = "evgPointsRedemptionService")
    PointsRedemptionService redemption;
    @Resource(name = "evgRewardCatalogueService")
    org.evergreenloyalty.reward.RewardCatalogueService catalogue;
    @Resource(name = "evgRewardAdminService")
    org.evergreenloyalty.reward.RewardAdminService rewardAdmin;

    private final StoreFixtures store = StoreFixtures.create();
    private final List<String[]> received = new CopyOnWriteArrayList<String[]>();
    private HttpServer receiver;
    private WebhookSubscription subscription;
    private PointsSettings original;

    @BeforeEach
    void receiverAndSubscription() throws IOException {
        original = KnownPointsSettings.apply(settingsService);
        clock.reset();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", ex -> {
            received.add(new String[] {read(ex.getRequestBody()), ex.getRequestHeaders().getFirst(WebhookSignature.HEADER)});
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        subscription = webhooks.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                Collections.singletonList(WebhookEvents.POINTS_EARNED), true);
    }

    @AfterEach
    void stop() {
        webhooks.delete(subscription.getId());
        receiver.stop(0);
        settingsService.save(original);
        clock.reset();
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aCheckoutSendsPointsEarnedExactlyOnce() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, store.product("Webhook product " + TestIds.unique("p"), "25.00", null), 2);
        job.run();
        job.run();

        assertEquals(1, received.size(), "one delivery for the order's EARN entry");
        String body = received.get(0)[0];
        assertTrue(body.contains("\"type\":\"points.earned\""), body);
        assertTrue(body.contains("\"customerId\":" + c.getId()), body);
        assertTrue(body.contains("\"eventKey\":\"earn:order:" + order.getId() + "\""), body);
        assertTrue(body.contains("\"pendingPoints\":50"), body);
        assertTrue(WebhookSignature.verify(subscription.getSecret(), received.get(0)[1], body), "signed with the subscription's secret");
        assertEquals(1, webhooks.deliveries(subscription.getId(), 10).size());
        assertEquals(DeliveryStatus.DELIVERED, webhooks.deliveries(subscription.getId(), 10).get(0).getStatus());

        clock.advance(31L * 24 * 60 * 60 * 1000);
        maturation.matureDue();
        job.run();
        assertEquals(50, ledger.balance(c.getId()).getAvailable(), "the points matured");
        assertEquals(1, received.size(), "making earned points available is not another points.earned");
    }

    @Test
    void anOrderTheAccountPageBooksBeforeTheWorkerSendsPointsEarnedToo() throws Exception {
        HeldBackWorker.whileHeld(BroadleafTestContext.get(), wakeUps -> {
            Customer c = store.customer();
            store.buy(c, store.product("Webhook product " + TestIds.unique("p"), "25.00", null), 2);
            assertFalse(wakeUps.isEmpty(), "the order waits for the worker");
            String me = BroadleafTestContext.get().getBean("evgShopperApiService", org.evergreenloyalty.api.ShopperApiService.class).me(c.getId()).toString();
            assertEquals(50, accounts.summary(c.getId()).getBalance().getPending(), "the shopper API booked the order: " + me);
            job.run();
            assertEquals(1, received.size(), "one delivery for the EARN entry the page booked");
            assertTrue(received.get(0)[0].contains("\"customerId\":" + c.getId()), received.get(0)[0]);
        });
    }

    @Test
    void aVoucherBoughtWithPointsSendsRewardClaimedOnceAndARefusedOneNothing() throws Exception {
        WebhookSubscription claims = webhooks.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                Collections.singletonList(WebhookEvents.REWARD_CLAIMED), true);
        try {
            Customer c = store.customer();
            accounts.grantBonus(c.getId(), 1200, TestIds.unique("seed-bonus"), "test balance", "test", null);
            job.run();
            received.clear();

            PointsVoucher v = redemption.buyVoucher(c.getId(), 500);
            assertThrows(RedemptionException.class, () -> redemption.buyVoucher(c.getId(), 1000), "only 700 left");
            job.run();
            job.run();

            assertEquals(1, received.size(), "one reward.claimed for the one voucher bought");
            String body = received.get(0)[0];
            assertTrue(body.contains("\"type\":\"reward.claimed\""), body);
            assertTrue(body.contains("\"customerId\":" + c.getId()), body);
            assertTrue(body.contains("\"rewardId\":" + v.getId()), body);
            assertTrue(body.contains("\"kind\":\"voucher\""), body);
            assertTrue(body.contains("\"points\":500"), body);
            assertFalse(body.contains(v.getCode()), "the code itself is not sent");
            assertTrue(WebhookSignature.verify(claims.getSecret(), received.get(0)[1], body));
        } finally {
            webhooks.delete(claims.getId());
        }
    }

    @Test
    void aCatalogueClaimSendsRewardClaimedWithTheEntrysKind() throws Exception {
        WebhookSubscription claims = webhooks.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                Collections.singletonList(WebhookEvents.REWARD_CLAIMED), true);
        try {
            Customer c = store.customer();
            accounts.grantBonus(c.getId(), 300, TestIds.unique("seed-bonus"), "test balance", "test", null);
            org.evergreenloyalty.reward.Reward shipping = rewardAdmin.create(org.evergreenloyalty.reward.RewardInput.of(
                    "Webhook free shipping " + TestIds.unique("r"), org.evergreenloyalty.reward.RewardKind.FREE_SHIPPING, null, 300));
            job.run();
            received.clear();

            org.evergreenloyalty.reward.RewardClaim claim = catalogue.claim(c.getId(), shipping.getId());
            assertThrows(org.evergreenloyalty.reward.RewardException.class, () -> catalogue.claim(c.getId(), shipping.getId()),
                    "no points left");
            job.run();

            assertEquals(1, received.size(), "one reward.claimed for the one claim");
            String body = received.get(0)[0];
            assertTrue(body.contains("\"type\":\"reward.claimed\""), body);
            assertTrue(body.contains("\"rewardId\":" + claim.getId()), body);
            assertTrue(body.contains("\"kind\":\"FREE_SHIPPING\""), body);
            assertTrue(body.contains("\"catalogueRewardId\":" + shipping.getId()), body);
            assertTrue(body.contains("\"points\":300"), body);
            assertFalse(body.contains(claim.getCode()), "the code itself is not sent");
        } finally {
            webhooks.delete(claims.getId());
        }
    }
}
