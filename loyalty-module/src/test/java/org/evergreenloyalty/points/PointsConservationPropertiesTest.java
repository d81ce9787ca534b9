package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerInvariants;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.support.AdjustableClock;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Model-based test of the points discount over real carts and real checkouts: random sequences of apply,
 * change amount, widget remove, the store's own promo remove, typing a points code (own other cart, another
 * customer's, a released or consumed one) into any cart with or without the cart's code check, adding items,
 * failing payments, time-outs, checkouts, cancellations and partial returns. After every step the ledger
 * invariants hold and every placed order conserves points: the money of its points discounts equals its REDEEM
 * points at the redemption ratio, and no reservation stays active on it.
 */
@Tag("broadleaf")
class PointsConservationPropertiesTest {

    enum Kind { APPLY, REMOVE_WIDGET, REMOVE_IN_STORE, TYPE_CODE, FORCE_CODE, ADD_ITEM, PAYMENT_FAILS, TIME_OUT, CHECKOUT, CANCEL, RETURN }

    static final class Step {
        final Kind kind;
        final int cart;
        final int amount;

        Step(Kind kind, int cart, int amount) {
            this.kind = kind;
            this.cart = cart;
            this.amount = amount;
        }

        @Override
        public String toString() {
            return kind + "(cart " + cart + ", " + amount + ")";
        }
    }

    private ApplicationContext ctx;
    private StoreFixtures store;
    private PointsRedemptionService redemption;
    private PointsReversalService reversal;
    private PointsAccountService accounts;
    private LedgerService ledger;
    private OfferService offers;
    private AdjustableClock clock;
    private EntityManager em;
    private PointsSettingsService settings;
    private PointsSettings original;

    @BeforeProperty
    void boot() {
        ctx = BroadleafTestContext.get();
        store = StoreFixtures.create();
        redemption = ctx.getBean("evgPointsRedemptionService", PointsRedemptionService.class);
        reversal = ctx.getBean("evgPointsReversalService", PointsReversalService.class);
        accounts = ctx.getBean("evgPointsAccountService", PointsAccountService.class);
        ledger = ctx.getBean("evgLedgerService", LedgerService.class);
        offers = ctx.getBean("blOfferService", OfferService.class);
        clock = ctx.getBean("evgClock", AdjustableClock.class);
        settings = ctx.getBean("evgPointsSettingsService", PointsSettingsService.class);
        em = SharedEntityManagerCreator.createSharedEntityManager(ctx.getBean("entityManagerFactory",
                javax.persistence.EntityManagerFactory.class));
        original = KnownPointsSettings.apply(settings);
    }

    @AfterProperty
    void restore() {
        clock.reset();
        settings.save(original);
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Kind> kind = Arbitraries.frequency(Tuple.of(3, Kind.APPLY), Tuple.of(1, Kind.REMOVE_WIDGET),
                Tuple.of(2, Kind.REMOVE_IN_STORE), Tuple.of(2, Kind.TYPE_CODE), Tuple.of(4, Kind.FORCE_CODE),
                Tuple.of(1, Kind.ADD_ITEM), Tuple.of(1, Kind.PAYMENT_FAILS), Tuple.of(1, Kind.TIME_OUT),
                Tuple.of(5, Kind.CHECKOUT), Tuple.of(1, Kind.CANCEL), Tuple.of(1, Kind.RETURN));
        Arbitrary<Integer> cart = Arbitraries.frequency(Tuple.of(9, 0), Tuple.of(9, 1), Tuple.of(2, 2));
        Arbitrary<Step> step = Combinators.combine(kind, cart, Arbitraries.integers().between(1, 12)).as(Step::new);
        return step.list().ofMinSize(2).ofMaxSize(8);
    }

    @Property(tries = 200)
    void pointsDiscountsAlwaysCostTheirPoints(@ForAll("sequences") List<Step> steps) {
        BroadleafTestContext.bindRequest();
        BroadleafTestContext.openRequestEntityManager();
        try {
            new Run().play(steps);
        } finally {
            BroadleafTestContext.closeRequestEntityManager();
        }
    }

    @Example
    void aLiveCodeForcedIntoTheOtherCartAndCheckedOut() {
        pointsDiscountsAlwaysCostTheirPoints(steps(Kind.FORCE_CODE, 1, Kind.CHECKOUT, 1));
    }

    @Example
    void aCodeRemovedInTheStoreCheckedOutThenForcedIntoTheNextCart() {
        pointsDiscountsAlwaysCostTheirPoints(steps(Kind.REMOVE_IN_STORE, 0, Kind.CHECKOUT, 0, Kind.FORCE_CODE, 1, Kind.CHECKOUT, 1));
    }

    @Example
    void aConsumedCodeForcedIntoTheOtherCart() {
        pointsDiscountsAlwaysCostTheirPoints(steps(Kind.CHECKOUT, 0, Kind.FORCE_CODE, 1, Kind.CHECKOUT, 1));
    }

    @Example
    void aTimedOutCodeAfterAFailedPayment() {
        pointsDiscountsAlwaysCostTheirPoints(steps(Kind.PAYMENT_FAILS, 0, Kind.TIME_OUT, 0, Kind.CHECKOUT, 0, Kind.CANCEL, 0));
    }

    /** Kind, cart, kind, cart, ...; the amount 1 picks the shopper's code made in cart 0. */
    private static List<Step> steps(Object... kindsAndCarts) {
        List<Step> steps = new ArrayList<Step>();
        for (int i = 0; i < kindsAndCarts.length; i += 2) {
            steps.add(new Step((Kind) kindsAndCarts[i], (Integer) kindsAndCarts[i + 1], 1));
        }
        return steps;
    }

    /** One sequence: a shopper with two carts, another shopper with one, and the codes seen so far. */
    private final class Run {
        final Customer shopper = store.customer();
        final Customer other = store.customer();
        final List<Long> carts = new ArrayList<Long>();
        final List<String> codes = new ArrayList<String>();
        final List<Long> placed = new ArrayList<Long>();

        Run() {
            accounts.grantBonus(shopper.getId(), 3000, TestIds.unique("model-seed"), "test balance", "test", null);
            accounts.grantBonus(other.getId(), 1000, TestIds.unique("model-seed"), "test balance", "test", null);
            carts.add(newCart(shopper));
            carts.add(newCart(shopper));
            carts.add(newCart(other));
            codes.add(redemption.apply(other.getId(), carts.get(2), "500").getOfferCode());
            codes.add(redemption.apply(shopper.getId(), carts.get(0), "1000").getOfferCode());
        }

        void play(List<Step> steps) {
            for (Step s : steps) {
                perform(s);
                check(s, steps);
            }
        }

        private void perform(Step s) {
            long cartId = carts.get(s.cart);
            Customer owner = s.cart == 2 ? other : shopper;
            try {
                switch (s.kind) {
                    case APPLY:
                        codes.add(redemption.apply(owner.getId(), cartId, String.valueOf(s.amount * 100)).getOfferCode());
                        break;
                    case REMOVE_WIDGET:
                        redemption.remove(owner.getId(), cartId);
                        break;
                    case REMOVE_IN_STORE:
                        Order cart = reread(cartId);
                        if (!cart.getAddedOfferCodes().isEmpty()) {
                            store.orders().removeOfferCode(cart, cart.getAddedOfferCodes().get(0), true);
                        }
                        break;
                    case TYPE_CODE:
                        String typed = codes.get(s.amount % codes.size());
                        redemption.checkCode(owner.getId(), cartId, typed);
                        addCode(cartId, typed);
                        break;
                    case FORCE_CODE:
                        addCode(cartId, codes.get(s.amount % codes.size()));
                        break;
                    case ADD_ITEM:
                        store.add(reread(cartId), store.product("Model " + TestIds.unique("p"), s.amount * 5 + ".00", null), 1);
                        break;
                    case PAYMENT_FAILS:
                        store.checkout(reread(cartId), new BigDecimal("0.01"));
                        break;
                    case TIME_OUT:
                        clock.advance(61 * 60 * 1000L);
                        redemption.releaseExpired();
                        break;
                    case CHECKOUT:
                        Order order = store.checkout(reread(cartId));
                        if (OrderStatus.SUBMITTED.equals(order.getStatus())) {
                            placed.add(order.getId());
                            carts.set(s.cart, newCart(owner));
                        }
                        break;
                    case CANCEL:
                        if (!placed.isEmpty()) {
                            reversal.reverseCancelledOrder(placed.get(s.amount % placed.size()));
                        }
                        break;
                    case RETURN:
                        if (!placed.isEmpty()) {
                            reversal.itemsReturned(placed.get(s.amount % placed.size()), TestIds.unique("ret"), new BigDecimal("10.00"));
                        }
                        break;
                    default:
                        throw new IllegalStateException(s.toString());
                }
            } catch (RedemptionException refused) {
                assertTrue(refused.getMessageKey() != null, "a refusal says why");
            } catch (Exception refusedByTheStore) {
                // a refused checkout or code: the invariants below must hold all the same
            }
        }

        private void addCode(long cartId, String code) throws Exception {
            OfferCode oc = offers.lookupOfferCodeByCode(code);
            if (oc != null) {
                store.orders().addOfferCode(reread(cartId), oc, true);
            }
        }

        private void check(Step s, List<Step> steps) {
            String where = "after " + s + " in " + steps;
            LedgerInvariants.check(em, shopper.getId());
            LedgerInvariants.check(em, other.getId());
            for (long orderId : placed) {
                Order order = reread(orderId);
                long redeemed = -count("select coalesce(sum(e.availableDelta), 0) from LedgerEntry e where e.type = "
                        + "org.evergreenloyalty.ledger.EntryType.REDEEM and e.sourceType = 'order' and e.sourceId = :p", String.valueOf(orderId));
                BigDecimal discount = pointsDiscount(order);
                assertEquals(0, discount.multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf(redeemed)),
                        "order " + orderId + ": points discount " + discount + " must cost " + redeemed + " points at 100/unit, " + where);
                long restored = count("select coalesce(sum(e.availableDelta), 0) from LedgerEntry e where e.type = "
                        + "org.evergreenloyalty.ledger.EntryType.REVERSE and e.eventKey like :p", "reverse:order:" + orderId + ":%redeem");
                assertTrue(restored <= redeemed, "no more given back than was spent, " + where);
                assertEquals(0L, count("select count(r) from PointsReservation r where r.cartId = :p and r.status = "
                        + "org.evergreenloyalty.points.ReservationStatus.ACTIVE", orderId), "no active reservation on a placed order, " + where);
            }
        }

        private long count(String jpql, Object param) {
            return ((Number) em.createQuery(jpql).setParameter("p", param).getSingleResult()).longValue();
        }

        /** The money of the order's adjustments made by the module's points codes. */
        private BigDecimal pointsDiscount(Order order) {
            Map<Long, String> codeOfOffer = new HashMap<Long, String>();
            for (OfferCode oc : order.getAddedOfferCodes()) {
                codeOfOffer.put(oc.getOffer().getId(), oc.getOfferCode());
            }
            BigDecimal total = BigDecimal.ZERO;
            for (OrderAdjustment a : order.getOrderAdjustments()) {
                String code = a.getOffer() == null ? null : codeOfOffer.get(a.getOffer().getId());
                if (code != null && codes.contains(code)) {
                    total = total.add(a.getValue().getAmount());
                }
            }
            return total;
        }

        private long newCart(Customer c) {
            return store.add(store.cart(c), store.product("Model " + TestIds.unique("p"), "60.00", null), 1).getId();
        }

        private Order reread(long id) {
            BroadleafTestContext.closeRequestEntityManager();
            BroadleafTestContext.openRequestEntityManager();
            return store.orders().findOrderById(id);
        }
    }
}
