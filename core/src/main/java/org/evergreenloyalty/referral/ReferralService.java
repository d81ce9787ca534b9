package org.evergreenloyalty.referral;

/**
 * The shopper side of referrals: checking codes (throttled), attributing a new or existing customer to an
 * advocate (typed code before link cookie before invitation), running the signup fraud rules, and the
 * friend's personal first-order discount.
 */
public interface ReferralService {

    /**
     * Checks a code someone entered or followed. Wrong codes count towards the throttle of the visitor's
     * session and IP address; once throttled, no code is looked up until the window has passed.
     *
     * @param customerId the signed-in customer, or null (used to refuse one's own code)
     */
    CodeCheck check(String input, Long customerId, Visitor visitor);

    /** The banner text data for a valid check, or null for an invalid one. */
    LinkInvitation describe(CodeCheck check);

    /**
     * Attributes a customer who just registered. A typed code wins over the link cookie; without either, an
     * invitation sent to the customer's address (within the cookie lifetime) attributes them. A typed code that
     * is not valid attributes nothing (the cookie is not used instead), and the result says why.
     */
    Attribution attributeSignup(long friendId, String friendEmail, String typedCode, String linkCode, Visitor visitor);

    /**
     * Attributes an existing, signed-in customer who enters a code later (cart) or follows a link.
     * A customer can be referred only once.
     */
    Attribution attributeCode(long customerId, String input, ReferralSource source, Visitor visitor);

    /** The referral that brought this customer, or null. */
    Referral referralOfFriend(long customerId);

    /** The customer's usable first-order discount (referred, not ordered yet, code unused and valid), or null. */
    WelcomeDiscount welcomeDiscount(long customerId);

    /**
     * Puts the customer's first-order discount on their open cart.
     *
     * @throws ReferralException when the customer has no usable discount or the cart refuses it
     */
    WelcomeDiscount applyWelcomeDiscount(long customerId, long cartId);

    /** Counts a followed referral link with a valid code (the referral funnel's first step); ignores any other check. */
    void linkFollowed(CodeCheck check);

    /** Records that the customer was seen from the visitor's IP address and browser (for the same-device rule). */
    void seen(long customerId, Visitor visitor, String occasion);

    /** Like {@link #seen} with the keyed hashes of IP address and user agent (captured at checkout); both needed. */
    void seenHashed(long customerId, String ipHash, String userAgentHash, String occasion);

    /** The friend's first-order discount of the current settings. */
    DiscountTerms friendTerms();
}
