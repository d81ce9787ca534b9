package org.evergreenloyalty.web;

/**
 * Who is shopping on the current request, as the storefront pages of the module need it: the signed-in
 * customer and their open cart. Controllers read both from here and never from request parameters, so a
 * tampered form field cannot point them at someone else's account or cart.
 */
public interface CurrentShopper {

    /** The id of the signed-in (or remembered) registered customer, or null for an anonymous shopper. */
    Long customerId();

    /** The id of the current shopper's open cart, or null when there is none. */
    Long cartId();

    /** The ISO code of the currency prices are shown in on this request (e.g. USD). */
    String currencyCode();
}
