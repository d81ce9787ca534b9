package org.evergreenloyalty.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.evergreenloyalty.birthday.BirthdayOfferGateway;
import org.evergreenloyalty.integrity.OrderDiscount;
import org.evergreenloyalty.integrity.OrderDiscountGateway;
import org.evergreenloyalty.points.CartDiscountGateway;
import org.evergreenloyalty.referral.ReferralOffers;

/**
 * The core suite's carts and discount codes: what a platform adapter's offer and order services would do for the
 * engine's ports ({@link CartDiscountGateway}, {@link BirthdayOfferGateway}, {@link ReferralOffers},
 * {@link OrderDiscountGateway}), in memory. Tests open carts with {@link #openCart} and place them with
 * {@link #placeOrder}.
 */
public class InMemoryOffers implements CartDiscountGateway, BirthdayOfferGateway, ReferralOffers, OrderDiscountGateway {

    /** A discount code as the platform would store it. */
    public static final class Code {
        public final String code;
        public final long customerId;
        public final BigDecimal amount;
        public final Date validUntil;
        public final String name;
        public volatile Long usedByOrder;
        public volatile boolean retired;

        Code(String code, long customerId, BigDecimal amount, Date validUntil, String name) {
            this.code = code;
            this.customerId = customerId;
            this.amount = amount;
            this.validUntil = validUntil;
            this.name = name;
        }
    }

    private static final class Cart {
        final Long customerId;
        final BigDecimal subtotal;
        volatile boolean open = true;
        final List<String> codes = new ArrayList<String>();

        Cart(Long customerId, BigDecimal subtotal) {
            this.customerId = customerId;
            this.subtotal = subtotal;
        }
    }

    private final AtomicLong sequence = new AtomicLong(1000);
    private final Map<Long, Cart> carts = new ConcurrentHashMap<Long, Cart>();
    private final Map<String, Code> codes = new ConcurrentHashMap<String, Code>();
    private final Map<Long, OrderDiscount> placed = new TreeMap<Long, OrderDiscount>();

    /** Opens a cart of {@code customerId} with the given item subtotal; returns its id. */
    public long openCart(long customerId, BigDecimal itemSubtotal) {
        long id = TestIds.customerId();
        carts.put(id, new Cart(customerId, itemSubtotal));
        return id;
    }

    /** Places the cart as order {@code orderId}: its codes count as used and its discount is on record. */
    public synchronized void placeOrder(long cartId, long orderId) {
        Cart cart = carts.get(cartId);
        cart.open = false;
        for (String c : cart.codes) {
            Code code = codes.get(c);
            code.usedByOrder = orderId;
            placed.put(orderId, new OrderDiscount(orderId, "O" + orderId, cart.customerId, true, c, code.amount));
        }
    }

    /** The code {@code code}, or {@code null}. */
    public Code code(String code) {
        return codes.get(code);
    }

    private String newCode(String prefix, long customerId, BigDecimal amount, Date validUntil, String name) {
        String code = prefix + sequence.incrementAndGet();
        codes.put(code, new Code(code, customerId, amount, validUntil, name));
        return code;
    }

    // ------------------------------------------------------------------ CartDiscountGateway

    @Override
    public CartView cart(long cartId) {
        Cart c = carts.get(cartId);
        return c == null ? null : new CartView(cartId, c.customerId, c.subtotal, c.open);
    }

    @Override
    public String applyDiscount(long customerId, long cartId, BigDecimal amount, Date validUntil, String name) {
        String code = newCode(POINTS_PREFIX, customerId, amount, validUntil, name);
        carts.get(cartId).codes.add(code);
        return code;
    }

    @Override
    public void removeDiscount(long cartId, String code) {
        carts.get(cartId).codes.remove(code);
    }

    @Override
    public List<String> codesOn(long cartId) {
        Cart c = carts.get(cartId);
        return c == null ? new ArrayList<String>() : new ArrayList<String>(c.codes);
    }

    @Override
    public boolean cartHasCode(long cartId, String code) {
        return codesOn(cartId).contains(code);
    }

    @Override
    public String createVoucher(long customerId, BigDecimal amount, Date validUntil, String name) {
        return newCode(VOUCHER_PREFIX, customerId, amount, validUntil, name);
    }

    // ------------------------------------------------------------------ BirthdayOfferGateway

    @Override
    public String createCode(long customerId, org.evergreenloyalty.birthday.DiscountKind kind, BigDecimal value,
                             BigDecimal minimumSubtotal, Date validFrom, Date validUntil, String name) {
        return newCode("BDAY-", customerId, value, validUntil, name);
    }

    @Override
    public Long orderUsing(String code) {
        Code c = codes.get(code);
        return c == null ? null : c.usedByOrder;
    }

    // ------------------------------------------------------------------ ReferralOffers

    @Override
    public String createCode(long customerId, org.evergreenloyalty.referral.DiscountKind kind, BigDecimal value,
                             BigDecimal minimumSubtotal, Date validFrom, Date validUntil, String name, String prefix) {
        return newCode(prefix, customerId, value, validUntil, name);
    }

    @Override
    public void retire(String code) {
        Code c = codes.get(code);
        if (c != null) {
            c.retired = true;
        }
    }

    @Override
    public boolean isUsed(String code) {
        Code c = codes.get(code);
        return c != null && c.usedByOrder != null;
    }

    @Override
    public void applyToCart(long customerId, long cartId, String code) {
        carts.get(cartId).codes.add(code);
    }

    // ------------------------------------------------------------------ OrderDiscountGateway

    @Override
    public synchronized List<OrderDiscount> discountedOrders(long afterOrderId, int maxOrders) {
        List<OrderDiscount> out = new ArrayList<OrderDiscount>();
        for (OrderDiscount d : placed.values()) {
            if (d.getOrderId() > afterOrderId && out.size() < maxOrders) {
                out.add(d);
            }
        }
        return out;
    }

    @Override
    public synchronized Map<Long, OrderDiscount> pointsDiscounts(Collection<Long> orderIds) {
        Map<Long, OrderDiscount> out = new LinkedHashMap<Long, OrderDiscount>();
        for (Long id : orderIds) {
            OrderDiscount d = placed.get(id);
            if (d != null && d.getCode().startsWith(POINTS_PREFIX)) {
                out.put(id, d);
            }
        }
        return out;
    }
}
