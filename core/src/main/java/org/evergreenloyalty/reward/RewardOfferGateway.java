package org.evergreenloyalty.reward;

import java.util.Date;

/**
 * The store's offers as the rewards catalogue needs them (implemented with Broadleaf offers in the adapter): a native
 * single-use code bound to one customer that gives what the entry promises, and retiring it.
 */
public interface RewardOfferGateway {

    /**
     * Creates the offer of {@code reward} for {@code customerId}, valid from {@code validFrom} until {@code validUntil},
     * and returns its code.
     */
    String createCode(long customerId, Reward reward, Date validFrom, Date validUntil);

    /** Ends the code now so that it can never be used. */
    void retire(String code, Date now);

    /** Whether the store sells a product with this id (the target of a free-product entry). */
    boolean productExists(long productId);
}
