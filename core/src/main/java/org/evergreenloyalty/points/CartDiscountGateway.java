package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * The store's discount machinery as the points engine needs it: native single-use, customer-bound
 * discount codes on carts (implemented with Broadleaf offers in the adapter).
 */
public interface CartDiscountGateway {

    /** A cart as the engine sees it; null fields when unknown. */
    final class CartView {
        private final long cartId;
        private final Long customerId;
        private final BigDecimal itemSubtotal;
        private final boolean open;

        public CartView(long cartId, Long customerId, BigDecimal itemSubtotal, boolean open) {
            this.cartId = cartId;
            this.customerId = customerId;
            this.itemSubtotal = itemSubtotal;
            this.open = open;
        }

        public long getCartId() { return cartId; }
        public Long getCustomerId() { return customerId; }
        /** Items after item discounts, before order discounts, tax and shipping. */
        public BigDecimal getItemSubtotal() { return itemSubtotal; }
        /** Still a cart (not yet submitted or cancelled). */
        public boolean isOpen() { return open; }
    }

    /** The cart, or null when there is no such order. */
    CartView cart(long cartId);

    /**
     * Creates a single-use code worth {@code amount} off the order, usable only by {@code customerId} until
     * {@code validUntil}, and adds it to the cart.
     *
     * @return the code
     * @throws RedemptionException when the store refuses the code
     */
    String applyDiscount(long customerId, long cartId, BigDecimal amount, Date validUntil, String name);

    /** Removes the code from the cart (if still there) and retires it so it can never be used. */
    void removeDiscount(long cartId, String code);

    /** The discount codes the cart carries (empty when there is no such cart). */
    List<String> codesOn(long cartId);

    /** Whether the cart currently carries the code. */
    boolean cartHasCode(long cartId, String code);

    /** Creates a single-use code worth {@code amount}, usable only by {@code customerId} until {@code validUntil}. */
    String createVoucher(long customerId, BigDecimal amount, Date validUntil, String name);
}
