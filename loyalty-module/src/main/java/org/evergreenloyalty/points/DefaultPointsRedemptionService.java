package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.InsufficientPointsException;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservations in the database, checked under the account's lock so that what all carts hold never
 * exceeds the available balance; discounts are native store codes made by the {@link CartDiscountGateway}.
 */
public class DefaultPointsRedemptionService implements PointsRedemptionService {

    private static final long MINUTE = 60L * 1000;
    private static final long DAY = 24L * 60 * MINUTE;
    private static final int VOUCHER_VALID_DAYS = 365;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final CartDiscountGateway gateway;
    private final ExpiryPolicy expiry;
    private final Clock clock;

    public DefaultPointsRedemptionService(PlatformTransactionManager txm, LedgerService ledger, PointsSettingsService settings,
                                          CartDiscountGateway gateway, ExpiryPolicy expiry, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.ledger = ledger;
        this.settings = settings;
        this.gateway = gateway;
        this.expiry = expiry;
        this.clock = clock;
    }

    @Override
    public RedemptionQuote quote(final long customerId, final long cartId) {
        return tx.execute(new TransactionCallback<RedemptionQuote>() {
            @Override
            public RedemptionQuote doInTransaction(TransactionStatus status) {
                CartDiscountGateway.CartView cart = gateway.cart(cartId);
                long available = ledger.balance(customerId).getAvailable();
                return quote(customerId, cart, available, settings.current());
            }
        });
    }

    private RedemptionQuote quote(long customerId, CartDiscountGateway.CartView cart, long available, PointsSettings s) {
        long cartId = cart == null ? -1 : cart.getCartId();
        long heldElsewhere = heldByOtherCarts(customerId, cartId);
        long spendable = Math.max(0, available - heldElsewhere);
        long step = s.getRedeemStep();
        long maximum = 0;
        if (cart != null && cart.isOpen() && available >= s.getRedeemMinimumBalance()) {
            BigDecimal cap = cart.getItemSubtotal().multiply(BigDecimal.valueOf(s.getRedeemMaxSharePercent()))
                    .multiply(BigDecimal.valueOf(s.getRedeemPointsPerCurrencyUnit()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
            maximum = Math.min(spendable, cap.longValue());
            maximum -= maximum % step;
        }
        return new RedemptionQuote(available, spendable, s.getRedeemMinimumBalance(), step, Math.max(0, maximum),
                s.getRedeemPointsPerCurrencyUnit(), activeFor(cartId));
    }

    @Override
    public PointsReservation apply(final long customerId, final long cartId, final String pointsInput) {
        final long points = parsePoints(pointsInput);
        final CartDiscountGateway.CartView cart = ownCart(customerId, cartId);
        return tx.execute(new TransactionCallback<PointsReservation>() {
            @Override
            public PointsReservation doInTransaction(TransactionStatus status) {
                long available = ledger.lockForUpdate(customerId);
                PointsSettings s = settings.current();
                RedemptionQuote q = quote(customerId, cart, available, s);
                if (available < s.getRedeemMinimumBalance()) {
                    throw new RedemptionException("evergreen.redeem.error.belowMinimum",
                            "You need at least " + s.getRedeemMinimumBalance() + " points to redeem.", s.getRedeemMinimumBalance());
                }
                if (points % q.getStep() != 0) {
                    throw new RedemptionException("evergreen.redeem.error.step",
                            "Points are redeemed in steps of " + q.getStep() + ".", q.getStep());
                }
                if (points > q.getSpendable()) {
                    throw new RedemptionException("evergreen.redeem.error.overBalance",
                            "You have only " + q.getSpendable() + " points available.", q.getSpendable());
                }
                if (points > q.getMaximum()) {
                    throw new RedemptionException("evergreen.redeem.error.overMaximum",
                            "At most " + q.getMaximum() + " points can be used on this order.", q.getMaximum());
                }
                PointsReservation existing = activeFor(cartId);
                if (existing != null) {
                    existing.release("replaced");
                    em.flush();
                    if (existing.getOfferCode() != null) {
                        gateway.removeDiscount(cartId, existing.getOfferCode());
                    }
                }
                Date now = clock.now();
                Date until = new Date(now.getTime() + s.getReservationMinutes() * MINUTE);
                PointsReservation r = new PointsReservation(customerId, cartId, points, q.value(points), now, until);
                em.persist(r);
                em.flush();
                r.attachCode(gateway.applyDiscount(customerId, cartId, r.getAmount(), new Date(until.getTime() + DAY),
                        points + " loyalty points"));
                em.flush();
                return r;
            }
        });
    }

    @Override
    public boolean remove(final long customerId, final long cartId) {
        ownCart(customerId, cartId);
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                PointsReservation r = activeFor(cartId);
                if (r == null) {
                    return false;
                }
                r.release("removed by shopper");
                em.flush();
                if (r.getOfferCode() != null) {
                    gateway.removeDiscount(cartId, r.getOfferCode());
                }
                return true;
            }
        });
    }

    @Override
    public void verifyForCheckout(final long customerId, final long cartId) {
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                PointsReservation r = latestFor(cartId);
                if (r == null || r.getStatus() == ReservationStatus.CONSUMED || r.getOfferCode() == null
                        || !gateway.cartHasCode(cartId, r.getOfferCode())) {
                    return null;
                }
                long available = ledger.lockForUpdate(customerId);
                em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
                Date now = clock.now();
                if (r.getStatus() == ReservationStatus.ACTIVE && r.getExpiresAt().after(now)) {
                    if (available - heldByOtherCarts(customerId, cartId) >= r.getPoints()) {
                        return null;
                    }
                } else if (available - heldByOtherCarts(customerId, cartId) >= r.getPoints()) {
                    r.reactivate(new Date(now.getTime() + settings.current().getReservationMinutes() * MINUTE));
                    em.flush();
                    return null;
                }
                throw new RedemptionException("evergreen.redeem.error.noLongerCovered",
                        "Your points no longer cover the points discount. Remove it from the cart to continue.");
            }
        });
    }

    @Override
    public void releaseAfterFailedCheckout(final long cartId) {
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                PointsReservation r = activeFor(cartId);
                if (r != null) {
                    r.release("checkout failed");
                }
                return null;
            }
        });
    }

    @Override
    public long consumeForOrder(final long orderId, final long customerId, final String orderNumber) {
        return tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                PointsReservation r = latestFor(orderId);
                if (r == null || r.getStatus() == ReservationStatus.CONSUMED) {
                    return 0L;
                }
                if (r.getOfferCode() == null || !gateway.cartHasCode(orderId, r.getOfferCode())) {
                    // the discount was taken off the cart some other way: nothing was paid with points
                    if (r.getStatus() == ReservationStatus.ACTIVE) {
                        r.release("discount not on the placed order");
                        em.flush();
                    }
                    return 0L;
                }
                try {
                    ledger.post(Posting.builder(customerId, EntryType.REDEEM, "redeem:order:" + orderId)
                            .available(-r.getPoints()).source("order", orderId)
                            .reason("Points discount on order " + (orderNumber == null ? orderId : orderNumber)).build());
                } catch (InsufficientPointsException e) {
                    throw new RedemptionException("evergreen.redeem.error.noLongerCovered",
                            "Your points no longer cover the points discount. Remove it from the cart to continue.");
                }
                r.consume();
                em.flush();
                return r.getPoints();
            }
        });
    }

    @Override
    public int releaseExpired() {
        List<Long> ids = em.createQuery("select r.id from PointsReservation r where r.status = :s and r.expiresAt < :now",
                Long.class).setParameter("s", ReservationStatus.ACTIVE).setParameter("now", clock.now())
                .setMaxResults(500).getResultList();
        int n = 0;
        for (final Long id : ids) {
            Boolean released = tx.execute(new TransactionCallback<Boolean>() {
                @Override
                public Boolean doInTransaction(TransactionStatus status) {
                    PointsReservation r = em.find(PointsReservation.class, id);
                    em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
                    if (r.getStatus() != ReservationStatus.ACTIVE || r.getExpiresAt().after(clock.now())) {
                        return false;
                    }
                    r.release("timed out");
                    em.flush();
                    CartDiscountGateway.CartView cart = gateway.cart(r.getCartId());
                    if (r.getOfferCode() != null && cart != null && cart.isOpen()) {
                        gateway.removeDiscount(r.getCartId(), r.getOfferCode());
                    }
                    return true;
                }
            });
            if (Boolean.TRUE.equals(released)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public PointsVoucher buyVoucher(final long customerId, final long points) {
        final PointsSettings s = settings.current();
        if (!s.voucherStepList().contains(points)) {
            throw new RedemptionException("evergreen.voucher.error.step",
                    "Vouchers come in " + s.getVoucherSteps() + " points.", s.getVoucherSteps());
        }
        return tx.execute(new TransactionCallback<PointsVoucher>() {
            @Override
            public PointsVoucher doInTransaction(TransactionStatus status) {
                long available = ledger.lockForUpdate(customerId);
                long spendable = available - heldByOtherCarts(customerId, -1);
                if (points > spendable) {
                    throw new RedemptionException("evergreen.redeem.error.overBalance",
                            "You have only " + Math.max(0, spendable) + " points available.", Math.max(0, spendable));
                }
                Date now = clock.now();
                Date until = new Date(now.getTime() + VOUCHER_VALID_DAYS * DAY);
                BigDecimal amount = BigDecimal.valueOf(points)
                        .divide(BigDecimal.valueOf(s.getRedeemPointsPerCurrencyUnit()), 2, RoundingMode.DOWN);
                String code = gateway.createVoucher(customerId, amount, until, points + " points voucher");
                PointsVoucher v = new PointsVoucher(customerId, points, amount, code, now, until);
                em.persist(v);
                em.flush();
                ledger.post(Posting.builder(customerId, EntryType.REDEEM, "voucher:" + UUID.randomUUID())
                        .available(-points).source("voucher", v.getId()).reason("Voucher " + code).build());
                expiry.afterActivity(customerId, s, now);
                return v;
            }
        });
    }

    @Override
    public List<PointsVoucher> vouchers(long customerId) {
        return em.createQuery("select v from PointsVoucher v where v.customerId = :c order by v.createdAt desc, v.id desc",
                PointsVoucher.class).setParameter("c", customerId).getResultList();
    }

    @Override
    public boolean markVoucherUsed(String code, final long orderId, final Date at) {
        if (code == null || code.trim().isEmpty()) {
            return false;
        }
        final String c = code.trim();
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                List<PointsVoucher> rows = em.createQuery("select v from PointsVoucher v where upper(v.code) = upper(:c)",
                        PointsVoucher.class).setParameter("c", c).getResultList();
                if (rows.isEmpty()) {
                    return false;
                }
                PointsVoucher v = rows.get(0);
                em.refresh(v, LockModeType.PESSIMISTIC_WRITE);
                if (v.isUsed()) {
                    return false;
                }
                v.markUsed(orderId, at);
                em.flush();
                return true;
            }
        });
    }

    private CartDiscountGateway.CartView ownCart(long customerId, long cartId) {
        CartDiscountGateway.CartView cart = gateway.cart(cartId);
        if (cart == null || !cart.isOpen()) {
            throw new RedemptionException("evergreen.redeem.error.noCart", "There is no open cart to apply points to.");
        }
        if (cart.getCustomerId() == null || cart.getCustomerId() != customerId) {
            throw new RedemptionException("evergreen.redeem.error.notYourCart", "Points can only be used on your own cart.");
        }
        return cart;
    }

    private long heldByOtherCarts(long customerId, long cartId) {
        Long held = em.createQuery("select coalesce(sum(r.points), 0) from PointsReservation r where r.customerId = :c "
                + "and r.status = :s and r.cartId <> :cart and r.expiresAt > :now", Long.class)
                .setParameter("c", customerId).setParameter("s", ReservationStatus.ACTIVE).setParameter("cart", cartId)
                .setParameter("now", clock.now()).getSingleResult();
        return held == null ? 0 : held;
    }

    private PointsReservation activeFor(long cartId) {
        List<PointsReservation> found = em.createQuery("select r from PointsReservation r where r.cartId = :cart "
                + "and r.status = :s", PointsReservation.class).setParameter("cart", cartId)
                .setParameter("s", ReservationStatus.ACTIVE).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private PointsReservation latestFor(long cartId) {
        List<PointsReservation> found = em.createQuery("select r from PointsReservation r where r.cartId = :cart "
                + "order by r.createdAt desc, r.id desc", PointsReservation.class).setParameter("cart", cartId)
                .setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Parses what the shopper typed; every malformed input gets its own clear message. */
    static long parsePoints(String input) {
        String t = input == null ? "" : input.trim();
        if (t.isEmpty()) {
            throw new RedemptionException("evergreen.redeem.error.empty", "Enter how many points to use.");
        }
        if (t.matches("-\\s*\\d+([.,]\\d*)?")) {
            throw new RedemptionException("evergreen.redeem.error.negative", "Enter a positive number of points.");
        }
        if (t.matches("\\d*[.,]\\d+|\\d+[.,]")) {
            throw new RedemptionException("evergreen.redeem.error.fraction", "Points are whole numbers.");
        }
        if (!t.matches("\\d+")) {
            throw new RedemptionException("evergreen.redeem.error.notANumber", "Enter the number of points as digits, e.g. 500.");
        }
        if (t.length() > 12) {
            throw new RedemptionException("evergreen.redeem.error.overMaximum", "That is more points than can be used.", 0);
        }
        long points = Long.parseLong(t);
        if (points <= 0) {
            throw new RedemptionException("evergreen.redeem.error.negative", "Enter a positive number of points.");
        }
        return points;
    }
}
