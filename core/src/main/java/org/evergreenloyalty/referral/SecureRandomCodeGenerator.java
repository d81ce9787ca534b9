package org.evergreenloyalty.referral;

import java.security.SecureRandom;

/** Codes of {@code length} characters drawn uniformly from {@link ReferralCodeFormat#ALPHABET} by a {@link SecureRandom}. */
public class SecureRandomCodeGenerator implements ReferralCodeGenerator {

    private final SecureRandom random = new SecureRandom();
    private final int length;

    /**
     * @throws IllegalArgumentException when {@code length} gives fewer than 40 random bits or is over the maximum
     */
    public SecureRandomCodeGenerator(int length) {
        if (length < ReferralCodeFormat.MIN_LENGTH || length > ReferralCodeFormat.MAX_LENGTH) {
            throw new IllegalArgumentException("evergreen.referral.code.length must be between " + ReferralCodeFormat.MIN_LENGTH
                    + " (at least 40 random bits) and " + ReferralCodeFormat.MAX_LENGTH + ", was " + length);
        }
        this.length = length;
    }

    @Override
    public String next() {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = ReferralCodeFormat.ALPHABET.charAt(random.nextInt(ReferralCodeFormat.ALPHABET.length()));
        }
        return new String(c);
    }

    public int getLength() { return length; }
}
