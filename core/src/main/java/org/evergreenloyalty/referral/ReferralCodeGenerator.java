package org.evergreenloyalty.referral;

/** Draws new candidate referral codes; uniqueness is the database's job (the code service retries). */
public interface ReferralCodeGenerator {

    /** A new code of {@link ReferralCodeFormat#ALPHABET} characters. */
    String next();
}
