package org.evergreenloyalty.referral;

/**
 * Every customer's referral code: one active code per customer, unique across the store, made at
 * registration or on first use for customers who registered before the module was installed.
 */
public interface ReferralCodeService {

    /** The customer's active code, created now if the customer has none yet (safe under concurrency). */
    String codeFor(long customerId);

    /** The customer's active code, or null without creating one. */
    String activeCodeOf(long customerId);

    /** The stored code (active or retired) for a normalised code, or null when there is none. */
    ReferralCode find(String normalizedCode);

    /**
     * Retires the customer's active code (its link stops working) and issues a new one.
     *
     * @return the new code
     */
    String regenerate(long customerId);
}
