package org.evergreenloyalty.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.rewards.CustomerReward;
import org.evergreenloyalty.rewards.CustomerRewardsService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The rewards catalogue on a real Broadleaf store: a claim spends its points once (two concurrent claims of the last
 * points: one wins), limits and refusals change nothing, each kind's native offer gives its exact discount on a real
 * checkout (amount, percent, free shipping, free product), Broadleaf enforces the minimum order and the customer
 * binding, a placed order marks the claim used, a refund returns the points once; the voucher steps are entries.
 * The reminders: {@link RewardReminderTest}.
 */
@BroadleafIntegrationTest
class RewardCatalogueTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Resource(name = "evgRewardCatalogueService")
    DefaultRewardCatalogueService rewards;
    @Resource(name = "evgRewardAdminService")
    RewardAdminService admin;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsAccountService")
    PointsAccountService accounts;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService pointsSettings;
    @Resource(name = "blOfferService")
    OfferService offers;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    final StoreFixtures store = StoreFixtures.create();
    @PersistenceContext(unitName = "blPU")
    EntityManager em;
    private PointsSettings original;
    private RewardSettings originalSettings;

    @BeforeEach
    void known() {
        original = KnownPointsSettings.apply(pointsSettings);
        originalSettings = rewards.getSettings();
        clock.reset();
    }

    @AfterEach
    void restore() {
        rewards.setSettings(originalSettings);
        pointsSettings.save(original);
        clock.reset();
    }

    private Customer customerWith(long points) {
        Customer c = store.customer();
        accounts.grantBonus(c.getId(), points, TestIds.unique("reward-seed"), "test balance", "test", null);
        return c;
    }

    private Reward reward(RewardInput in) {
        return admin.create(in);
    }

    private Reward amountOff(String amount, long cost) {
        return reward(RewardInput.of("Test " + amount + " off " + TestIds.unique("r"), RewardKind.AMOUNT_OFF, new BigDecimal(amount), cost));
    }

    private long available(Customer c) {
        return ledger.balance(c.getId()).getAvailable();
    }

    private Order withCode(Order cart, String code) throws Exception {
        OfferCode oc = offers.lookupOfferCodeByCode(code);
        assertNotNull(oc, code);
        return store.orders().addOfferCode(store.orders().findOrderById(cart.getId()), oc, true);
    }

    /**
     * The cart after entering a retired code: Broadleaf 3.1 takes the code and gives nothing for it, Broadleaf 6
     * refuses it (OfferExpiredException, a CheckoutException); either way the cart keeps its price.
     */
    private Order withRetiredCode(Order cart, String code) throws Exception {
        try {
            return withCode(cart, code);
        } catch (CheckoutException refused) {
            return store.orders().findOrderById(cart.getId());
        }
    }

    private Product product(String price) {
        return store.product("Reward product " + TestIds.unique("p"), price, null);
    }

    private static BigDecimal total(Order o) {
        return o.getTotal().getAmount();
    }

    private static void assertAmount(String expected, BigDecimal actual, String message) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), message + ": " + actual);
    }

    @Test
    void aClaimSpendsItsPointsOnceAndRefusalsChangeNothing() {
        Customer c = customerWith(1000);
        Reward once = reward(RewardInput.of("Once " + TestIds.unique("r"), RewardKind.AMOUNT_OFF, new BigDecimal("5.00"), 500)
                .perCustomerLimit(1).validDays(30));
        Reward dear = amountOff("9.00", 800);
        Reward off = amountOff("1.00", 10);
        admin.setActive(off.getId(), false);

        RewardClaim claim = rewards.claim(c.getId(), once.getId());
        assertEquals(500, available(c));
        LedgerEntry spent = ledger.findByEventKey("reward:claim:" + claim.getId());
        assertNotNull(spent, "one REDEEM entry under the claim's event key");
        assertEquals(EntryType.REDEEM, spent.getType());
        assertEquals(-500, spent.getAvailableDelta());
        assertTrue(claim.getCode().startsWith("RWD-"), claim.getCode());
        assertEquals(claim.getClaimedAt().getTime() + 30 * DAY, claim.getValidUntil().getTime());

        assertEquals("evergreen.reward.error.limit", refusal(() -> rewards.claim(c.getId(), once.getId())));
        assertEquals("evergreen.reward.error.overBalance", refusal(() -> rewards.claim(c.getId(), dear.getId())));
        assertEquals("evergreen.reward.error.inactive", refusal(() -> rewards.claim(c.getId(), off.getId())));
        assertEquals("evergreen.reward.error.unknown", refusal(() -> rewards.claim(c.getId(), 987654321L)));
        assertEquals(500, available(c), "no refusal took points");
        assertEquals(1, rewards.claims(c.getId()).size(), "and none made a claim");

        CatalogueEntry seen = rewards.catalogue(c.getId()).stream().filter(e -> e.getReward().getId().equals(once.getId()))
                .findFirst().orElseThrow(AssertionError::new);
        assertTrue(seen.isLimitReached());
        assertEquals(0, seen.getRemaining());
        CatalogueEntry dearSeen = rewards.catalogue(c.getId()).stream().filter(e -> e.getReward().getId().equals(dear.getId()))
                .findFirst().orElseThrow(AssertionError::new);
        assertEquals(300, dearSeen.getMissingPoints());
        assertTrue(rewards.catalogue(c.getId()).stream().noneMatch(e -> e.getReward().getId().equals(off.getId())),
                "an inactive entry is not listed");
    }

    private static String refusal(Runnable r) {
        return assertThrows(RewardException.class, r::run).getMessageKey();
    }

    @Test
    void twoConcurrentClaimsOfTheLastPointsOnlyOneWins() throws Exception {
        Customer c = customerWith(500);
        Reward r = amountOff("5.00", 500);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<Future<String>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit((Callable<String>) () -> {
                    start.await();
                    try {
                        return rewards.claim(c.getId(), r.getId()).getCode();
                    } catch (RewardException e) {
                        return e.getMessageKey();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<String>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, outcomes.stream().filter(o -> o.startsWith("RWD-")).count(), outcomes.toString());
            assertTrue(outcomes.contains("evergreen.reward.error.overBalance"), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, available(c));
        assertEquals(1, rewards.claims(c.getId()).size());
    }

    @Test
    void amountAndPercentOffGiveTheirExactDiscountAndTheClaimTurnsUsed() throws Exception {
        Customer c = customerWith(2000);
        RewardClaim five = rewards.claim(c.getId(), amountOff("5.00", 500).getId());
        RewardClaim tenPercent = rewards.claim(c.getId(), reward(RewardInput.of("Ten percent " + TestIds.unique("r"),
                RewardKind.PERCENT_OFF, new BigDecimal("10"), 800)).getId());

        Order cart = store.add(store.cart(c), product("40.00"), 1);
        BigDecimal before = total(store.orders().findOrderById(cart.getId()));
        Order discounted = withCode(cart, five.getCode());
        assertAmount(before.subtract(new BigDecimal("5.00")).toPlainString(), total(discounted), "5.00 off 40.00");
        Order placed = store.checkout(discounted);
        assertEquals(OrderStatus.SUBMITTED, placed.getStatus());

        RewardClaim used = rewards.claims(c.getId()).stream().filter(x -> x.getId().equals(five.getId())).findFirst().get();
        assertEquals(ClaimStatus.USED, used.statusAt(clock.now()));
        assertEquals(placed.getId(), used.getUsedOrderId());

        Order second = store.add(store.cart(c), product("30.00"), 1);
        BigDecimal secondBefore = total(store.orders().findOrderById(second.getId()));
        assertAmount(secondBefore.subtract(new BigDecimal("3.00")).toPlainString(), total(withCode(second, tenPercent.getCode())),
                "10% of 30.00");
        assertEquals(ClaimStatus.READY, rewards.claims(c.getId()).stream().filter(x -> x.getId().equals(tenPercent.getId()))
                .findFirst().get().statusAt(clock.now()), "not used before its order is placed");
    }

    @Test
    void freeShippingTakesTheWholeShippingAndNothingElse() throws Exception {
        Customer c = customerWith(300);
        RewardClaim ship = rewards.claim(c.getId(), reward(RewardInput.of("Free shipping " + TestIds.unique("r"),
                RewardKind.FREE_SHIPPING, null, 300)).getId());
        Order cart = new RewardCheckout(store, txm, em).shipWith(store.add(store.cart(c), product("25.00"), 1), "7.50");
        BigDecimal before = total(store.orders().findOrderById(cart.getId()));
        assertAmount("32.50", before, "25.00 and 7.50 shipping");

        Order free = withCode(cart, ship.getCode());
        assertAmount("25.00", total(free), "shipping free");
        assertAmount("25.00", free.getSubTotal().getAmount(), "the items untouched");
        Order placed = store.checkout(free);
        assertEquals(OrderStatus.SUBMITTED, placed.getStatus());
        assertEquals(placed.getId(), rewards.claims(c.getId()).get(0).getUsedOrderId());
    }

    @Test
    void aFreeProductMakesOneUnitOfThatProductFree() throws Exception {
        Customer c = customerWith(900);
        Product gift = product("12.00");
        RewardClaim claim = rewards.claim(c.getId(), reward(RewardInput.of("Free gift " + TestIds.unique("r"),
                RewardKind.FREE_PRODUCT, null, 900).product(gift.getId())).getId());
        Order cart = store.add(store.add(store.cart(c), product("20.00"), 1), gift, 2);
        assertAmount("44.00", total(store.orders().findOrderById(cart.getId())), "20 + 2 x 12");

        Order discounted = withCode(cart, claim.getCode());
        assertAmount("32.00", total(discounted), "one of the two gifts free, the other item untouched");
        Order placed = store.checkout(discounted);
        assertEquals(placed.getId(), rewards.claims(c.getId()).get(0).getUsedOrderId(), "the free product's claim is used");
    }

    @Test
    void broadleafEnforcesTheMinimumOrderAndTheCustomerBinding() throws Exception {
        Customer c = customerWith(1000);
        Customer other = customerWith(0);
        RewardClaim claim = rewards.claim(c.getId(), reward(RewardInput.of("Five over fifty " + TestIds.unique("r"),
                RewardKind.AMOUNT_OFF, new BigDecimal("5.00"), 500).minimumSubtotal(new BigDecimal("50.00"))).getId());

        Order small = store.add(store.cart(c), product("40.00"), 1);
        assertAmount("40.00", total(withCode(small, claim.getCode())), "below the minimum: no discount");

        Order theirs = store.add(store.cart(other), product("60.00"), 1);
        assertAmount("60.00", total(withCode(theirs, claim.getCode())), "another customer's cart: no discount");

        Order big = store.add(store.cart(c), product("60.00"), 1);
        assertAmount("55.00", total(withCode(big, claim.getCode())), "at the minimum and the owner: 5.00 off");
    }

    @Test
    void anUnusedClaimIsRefundedOnceWhenTheStoreAllowsIt() throws Exception {
        Customer c = customerWith(1000);
        Customer other = customerWith(0);
        Reward r = amountOff("5.00", 400);
        RewardClaim claim = rewards.claim(c.getId(), r.getId());
        assertEquals(600, available(c));

        assertEquals("evergreen.reward.error.refundOff", refusal(() -> rewards.refund(c.getId(), claim.getId())), "off by default");
        rewards.setSettings(originalSettings.withRefund(true));
        assertEquals("evergreen.reward.error.unknownClaim", refusal(() -> rewards.refund(other.getId(), claim.getId())));
        assertEquals("evergreen.reward.error.unknownClaim", refusal(() -> rewards.refund(c.getId(), 987654321L)));
        assertEquals(600, available(c));

        RewardClaim refunded = rewards.refund(c.getId(), claim.getId());
        assertEquals(ClaimStatus.REFUNDED, refunded.statusAt(clock.now()));
        assertEquals(1000, available(c));
        LedgerEntry back = ledger.findByEventKey("reward:refund:" + claim.getId());
        assertEquals(EntryType.REVERSE, back.getType());
        assertEquals(400, back.getAvailableDelta());
        assertEquals("evergreen.reward.error.refunded", refusal(() -> rewards.refund(c.getId(), claim.getId())));
        assertEquals(1000, available(c), "the points came back once");

        Order cart = store.add(store.cart(c), product("40.00"), 1);
        assertAmount("40.00", total(withRetiredCode(cart, claim.getCode())), "the retired code gives nothing");

        RewardClaim usedOne = rewards.claim(c.getId(), r.getId());
        Order usedOrder = withCode(store.add(store.cart(c), product("40.00"), 1), usedOne.getCode());
        assertAmount("35.00", total(usedOrder), "the new claim's code works");
        Order placed = store.checkout(usedOrder);
        assertEquals(placed.getId(), rewards.claims(c.getId()).stream().filter(x -> x.getId().equals(usedOne.getId()))
                .findFirst().get().getUsedOrderId(), "the order used the claim");
        assertEquals("evergreen.reward.error.used", refusal(() -> rewards.refund(c.getId(), usedOne.getId())));
        RewardClaim late = rewards.claim(c.getId(), r.getId());
        clock.advance(31 * DAY);
        assertEquals("evergreen.reward.error.expired", refusal(() -> rewards.refund(c.getId(), late.getId())));
    }

    @Test
    void claimsAreAmongTheCustomersRewardsOfTheApi() {
        Customer c = customerWith(900);
        rewards.setSettings(originalSettings.withRefund(true));
        RewardClaim ten = rewards.claim(c.getId(), reward(RewardInput.of("Api ten " + TestIds.unique("r"), RewardKind.PERCENT_OFF,
                BigDecimal.TEN, 500)).getId());
        RewardClaim ship = rewards.claim(c.getId(), reward(RewardInput.of("Api ship " + TestIds.unique("r"),
                RewardKind.FREE_SHIPPING, null, 400)).getId());
        rewards.refund(c.getId(), ship.getId());

        List<CustomerReward> mine = customerRewards.rewardsOf(c.getId());
        CustomerReward t = mine.stream().filter(r -> r.getCode().equals(ten.getCode())).findFirst().orElseThrow(AssertionError::new);
        assertEquals(CustomerReward.Kind.CATALOGUE_REWARD, t.getKind());
        assertEquals("PERCENT", t.getValueKind());
        assertEquals(0, BigDecimal.TEN.compareTo(t.getValue()));
        assertEquals(CustomerReward.Status.ACTIVE, t.getStatus());
        CustomerReward s = mine.stream().filter(r -> r.getCode().equals(ship.getCode())).findFirst().orElseThrow(AssertionError::new);
        assertEquals("FREE_SHIPPING", s.getValueKind());
        assertEquals(CustomerReward.Status.REVOKED, s.getStatus(), "a refunded claim");
    }

    @Test
    void theVoucherStepsAreCatalogueEntries() {
        Customer c = customerWith(0);
        List<Reward> seeded = rewards.catalogue(c.getId()).stream().map(CatalogueEntry::getReward)
                .filter(r -> r.getSeedKey() != null).collect(Collectors.toList());
        assertTrue(seeded.size() >= 1, "the fixed voucher steps are in the catalogue");
        for (Reward r : seeded) {
            assertEquals(RewardKind.AMOUNT_OFF, r.getKind());
            assertEquals("voucher-step:" + r.getPointsCost(), r.getSeedKey());
        }
        long before = admin.all().stream().filter(r -> r.getSeedKey() != null).count();
        new VoucherStepEntries(txm, repositoryOf(), pointsSettings).seedOnce();
        assertEquals(before, admin.all().stream().filter(r -> r.getSeedKey() != null).count(), "seeded once only");
    }

    @Resource(name = "evgRewardRepository")
    RewardRepository repository;
    @Resource(name = "evgCustomerRewardsService")
    CustomerRewardsService customerRewards;

    private RewardRepository repositoryOf() {
        return repository;
    }
}
