package org.evergreenloyalty.web;

/** A current shopper fixed by a unit test. */
class FixedShopper implements CurrentShopper {

    private final Long customerId;
    private final Long cartId;

    FixedShopper(Long customerId, Long cartId) {
        this.customerId = customerId;
        this.cartId = cartId;
    }

    @Override public Long customerId() { return customerId; }
    @Override public Long cartId() { return cartId; }
    @Override public String currencyCode() { return "USD"; }
}
