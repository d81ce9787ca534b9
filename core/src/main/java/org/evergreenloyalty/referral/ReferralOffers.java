package org.evergreenloyalty.referral;

import java.math.BigDecimal;
import java.util.Date;

/**
 * The store's discount machinery as the referral engine needs it: personal single-use discount codes (the
 * friend's welcome discount, an advocate's code reward) and putting them on a cart. Implemented with native
 * Broadleaf offers in the adapter.
 */
public interface ReferralOffers {

    /**
     * Creates a single-use code usable only by {@code customerId} between {@code validFrom} and {@code validUntil}.
     *
     * @param minimumSubtotal the order's minimum item subtotal, or null/0 for none
     * @return the code
     */
    String createCode(long customerId, DiscountKind kind, BigDecimal value, BigDecimal minimumSubtotal,
                      Date validFrom, Date validUntil, String name, String prefix);

    /** Ends the code now so it can no longer be used; unknown codes are ignored. */
    void retire(String code);

    /** Whether the code has been used on a submitted order. */
    boolean isUsed(String code);

    /**
     * Adds the code to the open cart {@code cartId} of {@code customerId}.
     *
     * @throws ReferralException when there is no such open cart of the customer or the store refuses the code
     */
    void applyToCart(long customerId, long cartId, String code);

    /** Whether the cart carries the code. */
    boolean cartHasCode(long cartId, String code);
}
