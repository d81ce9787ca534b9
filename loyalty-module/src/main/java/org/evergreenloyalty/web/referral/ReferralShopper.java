package org.evergreenloyalty.web.referral;

/**
 * Who is shopping on the current request, as the referral pages need it: the signed-in customer and their
 * open cart (implemented on Broadleaf's CustomerState and CartState in the adapter). Controllers read both
 * from here, never from form fields.
 */
public interface ReferralShopper {

    /** The signed-in registered customer, or null for an anonymous shopper. */
    Long customerId();

    /** The current shopper's open cart, or null. */
    Long cartId();

    /** The currency of the current cart or request, e.g. USD. */
    String currencyCode();
}
