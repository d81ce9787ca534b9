package org.evergreenloyalty.review;

/** Why a review or satisfaction link was refused. */
public enum ReviewLinkProblem {
    /** No token, or not in the token's form (cut off when copied, typed by hand). */
    MALFORMED,
    /** The signature does not match: altered, or not issued by this store. */
    TAMPERED,
    /** Valid but past its expiry. */
    EXPIRED
}
