package org.evergreenloyalty.referral;

/** How a friend came to be attributed to an advocate. */
public enum ReferralSource {
    /** The friend typed the advocate's code (registration form or cart). */
    TYPED_CODE,
    /** The friend had opened the advocate's link ({@code /r/{code}}), remembered in a cookie. */
    LINK,
    /** The friend registered with an address the advocate had invited. */
    INVITATION
}
