package org.evergreenloyalty.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.reward.RewardAdminService;
import org.evergreenloyalty.reward.RewardCatalogueService;
import org.evergreenloyalty.reward.RewardClaim;
import org.evergreenloyalty.reward.RewardInput;
import org.evergreenloyalty.reward.RewardKind;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The integrity check on real Broadleaf orders: orders placed with a points discount, with a points voucher, with a
 * claimed reward, without either and cancelled after a points discount reconcile with no finding and no e-mail; then
 * each kind of mismatch is planted with SQL (a deleted REDEEM, a REDEEM of another amount, an unpaid voucher, an
 * unpaid reward claim, a REDEEM of a
 * missing order and of an order without a points discount, corrupted balances) and each is reported, stored for
 * the admin and e-mailed once to the store's loyalty contact.
 */
@BroadleafIntegrationTest
class IntegrityCheckTest {

    private static final String CONTACT = BroadleafTestContext.INTEGRITY_CONTACT;

    @Resource(name = "evgIntegrityService")
    private IntegrityService integrity;
    @Resource(name = "evgPointsSettingsService")
    private PointsSettingsService settingsService;
    @Resource(name = "evgPointsAccountService")
    private PointsAccountService accounts;
    @Resource(name = "evgPointsRedemptionService")
    private PointsRedemptionService redemption;
    @Resource(name = "blOfferService")
    private OfferService offers;
    @Resource(name = "evgJobRunner")
    private JobRunner jobs;
    @Resource(name = "evgClock")
    private AdjustableClock clock;
    @Resource(name = "evgOrderDiscountGateway")
    private OrderDiscountGateway gateway;
    @Resource(name = "evgIntegrityRepository")
    private IntegrityRepository repository;
    @Resource(name = "evgRewardCatalogueService")
    private RewardCatalogueService rewards;
    @Resource(name = "evgRewardAdminService")
    private RewardAdminService rewardAdmin;

    private final StoreFixtures store = StoreFixtures.create();
    private final LedgerSql sql = new LedgerSql();
    private final List<Runnable> undo = new ArrayList<Runnable>();
    private PointsSettings original;

    @BeforeEach
    void knownSettings() {
        original = KnownPointsSettings.apply(settingsService);
        clock.reset();
    }

    @AfterEach
    void takeBackPlants() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
        settingsService.save(original);
        clock.reset();
    }

    /** The store's orders of one test: each kind of module discount, placed for real through checkout. */
    private final class Orders {
        final Customer pointsCustomer = customerWith(1000);
        final Customer voucherCustomer = customerWith(1200);
        final Customer plainCustomer = store.customer();
        final Customer cancelledCustomer = customerWith(800);
        final Customer rewardCustomer = customerWith(900);
        final Order points;
        final Order voucherOrder;
        final PointsVoucher voucher;
        final Order plain;
        final Order cancelled;
        final RewardClaim claim;
        final Order rewardOrder;

        Orders() throws Exception {
            Order cart = store.add(store.cart(pointsCustomer), product("40.00"), 1);
            redemption.apply(pointsCustomer.getId(), cart.getId(), "500");
            points = store.checkout(store.orders().findOrderById(cart.getId()));

            voucher = redemption.buyVoucher(voucherCustomer.getId(), 500);
            Order vcart = store.add(store.cart(voucherCustomer), product("30.00"), 1);
            voucherOrder = store.checkout(store.orders().addOfferCode(store.orders().findOrderById(vcart.getId()),
                    offers.lookupOfferCodeByCode(voucher.getCode()), true));

            plain = store.buy(plainCustomer, product("20.00"), 1);

            Order ccart = store.add(store.cart(cancelledCustomer), product("30.00"), 1);
            redemption.apply(cancelledCustomer.getId(), ccart.getId(), "300");
            Order placed = store.checkout(store.orders().findOrderById(ccart.getId()));
            Order o = store.orders().findOrderById(placed.getId());
            o.setStatus(OrderStatus.CANCELLED);
            cancelled = store.orders().save(o, false);

            claim = rewards.claim(rewardCustomer.getId(), rewardAdmin.create(RewardInput.of("Integrity 5 off " + TestIds.unique("r"),
                    RewardKind.AMOUNT_OFF, new BigDecimal("5.00"), 400)).getId());
            Order rcart = store.add(store.cart(rewardCustomer), product("30.00"), 1);
            rewardOrder = store.checkout(store.orders().addOfferCode(store.orders().findOrderById(rcart.getId()),
                    offers.lookupOfferCodeByCode(claim.getCode()), true));
        }
    }

    @Test
    void aCleanStoreHasNoFindingsAndNoEMailIsSent() throws Exception {
        Orders orders = new Orders();
        assertEquals(OrderStatus.SUBMITTED, orders.points.getStatus());
        int mailsBefore = TestMailServer.messagesTo(CONTACT).size();

        IntegrityRun run = integrity.run("test");

        assertEquals(0, run.getFindingCount(), "no findings: " + integrity.findings(run.getId(), 0, 50));
        assertTrue(run.getOrdersChecked() >= 4, "the points, voucher, reward and cancelled orders were checked: " + run.getOrdersChecked());
        assertTrue(run.getRedeemsChecked() >= 2);
        assertTrue(run.getAccountsChecked() >= 4);
        assertEquals(IntegrityRun.MailStatus.NOTHING_FOUND, run.getMailStatus());
        assertEquals(mailsBefore, TestMailServer.messagesTo(CONTACT).size(), "nothing to e-mail");
        assertEquals(run.getId(), integrity.latestRun().getId(), "stored for the admin page");
    }

    @Test
    void everyPlantedMismatchIsReportedStoredAndEMailedOnce() throws Exception {
        Orders orders = new Orders();
        Orders second = new Orders();
        Customer balanceCustomer = customerWith(400);

        // 1a. an order's REDEEM deleted (its account then also disagrees with its entries)
        Object[] deleted = sql.delete("redeem:order:" + orders.points.getId());
        undo.add(() -> sql.restore(deleted));
        // 1b. another order's REDEEM took 100 points less than the discount is worth (balance kept in step)
        sql.moveEntry("redeem:order:" + second.points.getId(), 100);
        sql.moveAvailable(second.pointsCustomer.getId(), 100);
        undo.add(() -> {
            sql.moveEntry("redeem:order:" + second.points.getId(), -100);
            sql.moveAvailable(second.pointsCustomer.getId(), -100);
        });
        // 1c. a voucher used on an order but never paid with points (balance kept in step)
        Object[] voucherRedeem = sql.delete(sql.voucherRedeemKey(orders.voucher.getId()));
        sql.moveAvailable(orders.voucherCustomer.getId(), 500);
        undo.add(() -> {
            sql.restore(voucherRedeem);
            sql.moveAvailable(orders.voucherCustomer.getId(), -500);
        });
        // 1d. a claimed reward used on an order but its claim never paid (balance kept in step)
        Object[] claimRedeem = sql.delete("reward:claim:" + orders.claim.getId());
        sql.moveAvailable(orders.rewardCustomer.getId(), 400);
        undo.add(() -> {
            sql.restore(claimRedeem);
            sql.moveAvailable(orders.rewardCustomer.getId(), -400);
        });
        // 2a. a REDEEM of an order that does not exist, 2b. a REDEEM of an order without a points discount
        long missingOrder = 900_000_000L + TestIds.customerId();
        long orphan = sql.insertOrderRedeem(orders.plainCustomer.getId(), String.valueOf(missingOrder), 300);
        long noDiscount = sql.insertOrderRedeem(orders.plainCustomer.getId(), String.valueOf(orders.plain.getId()), 200);
        sql.moveAvailable(orders.plainCustomer.getId(), -500);
        undo.add(() -> {
            sql.deleteEntry(orphan);
            sql.deleteEntry(noDiscount);
            sql.moveAvailable(orders.plainCustomer.getId(), 500);
        });
        // 3. balances corrupted straight in the table
        sql.moveAvailable(balanceCustomer.getId(), 7);
        sql.movePending(balanceCustomer.getId(), -3);
        undo.add(() -> {
            sql.moveAvailable(balanceCustomer.getId(), -7);
            sql.movePending(balanceCustomer.getId(), 3);
        });
        int mailsBefore = TestMailServer.messagesTo(CONTACT).size();

        jobs.runNow("integrity-check");

        IntegrityRun run = integrity.latestRun();
        assertEquals(IntegrityService.SCHEDULER, run.getTriggeredBy());
        List<IntegrityFinding> found = integrity.findings(run.getId(), 0, 100);
        assertEquals(found.size(), run.getStoredFindings());
        List<String> mine = found.stream().map(IntegrityCheckTest::describe).collect(Collectors.toList());

        assertFinding(mine, "DISCOUNT_NOT_BOOKED order " + orders.points.getId() + " customer " + orders.pointsCustomer.getId()
                + " expected 500 recorded null");
        assertFinding(mine, "AVAILABLE_DIFFERS order null customer " + orders.pointsCustomer.getId() + " expected 1000 recorded 500");
        assertFinding(mine, "REDEEM_AMOUNT_DIFFERS order " + second.points.getId() + " customer " + second.pointsCustomer.getId()
                + " expected 500 recorded 400");
        assertFinding(mine, "VOUCHER_NOT_PAID order " + orders.voucherOrder.getId() + " customer "
                + orders.voucherCustomer.getId() + " expected 500 recorded 0");
        assertFinding(mine, "REWARD_NOT_PAID order " + orders.rewardOrder.getId() + " customer "
                + orders.rewardCustomer.getId() + " expected 400 recorded 0");
        assertFinding(mine, "ORDER_MISSING order " + missingOrder + " customer " + orders.plainCustomer.getId()
                + " expected null recorded 300");
        assertFinding(mine, "ORDER_WITHOUT_DISCOUNT order " + orders.plain.getId() + " customer " + orders.plainCustomer.getId()
                + " expected 0 recorded 200");
        assertFinding(mine, "AVAILABLE_DIFFERS order null customer " + balanceCustomer.getId() + " expected 400 recorded 407");
        assertFinding(mine, "PENDING_DIFFERS order null customer " + balanceCustomer.getId() + " expected 0 recorded -3");
        for (Customer clean : new Customer[] {orders.cancelledCustomer, second.voucherCustomer, second.cancelledCustomer,
                                               second.plainCustomer, second.rewardCustomer}) {
            assertTrue(mine.stream().noneMatch(f -> f.contains("customer " + clean.getId() + " ")),
                    "nothing about consistent customers: " + mine);
        }
        assertTrue(run.getOrderFindings() >= 3 && run.getRedeemFindings() >= 2 && run.getBalanceFindings() >= 3, mine.toString());
        assertEquals(found.stream().filter(f -> f.getEntryId() != null && (f.getEntryId() == orphan || f.getEntryId() == noDiscount))
                .count(), 2, "the orphan REDEEM entries are named");

        IntegrityReport onePerPage = new IntegrityCheck(BroadleafTestContext.get().getBean("blTransactionManager",
                org.springframework.transaction.PlatformTransactionManager.class), gateway, repository, settingsService, clock, 1, 10_000)
                .check();
        assertEquals(mine.stream().sorted().collect(Collectors.toList()), onePerPage.getFindings().stream()
                .map(IntegrityCheckTest::describe).sorted().collect(Collectors.toList()), "paging one row at a time finds the same");
        assertEquals(run.getOrdersChecked(), onePerPage.getOrdersChecked());
        assertEquals(run.getRedeemsChecked(), onePerPage.getRedeemsChecked());
        assertEquals(run.getAccountsChecked(), onePerPage.getAccountsChecked());

        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(CONTACT, mailsBefore + 1, 5000);
        assertEquals(mailsBefore + 1, mails.size(), "one e-mail per run");
        assertEquals(IntegrityRun.MailStatus.SENT, run.getMailStatus());
        MimeMessage mail = mails.get(mails.size() - 1);
        assertTrue(mail.getSubject().contains(run.getFindingCount() + " loyalty integrity finding"), mail.getSubject());
        String body = String.valueOf(mail.getContent());
        assertTrue(body.contains("has no REDEEM entry"), body);
        assertTrue(body.contains(String.valueOf(missingOrder)), "the missing order is named");
    }

    @Test
    void theFindingsDisappearWhenTheMismatchesAreRepaired() throws Exception {
        Orders orders = new Orders();
        Object[] deleted = sql.delete("redeem:order:" + orders.points.getId());
        IntegrityRun broken = integrity.run("test");
        assertTrue(integrity.findings(broken.getId(), 0, 500).stream()
                .anyMatch(f -> f.getKind() == FindingKind.DISCOUNT_NOT_BOOKED && orders.points.getId().equals(f.getOrderId())));

        sql.restore(deleted);
        IntegrityRun repaired = integrity.run("test");
        assertTrue(integrity.findings(repaired.getId(), 0, 500).stream()
                .noneMatch(f -> orders.points.getId().equals(f.getOrderId())
                        || orders.pointsCustomer.getId().equals(f.getCustomerId())), "repaired");
        assertEquals(broken.getId(), integrity.recentRuns(2).get(1).getId(), "earlier runs stay readable");
    }

    private static String describe(IntegrityFinding f) {
        return f.getKind() + " order " + f.getOrderId() + " customer " + f.getCustomerId() + " expected " + f.getExpectedPoints()
                + " recorded " + f.getRecordedPoints();
    }

    private static void assertFinding(List<String> found, String expected) {
        assertTrue(found.contains(expected), "expected finding '" + expected + "' in " + found);
    }

    private Customer customerWith(long points) {
        Customer c = store.customer();
        accounts.grantBonus(c.getId(), points, TestIds.unique("seed-bonus"), "test balance", "test", null);
        return c;
    }

    private org.broadleafcommerce.core.catalog.domain.Product product(String price) {
        return store.product("Integrity product " + TestIds.unique("p"), price, null);
    }
}
