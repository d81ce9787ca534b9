package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;


import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservations in the database, checked under the account's lock so that what all carts hold never
 * exceeds the available balance; discounts are native store codes made by the {@link CartDiscountGateway}.
 * A points code discounts only the cart it was reserved for: checkout looks at the codes actually on the
 * order ({@link PointsCodeRules}), every release retires the code, and a placed order is charged for every
 * points code that discounted it ({@link OrderRedemptionBooking}).
 */
public class DefaultPointsRedemptionService implements PointsRedemptionService {

    private static final long MINUTE = 60L * 1000;
    private static final long DAY = 24L * 60 * MINUTE;
    private static final int VOUCHER_VALID_DAYS = 365;

    private final TransactionTemplate tx;
    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final CartDiscountGateway gateway;
    private final ExpiryPolicy expiry;
    private final Clock clock;
    private final RedemptionRepository repository;
    private final PointsCodeRules codeRules;
    private final OrderRedemptionBooking booking;
    private RewardListener rewardListener = RewardListener.NONE;

    public DefaultPointsRedemptionService(PlatformTransactionManager txm, LedgerService ledger, PointsSettingsService settings,
                                          CartDiscountGateway gateway, ExpiryPolicy expiry, Clock clock,
                                          RedemptionRepository repository) {
        this.tx = new TransactionTemplate(txm);
        this.ledger = ledger;
        this.settings = settings;
        this.gateway = gateway;
        this.expiry = expiry;
        this.clock = clock;
        this.repository = repository;
        this.codeRules = new PointsCodeRules(repository);
        this.booking = new OrderRedemptionBooking(repository, ledger, gateway);
    }

    /** Told of every voucher bought, in the buying transaction (the webhooks' {@code reward.claimed}). */
    public void setRewardListener(RewardListener rewardListener) {
        this.rewardListener = rewardListener == null ? RewardListener.NONE : rewardListener;
    }

    @Override
    public RedemptionQuote quote(final long customerId, final long cartId) {
        return tx.execute(status -> {
            CartDiscountGateway.CartView cart = gateway.cart(cartId);
            if (cart != null && cart.isOpen()) {
                releaseIfCodeGone(repository.activeFor(cartId), gateway.codesOn(cartId));
            }
            long available = ledger.balance(customerId).getAvailable();
            return quote(customerId, cart, available, settings.current());
        });
    }

    private RedemptionQuote quote(long customerId, CartDiscountGateway.CartView cart, long available, PointsSettings s) {
        long cartId = cart == null ? -1 : cart.getCartId();
        long spendable = Math.max(0, available - repository.heldByOtherCarts(customerId, cartId, clock.now()));
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
                s.getRedeemPointsPerCurrencyUnit(), repository.activeFor(cartId));
    }

    @Override
    public PointsReservation apply(final long customerId, final long cartId, final String pointsInput) {
        final long points = parsePoints(pointsInput);
        final CartDiscountGateway.CartView cart = ownCart(customerId, cartId);
        return tx.execute(status -> {
            long available = ledger.lockForUpdate(customerId);
            PointsSettings s = settings.current();
            RedemptionQuote q = quote(customerId, cart, available, s);
            refuseOutOfBounds(points, available, q, s);
            PointsReservation existing = repository.activeFor(cartId);
            if (existing != null) {
                releaseAndRetire(existing, "replaced");
            }
            Date now = clock.now();
            Date until = new Date(now.getTime() + s.getReservationMinutes() * MINUTE);
            PointsReservation r = repository.insert(new PointsReservation(customerId, cartId, points, q.value(points), now, until));
            r.attachCode(gateway.applyDiscount(customerId, cartId, r.getAmount(), new Date(until.getTime() + DAY),
                    points + " loyalty points"));
            repository.flush();
            return r;
        });
    }

    private static void refuseOutOfBounds(long points, long available, RedemptionQuote q, PointsSettings s) {
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
    }

    @Override
    public boolean remove(final long customerId, final long cartId) {
        ownCart(customerId, cartId);
        return tx.execute(status -> {
            PointsReservation r = repository.activeFor(cartId);
            if (r == null) {
                return false;
            }
            releaseAndRetire(r, "removed by shopper");
            return true;
        });
    }

    @Override
    public void checkCode(final long customerId, final long cartId, final String code) {
        if (code == null || code.trim().isEmpty()) {
            return;
        }
        tx.execute(status -> {
            codeRules.check(customerId, cartId, Collections.singletonList(code.trim()));
            return null;
        });
    }

    /**
     * On the checkout's request path, so it writes and commits nothing in the common case: a cart without codes
     * costs no query; a cart with codes costs the code look-ups, and with its own points code what the other carts leave
     * of the balance (one statement), all read without a transaction. Only a reservation that lapsed (released or timed out)
     * takes a transaction, to re-reserve its points under the account lock or refuse. A reservation whose code the
     * shopper removed elsewhere is released when the order is booked (or by the time-out job), not here.
     */
    @Override
    public void verifyForCheckout(final long customerId, final long cartId) {
        List<String> codes = gateway.codesOn(cartId);
        if (codes.isEmpty()) {
            return;
        }
        // plain reads, no transaction: a read-only transaction would still cost a commit
        PointsReservation own = codeRules.check(customerId, cartId, codes);
        if (own == null || own.getOfferCode() == null) {
            return;
        }
        Date now = clock.now();
        boolean live = own.getStatus() == ReservationStatus.ACTIVE && own.getExpiresAt().after(now);
        if (!live || repository.spendableBesides(customerId, cartId, now) < own.getPoints()) {
            reReserve(customerId, cartId, own.getId());
        }
    }

    /** A lapsed reservation of a cart at checkout: re-reserved under the account lock if the points still cover it, else refused. */
    private void reReserve(final long customerId, final long cartId, final long reservationId) {
        tx.execute(status -> {
            long available = ledger.lockForUpdate(customerId);
            PointsReservation r = repository.lock(reservationId);
            repository.relock(r);
            Date now = clock.now();
            boolean covered = available - repository.heldByOtherCarts(customerId, cartId, now) >= r.getPoints();
            if (covered && r.getStatus() == ReservationStatus.ACTIVE && r.getExpiresAt().after(now)) {
                return null;
            }
            if (covered && r.getStatus() != ReservationStatus.CONSUMED) {
                r.reactivate(new Date(now.getTime() + settings.current().getReservationMinutes() * MINUTE));
                repository.flush();
                return null;
            }
            throw new RedemptionException("evergreen.redeem.error.noLongerCovered",
                    "Your points no longer cover the points discount. Remove it from the cart to continue.");
        });
    }

    @Override
    public void releaseAfterFailedCheckout(final long cartId) {
        tx.execute(status -> {
            PointsReservation r = repository.activeFor(cartId);
            if (r != null) {
                r.release("checkout failed");
            }
            return null;
        });
    }

    @Override
    public long consumeForOrder(final CompletedOrder order) {
        return tx.execute(status -> booking.book(order));
    }

    @Override
    public java.util.Map<Long, Long> consumeForOrders(final List<CompletedOrder> orders) {
        return tx.execute(status -> booking.bookAll(orders));
    }

    @Override
    public int releaseExpired() {
        int n = 0;
        for (final Long id : repository.timedOutIds(clock.now(), 500)) {
            Boolean released = tx.execute(status -> {
                PointsReservation r = repository.lock(id);
                if (r == null || r.getStatus() != ReservationStatus.ACTIVE || r.getExpiresAt().after(clock.now())) {
                    return false;
                }
                releaseAndRetire(r, "timed out");
                return true;
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
        return tx.execute(status -> {
            long available = ledger.lockForUpdate(customerId);
            Date now = clock.now();
            long spendable = available - repository.heldByOtherCarts(customerId, -1, now);
            if (points > spendable) {
                throw new RedemptionException("evergreen.redeem.error.overBalance",
                        "You have only " + Math.max(0, spendable) + " points available.", Math.max(0, spendable));
            }
            Date until = new Date(now.getTime() + VOUCHER_VALID_DAYS * DAY);
            BigDecimal amount = BigDecimal.valueOf(points)
                    .divide(BigDecimal.valueOf(s.getRedeemPointsPerCurrencyUnit()), 2, RoundingMode.DOWN);
            String code = gateway.createVoucher(customerId, amount, until, points + " points voucher");
            PointsVoucher v = repository.insert(new PointsVoucher(customerId, points, amount, code, now, until));
            ledger.post(Posting.builder(customerId, EntryType.REDEEM, "voucher:" + UUID.randomUUID())
                    .available(-points).source("voucher", v.getId()).reason("Voucher " + code).build());
            expiry.afterActivity(customerId, s, now);
            rewardListener.claimed(ClaimedReward.of(v));
            return v;
        });
    }

    @Override
    public List<PointsVoucher> vouchers(long customerId) {
        return repository.vouchersOf(customerId);
    }

    @Override
    public boolean markVoucherUsed(String code, final long orderId, final Date at) {
        if (code == null || code.trim().isEmpty()) {
            return false;
        }
        return tx.execute(status -> {
            PointsVoucher v = repository.voucherByCode(code.trim());
            if (v == null || repository.relock(v).isUsed()) {
                return false;
            }
            v.markUsed(orderId, at);
            repository.flush();
            return true;
        });
    }

    /**
     * Releases an active reservation whose code is no longer on its cart (taken off through the store's own
     * promo-code removal, not the widget) and retires the code; true if it did.
     */
    private boolean releaseIfCodeGone(PointsReservation r, List<String> codesOnCart) {
        if (r == null || r.getStatus() != ReservationStatus.ACTIVE
                || r.getOfferCode() != null && codesOnCart.contains(r.getOfferCode())) {
            return false;
        }
        releaseAndRetire(r, "discount removed from the cart");
        return true;
    }

    /** Every release path ends here: the points are free again and the code can never discount anything. */
    private void releaseAndRetire(PointsReservation r, String reason) {
        r.release(reason);
        repository.flush();
        if (r.getOfferCode() != null) {
            gateway.removeDiscount(r.getCartId(), r.getOfferCode());
        }
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
