package org.evergreenloyalty.referral;

/**
 * The visitor of the storefront request being served, if any (e.g. during checkout). Implemented in the
 * adapter from the bound HTTP request; {@link Visitor#UNKNOWN} outside a request.
 */
public interface CurrentVisitor {

    /** The visitor of the current request, or {@link Visitor#UNKNOWN}. */
    Visitor get();
}
